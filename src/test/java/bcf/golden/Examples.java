package bcf.golden;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed plans in examples/plans, read and analysed as the product does. */
public final class Examples {

  public static final Path DIRECTORY = Path.of("examples", "plans");

  private Examples() {}

  public static Path file(String id) {
    return DIRECTORY.resolve(id + ".json");
  }

  public static Plan plan(String id) {
    try {
      return new PlanDocumentReader().read(Files.readAllBytes(file(id)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PlanAnalysis analyse(String id) {
    return new PlanAnalyser(RoundCatalogue.load()).analyse(plan(id));
  }
}
