package bcf.plan.json;

import static bcf.plan.json.Refused.describe;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.YearAmounts;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * The shapes that hold other values: lists, objects keyed by year, period or free text, and the
 * plan's records. Each refuses the wrong shape in bcf's words, adds its index or key to the path of
 * a refusal inside it, and stands for an empty value (or the record's default) when null or left
 * out.
 */
final class Containers {

  private Containers() {}

  private static boolean isObject(JsonParser p) {
    JsonToken token = p.currentToken();
    return token == JsonToken.START_OBJECT
        || token == JsonToken.PROPERTY_NAME
        || token == JsonToken.END_OBJECT;
  }

  private static JacksonException at(
      DeserializationContext ctxt, JacksonException e, Object in, int index) {
    return DatabindException.wrapWithPath(ctxt, e, new JacksonException.Reference(in, index));
  }

  private static JacksonException at(
      DeserializationContext ctxt, JacksonException e, Object in, String key) {
    return DatabindException.wrapWithPath(ctxt, e, new JacksonException.Reference(in, key));
  }

  /**
   * A list, never null (left out is empty), unmodifiable, with no null elements. A list of years is
   * read as text first and its years checked after, a wrong one refused at the list.
   */
  static final class ListOf extends Values.Reader<List<?>> {

    private final JavaType element;
    private final ValueDeserializer<Object> items;

    ListOf(JavaType element, ValueDeserializer<Object> items) {
      super(List.class);
      this.element = element;
      this.items = items;
    }

    private boolean ofYears() {
      return element.hasRawClass(FinancialYear.class);
    }

    private boolean ofText() {
      return ofYears() || element.hasRawClass(String.class);
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      JavaType type = ofYears() ? ctxt.constructType(String.class) : element;
      return new ListOf(element, ctxt.findContextualValueDeserializer(type, property));
    }

    @Override
    public List<?> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.isExpectedStartArrayToken()) {
        throw new Refused(
            (ofText() ? "expected a list of text" : "expected a list [...]")
                + " but found "
                + describe(p));
      }
      List<Object> values = new ArrayList<>();
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        try {
          if (token == JsonToken.VALUE_NULL) {
            throw new Refused(
                "expected " + (ofText() ? "text" : "an object {...}") + " but found null");
          }
          values.add(items.deserialize(p, ctxt));
        } catch (JacksonException e) {
          throw at(ctxt, e, values, values.size());
        }
      }
      if (ofYears()) {
        return values.stream().map(text -> Values.year((String) text)).toList();
      }
      return List.copyOf(values);
    }

    @Override
    public List<?> getNullValue(DeserializationContext ctxt) {
      return List.of();
    }
  }

  /** What an object's keys are, and how its wrong shape is described. */
  enum Keys {
    YEAR("an object keyed by year {\"2015-16\": ...}", Values::year),
    PERIOD("an object keyed by period", Values::period),
    TEXT("an object {\"key\": number}", key -> key);

    private final String shape;
    private final Function<String, Object> parse;

    Keys(String shape, Function<String, Object> parse) {
      this.shape = shape;
      this.parse = parse;
    }

    Map<Object, Object> newMap() {
      return this == TEXT ? new LinkedHashMap<>() : new TreeMap<>();
    }
  }

  /**
   * An object keyed by year, period or text, in key order (text keys as written); null values are
   * kept (a year whose amount is blank). Null or left out is an empty map.
   */
  static class KeyedBy extends Values.Reader<Map<?, ?>> {

    private final Keys keys;
    private final JavaType valueType;
    private final ValueDeserializer<Object> values;

    KeyedBy(Keys keys, JavaType valueType, ValueDeserializer<Object> values) {
      super(keys == Keys.TEXT ? Map.class : SortedMap.class);
      this.keys = keys;
      this.valueType = valueType;
      this.values = values;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      return values != null
          ? this
          : new KeyedBy(keys, valueType, ctxt.findContextualValueDeserializer(valueType, property));
    }

    @Override
    public Map<?, ?> deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, ctxt, keys, values);
    }

    static Map<Object, Object> read(
        JsonParser p, DeserializationContext ctxt, Keys keys, ValueDeserializer<?> values) {
      if (!isObject(p)) {
        throw new Refused("expected " + keys.shape + " but found " + describe(p));
      }
      Map<Object, Object> map = keys.newMap();
      String name =
          switch (p.currentToken()) {
            case START_OBJECT -> p.nextName();
            case PROPERTY_NAME -> p.currentName();
            default -> null; // END_OBJECT: an empty object already entered
          };
      for (; name != null; name = p.nextName()) {
        JsonToken token = p.nextToken();
        try {
          Object key = keys.parse.apply(name);
          map.put(key, token == JsonToken.VALUE_NULL ? null : values.deserialize(p, ctxt));
        } catch (JacksonException e) {
          throw at(ctxt, e, map, name);
        }
      }
      return map;
    }

    @Override
    public Map<?, ?> getNullValue(DeserializationContext ctxt) {
      return keys.newMap();
    }
  }

  /** Amounts by year; left out is {@link YearAmounts#EMPTY}. */
  static final class Amounts extends Values.Reader<YearAmounts> {

    private static final ValueDeserializer<Money> MONEY = Values.of(Money.class, Values::money);

    Amounts() {
      super(YearAmounts.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public YearAmounts deserialize(JsonParser p, DeserializationContext ctxt) {
      Map<?, ?> map = KeyedBy.read(p, ctxt, Keys.YEAR, MONEY);
      return new YearAmounts((SortedMap<FinancialYear, Money>) map);
    }

    @Override
    public YearAmounts getNullValue(DeserializationContext ctxt) {
      return YearAmounts.EMPTY;
    }
  }

  /**
   * One of the plan's records, bound by Jackson from its components (see {@link PlanMixIns}): an
   * object is required, and null or left out stands for the record's default ({@code Dfg.NONE}...),
   * or null.
   */
  static final class Record extends DelegatingDeserializer {

    private final Supplier<?> absent;
    private final List<RecordComponent> required;

    Record(ValueDeserializer<?> delegate, Supplier<?> absent, List<RecordComponent> required) {
      super(delegate);
      this.absent = absent;
      this.required = required;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Record(delegate, absent, required);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!isObject(p)) {
        throw new Refused("expected an object {...} but found " + describe(p));
      }
      Object record = super.deserialize(p, ctxt);
      for (RecordComponent component : required) {
        Object value;
        try {
          value = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (value == null || (value instanceof String text && text.isBlank())) {
          throw at(ctxt, new Refused("is required"), record, component.getName());
        }
      }
      return record;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return absent.get();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return absent.get();
    }
  }
}
