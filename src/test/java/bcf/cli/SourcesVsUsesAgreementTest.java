package bcf.cli;

import static bcf.finance.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.PlanReport;
import bcf.analysis.SummaryDocument;
import bcf.finance.Comparison;
import bcf.finance.FinanceEngine;
import bcf.finance.FinancialSummary;
import bcf.finance.Rounding;
import bcf.finance.SourcesVsUses;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Finding;
import bcf.validation.rules.IncomeEqualsExpenditure;
import bcf.validation.rules.RuleTypes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sources against uses is computed once, by the finance engine: the rule, the summary JSON, the
 * report model and the text report all say what the engine's comparison says.
 */
class SourcesVsUsesAgreementTest {

  private final Round round = RoundCatalogue.load().find("2017-19").orElseThrow();
  private final FinancialYear year = FinancialYear.parse("2017-18");

  private final Plan plan =
      aPlan()
          .withOrganisation("ccg", "ccg")
          .withContribution("ccg", "ccg-minimum", "2017-18", 1_000_000)
          .withScheme("a", "Care at Home", "ccg-minimum", "2017-18", 1_250_000)
          .build();

  @Test
  void the_rule_the_json_and_the_report_give_the_engines_difference() {
    FinancialSummary summary = new FinanceEngine().compute(plan, round);
    Comparison comparison =
        summary.sourcesVsUses().forYear(year).orElseThrow().comparison().orElseThrow();
    assertThat(comparison.difference()).isEqualTo(Money.of(250_000));
    assertThat(comparison.outcome()).isEqualTo(Rounding.Outcome.DIFFERENT);

    Outputs outputs = outputs(summary);

    assertThat(outputs.rule().difference()).isEqualByComparingTo("250000");
    assertThat(outputs.rule().message()).contains("exceeds contributions by £250,000");
    assertThat(outputs.json().at("/sourcesVsUses/2017-18/difference").decimalValue())
        .isEqualByComparingTo("250000");
    assertThat(outputs.model()).contains(Money.of(250_000));
    assertThat(outputs.text()).containsPattern("Spend less contributions +£250,000(\\s|$)");
  }

  /**
   * A summary whose comparison disagrees with its own figures (spend exceeds income by £7 rather
   * than £250,000, within rounding): every output follows the comparison, so none recomputes it.
   */
  @Test
  void every_output_reads_the_comparison_rather_than_recomputing_it() {
    FinancialSummary computed = new FinanceEngine().compute(plan, round);
    var balance = computed.sourcesVsUses().forYear(year).orElseThrow();
    Comparison planted =
        new Comparison(
            balance.income().orElseThrow(),
            balance.expenditure().orElseThrow(),
            Money.of(7),
            Money.of(1000),
            Rounding.Outcome.WITHIN_ROUNDING);
    SourcesVsUses sourcesVsUses =
        new SourcesVsUses(
            List.of(
                new SourcesVsUses.Balance(
                    year, balance.income(), balance.expenditure(), Optional.of(planted))),
            computed.sourcesVsUses().bySource());
    FinancialSummary summary =
        new FinancialSummary(
            computed.years(),
            computed.figures(),
            computed.figuresByHwb(),
            computed.minimumContributions(),
            computed.paymentForPerformance(),
            computed.riskShares(),
            computed.socialCareMaintenance(),
            sourcesVsUses,
            computed.sourcesVsUsesByHwb(),
            computed.declared());

    Outputs outputs = outputs(summary);

    assertThat(outputs.rule().severity().code()).isEqualTo("info");
    assertThat(outputs.rule().message()).contains("differ by £7");
    assertThat(outputs.json().at("/sourcesVsUses/2017-18/difference").decimalValue())
        .isEqualByComparingTo("7");
    assertThat(outputs.model()).contains(Money.of(7));
    assertThat(outputs.text()).containsPattern("Spend less contributions +£7(\\s|$)");
  }

  private record Outputs(Finding rule, JsonNode json, Optional<Money> model, String text) {}

  private Outputs outputs(FinancialSummary summary) {
    List<Finding> findings = RuleTypes.validator().validate(plan, round, summary);
    Finding rule =
        findings.stream()
            .filter(f -> f.rule().equals(IncomeEqualsExpenditure.ID))
            .filter(f -> !f.message().contains(" from ")) // the whole plan's, not a source's
            .findFirst()
            .orElseThrow();
    PlanAnalysis analysis = new PlanAnalysis(plan, round, summary, findings);
    PlanReport report = PlanReport.of(analysis);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TextReport.summary(report, new PrintStream(text, true, StandardCharsets.UTF_8));
    return new Outputs(
        rule,
        bcf.json.Json.read(bcf.json.Json.write(SummaryDocument.of(report))),
        report.section(PlanReport.SOURCES_AND_USES).row(PlanReport.DIFFERENCE).amount(year),
        text.toString(StandardCharsets.UTF_8));
  }
}
