package bcf.plan.json;

import static bcf.plan.json.Refused.describe;
import static bcf.plan.json.Refused.sensible;
import static bcf.plan.json.Refused.show;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * How each kind of value in a plan document is read: strictly (text is text, a number a number,
 * never coerced), with the reason for a refusal in bcf's words. Where the value stands is added by
 * the binding (see {@link Refused}).
 */
final class Values {

  private Values() {}

  /** Reads one value; null and absent values are left to the binding (null, or a default). */
  abstract static class Reader<T> extends StdDeserializer<T> {

    Reader(Class<?> type) {
      super(type);
    }

    /** Never cached: a default may be a fresh object, and a required value refuses. */
    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }

  /** A reader from one function of the parser. */
  static <T> Reader<T> of(Class<T> type, Function<JsonParser, T> read) {
    return new Reader<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return read.apply(p);
      }
    };
  }

  static String text(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new Refused("expected text but found " + describe(p));
    }
    return p.getString();
  }

  static BigDecimal decimal(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null || !token.isNumeric()) {
      throw new Refused("expected a number but found " + describe(p));
    }
    return sensibleNumber(p.getDecimalValue());
  }

  private static BigDecimal sensibleNumber(BigDecimal number) {
    if (!sensible(number)) {
      throw new Refused(show(number) + " is far beyond any figure a plan could hold");
    }
    return number;
  }

  static Integer integer(JsonParser p) {
    BigDecimal value = decimal(p);
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new Refused("expected a whole number but found " + value.toPlainString());
    }
  }

  private static final BigDecimal LARGEST_AMOUNT = BigDecimal.valueOf(100_000_000_000L);

  static Money money(JsonParser p) {
    BigDecimal amount = decimal(p);
    if (amount.signum() < 0) {
      throw new Refused(amount.toPlainString() + " is negative; amounts are pounds from 0 upwards");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new Refused(
          amount.toPlainString()
              + " has more than two decimal places; amounts are pounds and pence");
    }
    if (amount.compareTo(LARGEST_AMOUNT) > 0) {
      throw new Refused(amount.toPlainString() + " is larger than any BCF amount could be");
    }
    return new Money(amount);
  }

  /** A share: a number from 0 to 1, or an exact fraction written "1/3". */
  static Share share(JsonParser p) {
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_STRING) {
        return Share.parse(p.getString());
      }
      if (token != null && token.isNumeric()) {
        return Share.of(decimal(p));
      }
    } catch (IllegalArgumentException e) {
      throw new Refused(e.getMessage());
    }
    throw new Refused(
        "expected a number from 0 to 1 or a fraction like \"1/3\" but found " + describe(p));
  }

  static LocalDate date(JsonParser p) {
    String text = text(p);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refused("'" + text + "' is not a date written like 2014-02-14");
    }
  }

  static FinancialYear year(JsonParser p) {
    return year(text(p));
  }

  static FinancialYear year(String text) {
    try {
      return FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refused(e.getMessage());
    }
  }

  static Period period(JsonParser p) {
    return period(text(p));
  }

  static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refused(e.getMessage());
    }
  }

  /** An enum constant as the document writes it: lower case, words joined by hyphens. */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * True or false; when null or left out, the property's default ({@code defaultValue = "true"} in
   * its mix-in), or false.
   */
  static final class Flag extends Reader<Boolean> {

    private final boolean fallback;

    Flag(boolean fallback) {
      super(Boolean.class);
      this.fallback = fallback;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      boolean fallback =
          property != null && "true".equals(property.getMetadata().getDefaultValue());
      return fallback == this.fallback ? this : new Flag(fallback);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
      return switch (p.currentToken()) {
        case VALUE_TRUE -> true;
        case VALUE_FALSE -> false;
        default -> throw new Refused("expected true or false but found " + describe(p));
      };
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
      return fallback;
    }
  }

  /**
   * One of an enum's constants, written as {@link #code}; {@code lenient} also takes other cases
   * and underscores. Null or left out is {@code fallback}.
   */
  static final class Code<E extends Enum<E>> extends Reader<E> {

    private final Class<E> type;
    private final boolean lenient;
    private final E fallback;

    Code(Class<E> type, boolean lenient, E fallback) {
      super(type);
      this.type = type;
      this.lenient = lenient;
      this.fallback = fallback;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = text(p);
      for (E constant : type.getEnumConstants()) {
        boolean matches =
            lenient
                ? constant.name().equals(text.toUpperCase(Locale.ROOT).replace('-', '_'))
                : code(constant).equals(text);
        if (matches) {
          return constant;
        }
      }
      throw new Refused(
          "'"
              + text
              + "' is not one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Values::code)
                  .collect(Collectors.joining(", ")));
    }

    @Override
    public E getNullValue(DeserializationContext ctxt) {
      return fallback;
    }
  }
}
