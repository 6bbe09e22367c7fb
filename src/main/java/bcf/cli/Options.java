package bcf.cli;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.kernel.Polarity;
import bcf.statistics.tools.IntervalsCsv.MetricType;
import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.Parameters;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read, each in bcf's words: the command line, the API and the tools pages
 * share {@link Parameters}. A converter given no value (the option came last, without one, or a
 * required option is missing) says what to give; {@link Main} shows that message.
 */
final class Options {

  private Options() {}

  private static <T> T read(String text, Function<String, T> reader) {
    try {
      return reader.apply(text);
    } catch (ParameterException | IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** {@code --format text|json}. */
  static final class Format implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      if (!"text".equals(text) && !"json".equals(text)) {
        throw new TypeConversionException("--format takes text or json");
      }
      return text;
    }
  }

  /** {@code --port N}, 1 to 65535. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new TypeConversionException(
          "--port takes a number from 1 to 65535" + (text == null ? "" : ", not '" + text + "'"));
    }
  }

  static final class Type implements ITypeConverter<MetricType> {
    @Override
    public MetricType convert(String text) {
      return read(text, t -> MetricType.parse("--metric-type", t));
    }
  }

  static final class Multiplier implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      return read(text, t -> Parameters.multiplier("--multiplier", t));
    }
  }

  static final class Confidence implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      return read(text, t -> Parameters.level("--confidence", t));
    }
  }

  static final class PolarityOption implements ITypeConverter<Polarity> {
    @Override
    public Polarity convert(String text) {
      return read(text, t -> Parameters.polarity("--polarity", t));
    }
  }

  static final class Target implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      return read(text, t -> Parameters.number("--target", t));
    }
  }

  static final class FixAfter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return read(text, t -> Parameters.fixAfter("--fix-after", t));
    }
  }

  /** {@code --rebase-at}: checked against the series later; here only that it has a value. */
  static final class RebaseAt implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      if (text == null) {
        throw new TypeConversionException(
            "--rebase-at takes periods (or point numbers), comma-separated");
      }
      return text;
    }
  }

  /** One of {@code --role R[,R]}. */
  static final class RoleOption implements ITypeConverter<Role> {
    @Override
    public Role convert(String text) {
      if (text == null || text.isBlank()) {
        throw new TypeConversionException("give --role (editor, signatory, assurer or admin)");
      }
      try {
        return Role.of(text.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("--role: " + e.getMessage());
      }
    }
  }

  /** One of {@code --scope S[,S]}. */
  static final class ScopeOption implements ITypeConverter<Scope> {
    @Override
    public Scope convert(String text) {
      if (text == null) {
        throw new TypeConversionException("--scope takes hwb:ID, region:NAME or national");
      }
      try {
        return Scope.parse(text.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("--scope: " + e.getMessage());
      }
    }
  }

  /** {@code --as USER}. */
  static final class As implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      if (text == null || text.isBlank()) {
        throw new TypeConversionException("give --as USER: the editor the import is recorded for");
      }
      return text;
    }
  }
}
