package bcf.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a CSV file as text: UTF-8 only, as every edge (API body, web upload) requires, so a
 * file saved in another encoding is refused rather than read with its characters replaced.
 */
public final class CsvText {

  private CsvText() {}

  /**
   * @throws CsvException naming the row where the text stops being UTF-8
   */
  public static String decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int row = 1;
      for (int i = 0; i < in.position(); i++) {
        row += bytes[i] == '\n' ? 1 : 0;
      }
      throw new CsvException(
          new CsvProblem(row, null, "the text is not UTF-8 from here on (save the CSV as UTF-8)"));
    }
    return out.flip().toString();
  }
}
