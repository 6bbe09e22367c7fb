package bcf.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of bcf, for the plan reader and writer, the rounds, storage and the
 * API alike: numbers read as exact decimals (never through a double, which cannot hold 1e400 or
 * 0.1), and written plain ({@code 117601234.00}, never {@code 1.1760123400E+8}); a key given twice,
 * text after the document and, where JSON is bound to a type, an unknown field are refused rather
 * than silently resolved or dropped.
 */
public final class Json {

  /** bcf's JSON settings, on any builder (the API's mapper is built by Spring from them too). */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** The mapper configured so. */
  public static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

  /**
   * How bcf writes JSON for people and diffs: two-space indent, one list element per line, {@code
   * "name": value}, empty lists and objects as {@code []} and {@code {}}.
   */
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriter PRETTY =
      MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).with(PRINTER);

  private Json() {}

  /** A tree in bcf's style, with a final newline: the canonical text of a document. */
  public static String write(JsonNode node) {
    return PRETTY.writeValueAsString(node) + "\n";
  }

  /**
   * A value bound to JSON (a record, a list of records) in bcf's style, with a final newline: how
   * the command line prints the same records the API answers with.
   */
  public static String write(Object value) {
    return PRETTY.writeValueAsString(value) + "\n";
  }

  /**
   * Why the parser refused some JSON, in words: the first line of its reason, without its own notes
   * on where an unclosed object or list began (callers give the line and column), and an unclosed
   * object or list said plainly.
   */
  public static String reason(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    int marker = first.indexOf(" (start marker at ");
    String reason = marker < 0 ? first : first.substring(0, marker);
    if (reason.startsWith("Unexpected end-of-input: expected close marker for Object")) {
      return "the text ends before an object opened with { is closed with }";
    }
    if (reason.startsWith("Unexpected end-of-input: expected close marker for Array")) {
      return "the text ends before a list opened with [ is closed with ]";
    }
    return reason;
  }

  /** Reads JSON text as a tree, strictly (see the class comment). */
  public static JsonNode read(String text) {
    return MAPPER.readTree(text);
  }
}
