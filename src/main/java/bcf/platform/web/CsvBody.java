package bcf.platform.web;

import bcf.csv.CsvException;
import bcf.csv.CsvText;
import bcf.kernel.Limits;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The CSV body of an API request, read one way for every endpoint that takes one: at most {@link
 * #LIMIT} bytes (the web upload's limit too), and UTF-8 text, as the command line also requires.
 */
public final class CsvBody {

  /** The media type of a CSV body, which every endpoint that takes one requires. */
  public static final String MEDIA_TYPE = "text/csv";

  /** What the OpenAPI document says of a CSV body. */
  public static final String DESCRIPTION =
      "CSV text in UTF-8 with a header row; at most 10 MiB and 200,000 rows (the statistics tools:"
          + " 20,000 rows, or 5,000 points of a control chart)";

  /** Every body's limit ({@link Limits#BODY_BYTES}); {@link RequestLimits} refuses more first. */
  static final int LIMIT = Limits.BODY_BYTES;

  /** A body above the limit; nothing was read from it. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(
          "The CSV body is larger than "
              + Limits.mebibytes(LIMIT)
              + "; split the file and send the parts one by one.");
    }
  }

  /** A body sent as a multipart form, whose parts the container has already taken apart. */
  static final class NotCsv extends RuntimeException {
    NotCsv(String contentType) {
      super(
          "The body is "
              + contentType
              + ", not CSV: send the CSV file itself as the body, with Content-Type: text/csv"
              + " (with curl: --data-binary @FILE.csv -H 'Content-Type: text/csv').");
    }
  }

  private CsvBody() {}

  /**
   * The request's body as CSV text.
   *
   * @throws NotCsv for a multipart form
   * @throws TooLarge above the limit
   * @throws CsvException for bytes that are not UTF-8
   */
  public static String read(HttpServletRequest request) {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      throw new NotCsv(type.split(";")[0].trim());
    }
    try {
      return read(request.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The body's text; an absent body is empty text, which the CSV reader refuses with its own
   * message.
   *
   * @throws TooLarge above the limit
   * @throws CsvException for bytes that are not UTF-8
   */
  public static String read(InputStream body) {
    if (body == null) {
      return "";
    }
    byte[] bytes;
    try {
      bytes = body.readNBytes(LIMIT + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > LIMIT) {
      throw new TooLarge();
    }
    return CsvText.decode(bytes);
  }
}
