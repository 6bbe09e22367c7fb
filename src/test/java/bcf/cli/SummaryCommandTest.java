package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The output contract of {@code summary --format json}, which later tools read. */
class SummaryCommandTest {

  private static JsonNode summary(String plan) {
    CliRun run = CliRun.of("summary", "examples/plans/" + plan + ".json", "--format", "json");
    assertThat(run.err()).isEmpty();
    return JsonMapper.builder().build().readTree(run.out());
  }

  @Test
  void the_2017_19_summary_follows_the_contract() {
    JsonNode summary = summary("warwickshire-2017-19");
    assertThat(summary.at("/plan/id").stringValue()).isEqualTo("warwickshire-2017-19");
    assertThat(summary.at("/plan/round").stringValue()).isEqualTo("2017-19");
    assertThat(summary.at("/plan/hwbs/0").stringValue()).contains("Warwickshire");
    assertThat(summary.at("/years/0").stringValue()).isEqualTo("2017-18");
    assertThat(summary.at("/years/1").stringValue()).isEqualTo("2018-19");
    JsonNode total = summary.at("/income/total/2017-18");
    assertThat(total.isNumber()).isTrue();
    assertThat(total.decimalValue()).isEqualByComparingTo("117601234.00");
    assertThat(summary.at("/income/total/2018-19").decimalValue())
        .isEqualByComparingTo("120101728");
    assertThat(summary.at("/income/bySource/ibcf/2017-18").decimalValue())
        .isEqualByComparingTo("8300584");
    assertThat(summary.at("/income/byOrganisation/crccg/2017-18").decimalValue())
        .isEqualByComparingTo("9541000");
    assertThat(summary.at("/income/byHwb/warwickshire/2018-19").decimalValue())
        .isEqualByComparingTo("120101728");
    assertThat(summary.at("/expenditure/total/2017-18").decimalValue())
        .isEqualByComparingTo("117601000");
    assertThat(summary.at("/expenditure/byTheme/Care at Home/2018-19").decimalValue())
        .isEqualByComparingTo("40760000");
    assertThat(summary.at("/expenditure/byScheme/moving-on-beds/2017-18").decimalValue())
        .isEqualByComparingTo("489000");
    assertThat(summary.at("/expenditure/byAreaOfSpend").isObject()).isTrue();
    assertThat(summary.at("/expenditure/bySource/ibcf/2017-18").decimalValue())
        .isEqualByComparingTo("8300000");
    assertThat(summary.at("/findings").isArray()).isTrue();
    assertThat(summary.at("/findings/0/rule").isString()).isTrue();
    assertThat(summary.has("paymentForPerformance")).isFalse();
  }

  @Test
  void the_dorset_summary_carries_payment_for_performance() {
    JsonNode summary = summary("dorset-2015-16");
    assertThat(summary.at("/paymentForPerformance/valuePerAdmission").decimalValue())
        .isEqualByComparingTo("755.00");
    assertThat(summary.at("/paymentForPerformance/maximum").decimalValue())
        .isEqualByComparingTo("979990.00");
    assertThat(summary.at("/paymentForPerformance/byHwb/dorset/maximum").decimalValue())
        .isEqualByComparingTo("539070");
    assertThat(summary.at("/paymentForPerformance/byHwb/bournemouth-poole/maximum").decimalValue())
        .isEqualByComparingTo("440920");
    assertThat(summary.at("/hwbs/dorset/income").isObject()).isTrue();
    assertThat(summary.at("/minimumContributions/0/surplus").decimalValue())
        .isEqualByComparingTo("4149000");
  }

  @Test
  void the_text_summary_shows_the_figures_and_the_findings() {
    CliRun run = CliRun.of("summary", "examples/plans/warwickshire-2014-16.json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("£17,382,000")
        .contains("£64,228,000")
        .contains("£65,583,000")
        .contains("Declared by the plan vs computed from its detail")
        .contains("Spend exceeds contributions by £1,355,000");
  }

  @Test
  void rounds_lists_years_conditions_metrics_and_uplift() {
    CliRun run = CliRun.of("rounds");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("2014-16  Better Care Fund")
        .contains("nhs-number")
        .contains("permanent-admissions-65")
        .contains("April 2015 25%")
        .contains("2017-18 1.79%, 2018-19 1.9%")
        .contains("2025-26");
  }
}
