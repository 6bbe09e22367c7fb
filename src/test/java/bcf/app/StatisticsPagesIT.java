package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statistics tools as web pages, signed out: intervals of pasted or uploaded CSV, a control
 * chart with its limits and special causes, and the form again with every problem shown.
 */
class StatisticsPagesIT extends AppTestSupport {

  private static final String REFERENCE =
      "period,value\n"
          + "2024-01,1\n2024-02,2\n2024-03,1\n2024-04,2\n2024-05,10\n2024-06,1\n"
          + "2024-07,2\n2024-08,1\n2024-09,2\n2024-10,1\n2024-11,2\n2024-12,1\n"
          + "2025-01,2\n2025-02,1\n2025-03,2\n2025-04,1\n2025-05,2\n2025-06,1\n";

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  @Test
  void the_tools_are_linked_from_every_page() {
    WebClient.Page plans = web().get("/plans");
    assertThat(plans.body()).contains("href=\"/tools/intervals\"");
    WebClient.Page intervals = web().get("/tools/intervals");
    assertThat(intervals.status()).isEqualTo(200);
    assertThat(intervals.body()).contains("id=\"intervals-form\"", "href=\"/tools/spc\"");
  }

  @Test
  void pasted_proportions_get_wilson_intervals() {
    WebClient web = web();
    WebClient.Page page =
        web.post(
            "/tools/intervals",
            fields(
                "metricType",
                "proportion",
                "csv",
                "numerator,denominator\n65,100\n\"1,045\",\"5,000\"\n",
                "multiplier",
                "",
                "confidence",
                "0.95"),
            "/tools/intervals");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"results\"", "Proportion, with 95% confidence intervals")
        .contains(">0.6500<", ">0.5525<", ">0.7364<", ">Wilson<")
        .contains(">1,045<", ">5,000<", ">0.2090<")
        .doesNotContain("error-summary");
  }

  @Test
  void an_uploaded_file_of_grouped_rates_is_used_instead_of_the_text() {
    WebClient web = web();
    WebClient.Page page =
        web.upload(
            "/tools/intervals",
            fields("metricType", "rate", "csv", "ignored", "confidence", "99.8"),
            "file",
            "rates.csv",
            "group,numerator,denominator\nA,1,100\nB,20,60\nB,0,40\n",
            "/tools/intervals");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Crude rate per 100,000, with 99.8% confidence intervals")
        .contains(">A<", ">Exact<", ">B<", ">20,000.0<", ">Byar<");
  }

  @Test
  void problems_are_shown_by_field_and_by_row() {
    WebClient web = web();
    WebClient.Page nothing =
        web.post("/tools/intervals", fields("confidence", "2"), "/tools/intervals");
    assertThat(nothing.status()).isEqualTo(200);
    assertThat(nothing.body())
        .contains("id=\"error-summary\"")
        .contains("href=\"#metricType\"", "Choose the type of figure")
        .contains("href=\"#csv\"", "Paste the CSV, or choose a CSV file to upload.")
        .contains(
            "href=\"#confidence\"",
            "The confidence level takes a level from 0.5 to below 1, such as 0.95");

    WebClient.Page rows =
        web.post(
            "/tools/intervals",
            fields("metricType", "proportion", "csv", "numerator,denominator\n120,100\nx,5\n"),
            "/tools/intervals");
    assertThat(rows.body())
        .contains("2 problems in the CSV, listed by row under Problems in the file.")
        .contains(
            "id=\"problems\"", "is more than the denominator 100", "&#39;x&#39; is not a number")
        .contains("numerator,denominator\n120,100\nx,5") // the text is kept to correct it
        .doesNotContain("id=\"results\"");
  }

  @Test
  void the_reference_series_draws_its_chart_with_limits_and_special_causes() {
    WebClient web = web();
    WebClient.Page page =
        web.post(
            "/tools/spc",
            fields(
                "csv",
                REFERENCE,
                "title",
                "Referrals",
                "polarity",
                "high-is-good",
                "screening",
                "true"),
            "/tools/spc");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"chart-result\"", "<svg", "role=\"img\"", "Referrals")
        .contains(">1.9444<", ">-0.7156<", ">4.6044<", "2 moving ranges screened out")
        .contains("id=\"special-causes\"", ">2024-05<", ">outside limits<", ">improvement<")
        .contains("common cause, no significant change")
        .contains("none: no target given")
        .containsPattern(
            "id=\"icons\"><span><svg [^>]*aria-label=\"Variation: common cause, no significant"
                + " change\"")
        .as("no assurance icon without a target")
        .doesNotContain("aria-label=\"Assurance: ");

    WebClient.Page unscreened =
        web.post(
            "/tools/spc",
            fields("csv", REFERENCE, "polarity", "no-judgement", "target", "1.5"),
            "/tools/spc");
    assertThat(unscreened.body())
        .contains(">-3.0626<", ">6.9515<")
        .contains("none: the target needs a polarity");
  }

  @Test
  void bad_chart_options_are_refused_by_field() {
    WebClient web = web();
    WebClient.Page page =
        web.post(
            "/tools/spc",
            fields("csv", REFERENCE, "fixAfter", "5", "target", "lots", "screening", "true"),
            "/tools/spc");
    assertThat(page.body())
        .contains("href=\"#fixAfter\"", "limits can be fixed only after at least 12 points")
        .contains("href=\"#target\"", "The target takes a number, not &#39;lots&#39;")
        .doesNotContain("id=\"chart-result\"");
    WebClient.Page rebase =
        web.post("/tools/spc", fields("csv", REFERENCE, "rebaseAt", "2030-01"), "/tools/spc");
    assertThat(rebase.body())
        .contains("href=\"#rebaseAt\"", "Re-base at: no period &#39;2030-01&#39; in the series");
  }
}
