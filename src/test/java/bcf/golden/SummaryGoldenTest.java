package bcf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The golden figures that are not money come out of the summary document too. */
class SummaryGoldenTest {

  private static JsonNode summary(String id) {
    PlanAnalysis analysis = Examples.analyse(id);
    // As it is printed and answered: the records written as JSON, read back.
    return bcf.json.Json.read(
        bcf.json.Json.write(
            SummaryDocument.of(
                analysis.plan(), analysis.round(), analysis.summary(), analysis.findings())));
  }

  private static JsonNode metric(JsonNode summary, String code) {
    for (JsonNode metric : summary.get("metrics")) {
      if (metric.get("metric").stringValue().equals(code)) {
        return metric;
      }
    }
    throw new AssertionError("no metric " + code);
  }

  @Test
  void dtoc_trajectory_is_a_straight_line_from_87_to_40_then_held() {
    JsonNode monthly =
        metric(summary("warwickshire-2017-19"), "delayed-transfers").at("/trajectory/monthly");
    assertThat(monthly.get("2017-07").decimalValue()).isEqualByComparingTo("77.6");
    assertThat(monthly.get("2017-08").decimalValue()).isEqualByComparingTo("68.2");
    assertThat(monthly.get("2017-09").decimalValue()).isEqualByComparingTo("58.8");
    assertThat(monthly.get("2017-10").decimalValue()).isEqualByComparingTo("49.4");
    assertThat(monthly.get("2017-11").decimalValue()).isEqualByComparingTo("40.0");
    assertThat(monthly.get("2018-06").decimalValue()).isEqualByComparingTo("40");
    assertThat(monthly.has("2017-06")).isFalse();
  }

  @Test
  void warwickshire_2014_baselines_and_risk_ratings() {
    JsonNode summary = summary("warwickshire-2014-16");
    assertThat(metric(summary, "permanent-admissions-65").at("/baseline/computed").decimalValue())
        .isEqualByComparingTo("673.5");
    assertThat(metric(summary, "reablement-91-days").at("/baseline/computed").decimalValue())
        .isEqualByComparingTo("82.2");
    assertThat(metric(summary, "delayed-transfers").at("/baseline/computed").decimalValue())
        .isEqualByComparingTo("9.1");
    assertThat(
            metric(summary, "avoidable-emergency-admissions")
                .at("/baseline/computed")
                .decimalValue())
        .isEqualByComparingTo("932.5");
    assertThat(metric(summary, "patient-experience").at("/baseline/computed").decimalValue())
        .isEqualByComparingTo("18.5");
    List<Integer> scores = new ArrayList<>();
    summary.get("risks").forEach(r -> scores.add(r.get("score").intValue()));
    assertThat(scores).containsExactly(16, 12, 12, 16, 16, 16, 9, 12);
  }

  @Test
  void dorset_conditions_regional_share_and_ices_host() {
    JsonNode summary = summary("dorset-2015-16");
    List<String> percents = new ArrayList<>();
    for (JsonNode condition : summary.get("nationalConditions")) {
      if (condition.get("hwb").stringValue().equals("dorset")) {
        percents.add(
            condition
                .get("regionalPercentMet")
                .decimalValue()
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString());
      }
    }
    assertThat(percents).containsExactly("100", "100", "53", "56", "94", "91", "59", "88");
    JsonNode ices = summary.at("/pooledBudget/pools/0");
    assertThat(ices.get("hostName").stringValue()).isEqualTo("Bournemouth Borough Council");
    assertThat(ices.at("/amounts/2015-16").decimalValue()).isEqualByComparingTo("7669000");
    assertThat(ices.get("riskShare").stringValue()).contains("shared");
    assertThat(summary.at("/riskShares/0/retainedComputed").decimalValue())
        .isEqualByComparingTo("1666666.67");
  }

  @Test
  void coventry_and_central_lancashire_declared_values_risks_and_signatures() {
    JsonNode coventry = summary("coventry-2014-16");
    List<String> declared = new ArrayList<>();
    coventry
        .get("declared")
        .forEach(
            d ->
                declared.add(
                    d.get("figure").stringValue()
                        + " "
                        + d.get("year").stringValue()
                        + " "
                        + d.get("declared").decimalValue().toBigInteger()));
    assertThat(declared)
        .contains(
            "income.minimum 2014-15 1293000", "income.minimum 2015-16 23877000",
            "income.total 2014-15 2953000", "income.total 2015-16 44593000");

    JsonNode lancashire = summary("central-lancashire-2014-16");
    List<String> ratings = new ArrayList<>();
    lancashire.get("risks").forEach(r -> ratings.add(r.get("rating").stringValue()));
    assertThat(ratings).containsExactly("Medium", "Medium", "Medium", "High", "High");
    lancashire.get("signOffs").forEach(s -> assertThat(s.get("signed").booleanValue()).isFalse());
    assertThat(lancashire.get("signOffs").size()).isEqualTo(4);
  }
}
