package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The last fields of the plan document on their edit pages (issue 12): an organisation's share of
 * its population in each of the plan's HWBs, a condition's expected date in words and the detail a
 * plan's source leaves out; each saved from its page and changing the findings as it should.
 */
class FormFieldsIT extends AppTestSupport {

  private JsonNode document(String user, String id) {
    return api(user).get("/api/v1/plans/" + id + "/document").json();
  }

  private List<JsonNode> findings(String user, String id) {
    return api(user)
        .get("/api/v1/plans/" + id + "/validation")
        .json()
        .get("findings")
        .valueStream()
        .toList();
  }

  private static String edit(String id, String part) {
    return "/plans/" + id + "/edit/" + part;
  }

  private WebClient.Page save(WebClient web, String path, Map<String, String> changes) {
    Map<String, String> fields = PlanEditPagesIT.formFields(web.get(path).body());
    for (String name : changes.keySet()) {
      assertThat(fields).as("the form has " + name).containsKey(name);
    }
    fields.putAll(changes);
    return web.post(path, fields, path);
  }

  @Test
  void population_shares_are_percentages_per_hwb_chosen_by_name() {
    String id = copyOfSeed("dorset-2015-16");
    WebClient web = signedIn(OTHER_EDITOR);
    String path = edit(id, "details");
    String page = web.get(path).body();
    // Dorset's CCG is the first organisation; a share for each of the plan's two HWBs, by name.
    assertThat(page)
        .contains("name=\"/organisations/0/populationShares/dorset\"")
        .contains("name=\"/organisations/0/populationShares/bournemouth-poole\"")
        .contains("Share of its population in Dorset Health and Wellbeing Board (%)")
        .contains("Share of its population in Bournemouth and Poole Health and Wellbeing Board");

    WebClient.Page saved =
        save(
            web,
            path,
            Map.of(
                "/organisations/0/populationShares/dorset", "44%",
                "/organisations/0/populationShares/bournemouth-poole", "56"));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode shares = document(OTHER_EDITOR, id).at("/organisations/0/populationShares");
    assertThat(shares.get("dorset").decimalValue()).isEqualByComparingTo("0.44");
    assertThat(shares.get("bournemouth-poole").decimalValue()).isEqualByComparingTo("0.56");
    assertThat(web.get(path).body()).contains("value=\"44%\"").contains("value=\"56%\"");

    // Blank is "not stated": the share is removed, the other kept.
    saved = save(web, path, Map.of("/organisations/0/populationShares/bournemouth-poole", ""));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    shares = document(OTHER_EDITOR, id).at("/organisations/0/populationShares");
    assertThat(shares.has("bournemouth-poole")).isFalse();
    assertThat(shares.get("dorset").decimalValue()).isEqualByComparingTo("0.44");
  }

  @Test
  void population_shares_over_100_percent_are_refused_in_words_and_nothing_is_saved() {
    String id = copyOfSeed("dorset-2015-16");
    WebClient web = signedIn(OTHER_EDITOR);
    String path = edit(id, "details");
    int before =
        api(OTHER_EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").intValue();

    WebClient.Page refused =
        save(
            web,
            path,
            Map.of(
                "/organisations/0/populationShares/dorset", "70%",
                "/organisations/0/populationShares/bournemouth-poole", "40%"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains("govuk-error-summary")
        .contains(
            "Organisation &#39;NHS Dorset Clinical Commissioning Group&#39;: The shares of its"
                + " population add up to 110%; they cannot add up to more than 100%</a>")
        .doesNotContain("Group&#39;: Organisation")
        .contains("href=\"#f-organisations-0-populationShares-dorset\"")
        .contains("value=\"70%\"");

    WebClient.Page notAPercentage =
        save(web, path, Map.of("/organisations/0/populationShares/dorset", "150%"));
    assertThat(notAPercentage.status()).isEqualTo(400);
    assertThat(notAPercentage.body()).contains("as a percentage from 0% to 100%, like 44%");

    assertThat(api(OTHER_EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").intValue())
        .isEqualTo(before);
    assertThat(document(OTHER_EDITOR, id).at("/organisations/0/populationShares").isMissingNode())
        .isTrue();
  }

  @Test
  void an_expected_date_in_words_makes_the_finding_say_it_is_approximate() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient web = signedIn(EDITOR);
    String path = edit(id, "conditions");
    // Seven-day services: the seed's own words are on the page.
    assertThat(web.get(path).body())
        .contains("name=\"/nationalConditions/2/expectedDateText\"")
        .contains("value=\"before the Autumn 2014\"");
    // The NHS number: not met, and the plan does not say when.
    assertThat(findings(EDITOR, id))
        .anySatisfy(
            f -> {
              assertThat(f.get("where").asString()).isEqualTo("nationalConditions[3].expectedDate");
              assertThat(f.get("message").asString()).contains("does not say when");
            });

    WebClient.Page saved =
        save(web, path, Map.of("/nationalConditions/3/expectedDateText", "by the end of 2014"));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);

    assertThat(document(EDITOR, id).at("/nationalConditions/3/expectedDateText").asString())
        .isEqualTo("by the end of 2014");
    List<JsonNode> after = findings(EDITOR, id);
    assertThat(after)
        .noneSatisfy(
            f ->
                assertThat(f.get("where").asString())
                    .isEqualTo("nationalConditions[3].expectedDate"));
    assertThat(after)
        .anySatisfy(
            f -> {
              assertThat(f.get("where").asString())
                  .isEqualTo("nationalConditions[3].expectedDateText");
              assertThat(f.get("message").asString())
                  .contains("\"by the end of 2014\", an approximate date");
            });
    // The plan page gives the date in the plan's words.
    assertThat(web.get("/plans/" + id).body()).contains("by the end of 2014");
  }

  @Test
  void detail_the_source_leaves_out_turns_a_mismatch_into_incomplete_detail() {
    String id = copyOfSeed("dorset-2015-16");
    WebClient web = signedIn(OTHER_EDITOR);
    String path = edit(id, "details");
    assertThat(web.get(path).body()).contains("name=\"/source/partial\"");
    assertThat(findings(OTHER_EDITOR, id))
        .anySatisfy(
            f -> assertThat(f.get("message").asString()).contains("the detail is incomplete"));

    // Without it, the report's totals against its detail are a mismatch.
    WebClient.Page saved = save(web, path, Map.of("/source/partial", ""));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    assertThat(document(OTHER_EDITOR, id).at("/source/partial").isMissingNode()).isTrue();
    List<JsonNode> complete = findings(OTHER_EDITOR, id);
    assertThat(complete)
        .noneSatisfy(
            f -> assertThat(f.get("message").asString()).contains("the detail is incomplete"));
    List<String> mismatches =
        complete.stream()
            .filter(f -> f.get("severity").asString().equals("error"))
            .map(f -> f.get("rule").asString())
            .toList();

    saved = save(web, path, Map.of("/source/partial", "6 of the 9 schemes"));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    List<JsonNode> partial = findings(OTHER_EDITOR, id);
    assertThat(partial)
        .anySatisfy(
            f ->
                assertThat(f.get("message").asString())
                    .contains(
                        "the detail is incomplete: the source leaves out 6 of the 9 schemes"));
    assertThat(
            partial.stream()
                .filter(f -> f.get("severity").asString().equals("error"))
                .map(f -> f.get("rule").asString())
                .toList())
        .as("fewer errors once the detail is known to be partial")
        .hasSizeLessThan(mismatches.size());
  }
}
