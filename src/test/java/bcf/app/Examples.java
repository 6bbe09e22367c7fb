package bcf.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed plan documents in examples/plans. */
public final class Examples {

  private Examples() {}

  public static String text(String id) {
    try {
      return Files.readString(Path.of("examples/plans", id + ".json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
