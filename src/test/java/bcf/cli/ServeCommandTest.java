package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @Test
  void a_port_in_use_is_refused_in_words_before_anything_starts(@TempDir Path dir)
      throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path data = dir.resolve("data");
      CliRun run =
          CliRun.of(
              "serve",
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--data-dir",
              data.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "bcf serve: failed: port "
                  + taken.getLocalPort()
                  + " is in use by another program; choose another with --port or BCF_PORT\n");
      assertThat(Files.exists(data)).as("no database started").isFalse();
    }
  }
}
