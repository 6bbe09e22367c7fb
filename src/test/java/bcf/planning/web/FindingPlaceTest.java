package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.golden.Examples;
import bcf.plan.Organisation;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Where a finding is, in words: every place the seed plans' findings name, and no path left. */
class FindingPlaceTest {

  static final List<String> SEEDS =
      List.of(
          "central-lancashire-2014-16",
          "coventry-2014-16",
          "dorset-2015-16",
          "warwickshire-2014-16",
          "warwickshire-2017-19");

  /** An index ({@code [0]}), a pointer ({@code /risks}), a dotted path or a field name in code. */
  private static final Pattern PATH =
      Pattern.compile("\\[\\d+]|/[a-zA-Z]|[a-z]\\.[a-zA-Z]|\\b[a-z]+[A-Z][a-zA-Z]*\\b");

  /** Each seed's findings' places, by their path. */
  private static Map<String, String> places(String seed) {
    PlanAnalysis analysis = Examples.analyse(seed);
    JsonNode document = new PlanDocumentWriter().toJson(analysis.plan());
    Map<String, String> places = new LinkedHashMap<>();
    for (Finding finding : analysis.findings()) {
      places.put(
          finding.where(),
          FindingPlace.of(finding.where(), analysis.plan(), analysis.round(), document));
    }
    return places;
  }

  @Test
  void every_place_the_seed_plans_findings_name_is_said_without_a_path_or_a_code() {
    int checked = 0;
    for (String seed : SEEDS) {
      PlanAnalysis analysis = Examples.analyse(seed);
      List<String> codes = new ArrayList<>();
      analysis.round().fundingStreams().stream().map(FundingStream::code).forEach(codes::add);
      analysis.round().nationalConditions().stream()
          .map(ConditionDefinition::code)
          .forEach(codes::add);
      analysis.round().metrics().stream().map(MetricDefinition::code).forEach(codes::add);
      analysis.plan().organisations().stream().map(Organisation::id).forEach(codes::add);
      for (Map.Entry<String, String> place : places(seed).entrySet()) {
        String words = place.getValue();
        assertThat(words).as(seed + " " + place.getKey()).isNotBlank();
        // A row's name is the plan's own text, which may hold a slash ("Data Sharing/IG").
        String unquoted = words.replaceAll("'[^']*'", "");
        assertThat(PATH.matcher(unquoted).find()).as(seed + ": " + words).isFalse();
        for (String code : codes) {
          assertThat(words)
              .as(seed + ": " + words)
              .doesNotContainPattern("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])");
        }
        checked++;
      }
    }
    assertThat(checked).as("findings with a place in the five seeds").isGreaterThan(50);
  }

  @Test
  void rows_are_named_by_what_a_reader_knows_them_by() {
    Map<String, String> lancashire = places("central-lancashire-2014-16");
    assertThat(lancashire.get("nationalConditions[0].status"))
        .isEqualTo("National condition 'Plans to be jointly agreed': status");
    assertThat(lancashire.get("signOffs[0].name"))
        .isEqualTo("Sign-off 'Greater Preston CCG': name");
    assertThat(lancashire.get("declared[2].amount"))
        .isEqualTo("Declared figure 'Total agreed value of pooled budget: 2014/15': amount");
    assertThat(lancashire.get("schemes")).isEqualTo("Schemes");

    Map<String, String> warwickshire = places("warwickshire-2017-19");
    assertThat(warwickshire.get("dfg.allocation[4].total"))
        .isEqualTo("DFG allocation 'Warwick District Council, 2017/18': total");
    assertThat(warwickshire.get("outOfHospital.spend")).isEqualTo("Out-of-hospital spend");
    assertThat(warwickshire.get("contributions[4].minimum"))
        .startsWith("Contribution 'NHS Coventry and Rugby CCG, CCG minimum contribution")
        .endsWith("': minimum");
    assertThat(places("coventry-2014-16").get("narrative[6].text"))
        .isEqualTo("Narrative section 'Governance': text");
    assertThat(places("dorset-2015-16").get("risks[0]"))
        .startsWith("Risk 'Technical risk that NHS England");
  }

  @Test
  void a_schemes_source_is_named_by_the_scheme_and_a_finding_of_the_whole_plan_says_so() {
    PlanAnalysis analysis = Examples.analyse("warwickshire-2017-19");
    JsonNode document = new PlanDocumentWriter().toJson(analysis.plan());
    assertThat(FindingPlace.of("schemes[0].source", analysis.plan(), analysis.round(), document))
        .isEqualTo("Scheme 'Joint funded CHC packages': source of funding");
    assertThat(FindingPlace.of(null, analysis.plan(), analysis.round(), document))
        .isEqualTo("The plan as a whole");
  }
}
