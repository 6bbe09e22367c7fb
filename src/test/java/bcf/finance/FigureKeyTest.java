package bcf.finance;

import static bcf.finance.FigureKey.Kind.EXPENDITURE_BY_THEME;
import static bcf.finance.FigureKey.Kind.INCOME_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FigureKeyTest {

  private static List<Plan> examples() throws IOException {
    List<Plan> plans = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples", "plans"))) {
      for (Path file : files.sorted().toList()) {
        plans.add(new PlanDocumentReader().read(Files.readAllBytes(file)));
      }
    }
    assertThat(plans).hasSize(5);
    return plans;
  }

  @Test
  void every_declared_key_of_the_examples_reads_and_prints_as_written() throws IOException {
    List<String> declared = new ArrayList<>();
    for (Plan plan : examples()) {
      plan.declared().stream().map(DeclaredFigure::figure).forEach(declared::add);
    }
    assertThat(declared).hasSizeGreaterThan(40);
    for (String text : declared) {
      FigureKey key = FigureKey.parse(text).orElseThrow(() -> new AssertionError(text));
      assertThat(key.toString()).isEqualTo(text);
      assertThat(key.kind().declarable()).as(text).isTrue();
    }
  }

  @Test
  void every_key_the_engine_computes_for_the_examples_reads_back_as_itself() throws IOException {
    var rounds = RoundCatalogue.load();
    int keys = 0;
    for (Plan plan : examples()) {
      var summary = new FinanceEngine().compute(plan, rounds.find(plan.round()).orElseThrow());
      List<Figures> scopes = new ArrayList<>(summary.figuresByHwb().values());
      scopes.add(summary.figures());
      for (Figures figures : scopes) {
        for (FigureKey key : figures.keys()) {
          assertThat(FigureKey.parse(key.toString())).contains(key);
          assertThat(figures.years(key.toString())).isEqualTo(figures.years(key));
          keys++;
        }
      }
    }
    assertThat(keys).isGreaterThan(100);
  }

  @Test
  void a_breakdown_item_is_everything_after_the_kind_including_dots_and_spaces() {
    assertThat(FigureKey.parse("expenditure.byTheme.Care at Home"))
        .contains(EXPENDITURE_BY_THEME.key("Care at Home"));
    assertThat(FigureKey.parse("income.byOrganisation.nhs.e"))
        .map(FigureKey::item)
        .contains("nhs.e");
    assertThat(FigureKey.parse("outOfHospital.spend"))
        .contains(FigureKey.Kind.OUT_OF_HOSPITAL_SPEND.key());
    assertThat(FigureKey.parse("outOfHospital.spend.Primary care"))
        .contains(FigureKey.Kind.OUT_OF_HOSPITAL_SPEND_BY_AREA.key("Primary care"));
    assertThat(FigureKey.parse("dfg.allocationDfg"))
        .contains(FigureKey.Kind.DFG_ALLOCATION_DFG.key());
    assertThat(FigureKey.parse("dfg.allocationByDistrict.nbbc"))
        .contains(FigureKey.Kind.DFG_ALLOCATION_BY_DISTRICT.key("nbbc"));
  }

  @Test
  void text_that_names_no_figure_is_refused() {
    assertThat(FigureKey.parse("income.totals")).isEmpty();
    assertThat(FigureKey.parse("income.total.2017-18")).isEmpty();
    assertThat(FigureKey.parse("income.bySource")).isEmpty();
    assertThat(FigureKey.parse("Income.total")).isEmpty();
    assertThat(FigureKey.parse("paymentForPerformance.value")).isEmpty();
    assertThat(FigureKey.parse("")).isEmpty();
    assertThat(FigureKey.parse(null)).isEmpty();
    assertThatThrownBy(() -> INCOME_TOTAL.key("x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EXPENDITURE_BY_THEME.key())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void only_the_figures_a_plan_may_declare_are_declarable() {
    assertThat(
            FigureKey.parse("income.minimumByOrganisation.ccg").orElseThrow().kind().declarable())
        .isFalse();
    assertThat(
            FigureKey.parse("outOfHospital.spend.Primary care").orElseThrow().kind().declarable())
        .isFalse();
    assertThat(
            FigureKey.parse("paymentForPerformance.byHwb.dorset").orElseThrow().kind().declarable())
        .isTrue();
  }
}
