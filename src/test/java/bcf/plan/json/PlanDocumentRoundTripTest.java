package bcf.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.golden.Examples;
import bcf.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanDocumentRoundTripTest {

  static Stream<Path> examples() throws IOException {
    return Files.list(Examples.DIRECTORY).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void an_example_reads_and_writes_back_unchanged(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Plan plan = new PlanDocumentReader().read(text);

    String written = new PlanDocumentWriter().write(plan);

    assertThat(written).isEqualTo(text);
    assertThat(new PlanDocumentReader().read(written)).isEqualTo(plan);
  }
}
