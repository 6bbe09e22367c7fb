package bcf.validation;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalyser;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A declared figure whose key names no summary figure is an error finding, not a bad document. */
class UnknownDeclaredFigureTest {

  @Test
  void an_unknown_declared_key_is_a_round_values_error_and_has_nothing_to_check_against()
      throws Exception {
    String text =
        Files.readString(Path.of("examples", "plans", "warwickshire-2017-19.json"))
            .replaceFirst("\"figure\": \"income.total\"", "\"figure\": \"income.totals\"");
    var plan = new PlanDocumentReader().read(text.getBytes(StandardCharsets.UTF_8));
    String at = "declared[" + declaredIndex(plan, "income.totals") + "]";
    var findings = new PlanAnalyser(RoundCatalogue.load()).analyse(plan).findings();

    assertThat(findings)
        .filteredOn(f -> f.where().equals(at + ".figure"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("round-values");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo("'income.totals' is not a summary figure bcf knows.");
            });
    assertThat(findings)
        .filteredOn(f -> f.where().equals(at + ".amount"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("declared-total-matches");
              assertThat(f.message()).contains("no detail to check it against");
            });
  }

  private static int declaredIndex(bcf.plan.Plan plan, String figure) {
    for (int i = 0; i < plan.declared().size(); i++) {
      if (plan.declared().get(i).figure().equals(figure)) {
        return i;
      }
    }
    throw new AssertionError(figure);
  }
}
