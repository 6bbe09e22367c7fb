package bcf.golden;

import bcf.returns.QuarterlyReturn;
import bcf.returns.json.ReturnDocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed returns in examples/returns, read as the product reads them. */
public final class DorsetReturns {

  private DorsetReturns() {}

  public static QuarterlyReturn q2() {
    try {
      return ReturnDocumentReader.read(
          Files.readAllBytes(Path.of("examples", "returns", "dorset-2015-16-q2.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
