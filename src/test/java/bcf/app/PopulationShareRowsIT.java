package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Population shares on the organisations page only where they mean something (issue 12, item 3):
 * the rows of an ICB or CCG offer them, a council's or a trust's do not, a new row offers them once
 * its type is one that has them, and a share stored on a row of another type (an imported
 * document's) is shown and kept, never hidden and lost. Dorset 2015-16's organisations are its CCG
 * (0), three councils (1 to 3), a trust (4) and another body (5).
 */
class PopulationShareRowsIT extends AppTestSupport {

  private static final String CCG_SHARE = "/organisations/0/populationShares/dorset";
  private static final String COUNCIL_SHARES = "/organisations/1/populationShares";

  private JsonNode document(String id) {
    return api(OTHER_EDITOR).get("/api/v1/plans/" + id + "/document").json();
  }

  private static String edit(String id) {
    return "/plans/" + id + "/edit/details";
  }

  @Test
  void only_the_rows_of_a_ccg_or_icb_offer_population_shares_and_they_save() {
    String id = copyOfSeed("dorset-2015-16");
    WebClient web = signedIn(OTHER_EDITOR);
    String page = web.get(edit(id)).body();
    assertThat(page)
        .contains("name=\"" + CCG_SHARE + "\"")
        .contains("name=\"/organisations/0/populationShares/bournemouth-poole\"")
        .as("a council, a trust and another body have no share of a population across HWBs")
        .doesNotContain("name=\"" + COUNCIL_SHARES)
        .doesNotContain("name=\"/organisations/4/populationShares")
        .doesNotContain("name=\"/organisations/5/populationShares");
    // the label is there once per HWB, for the CCG's row only
    assertThat(page.split("Share of its population in Dorset", -1)).hasSize(2);

    Map<String, String> fields = PlanEditPagesIT.formFields(page);
    fields.put(CCG_SHARE, "44%");
    WebClient.Page saved = web.post(edit(id), fields, edit(id));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    assertThat(document(id).at(CCG_SHARE).decimalValue()).isEqualByComparingTo("0.44");
    assertThat(document(id).at(COUNCIL_SHARES).isMissingNode()).isTrue();
  }

  @Test
  void a_new_row_offers_shares_once_its_type_is_chosen_without_javascript() {
    String id = copyOfSeed("dorset-2015-16");
    WebClient web = signedIn(OTHER_EDITOR);
    Map<String, String> fields = PlanEditPagesIT.formFields(web.get(edit(id)).body());
    fields.put("action", "add-row:/organisations");
    String added = web.post(edit(id), fields, edit(id)).body();
    assertThat(added)
        .as("a new row, its type not yet chosen")
        .contains("name=\"/organisations/6/name\"")
        .doesNotContain("name=\"/organisations/6/populationShares");

    // "Add another" re-renders the form: the row now shows what its chosen type has
    fields = PlanEditPagesIT.formFields(added);
    fields.put("/organisations/6/name", "NHS Dorset Integrated Care Board");
    fields.put("/organisations/6/type", "icb");
    fields.put("action", "add-row:/dates");
    String chosen = web.post(edit(id), fields, edit(id)).body();
    assertThat(chosen).contains("name=\"/organisations/6/populationShares/dorset\"");

    fields = PlanEditPagesIT.formFields(chosen);
    fields.put("/organisations/6/populationShares/dorset", "60");
    fields.put("action", "save");
    WebClient.Page saved = web.post(edit(id), fields, edit(id));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    assertThat(document(id).at("/organisations/6/populationShares/dorset").decimalValue())
        .isEqualByComparingTo("0.6");

    // saved with a type that has none: the next visit offers none
    fields = PlanEditPagesIT.formFields(web.get(edit(id)).body());
    fields.put("rows:/organisations", "8");
    fields.put("/organisations/7/name", "Dorset Healthwatch");
    fields.put("/organisations/7/type", "voluntary");
    fields.put("action", "save");
    saved = web.post(edit(id), fields, edit(id));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    assertThat(document(id).at("/organisations/7/type").asString()).isEqualTo("voluntary");
    assertThat(web.get(edit(id)).body())
        .contains("name=\"/organisations/6/populationShares/dorset\"")
        .contains("name=\"/organisations/7/name\"")
        .doesNotContain("name=\"/organisations/7/populationShares");
  }

  @Test
  void a_share_stored_on_a_row_of_another_type_is_shown_and_kept() {
    String id = "dorset-imported-shares-" + System.nanoTime() % 100000;
    ObjectNode plan = (ObjectNode) Json.MAPPER.readTree(seedAs("dorset-2015-16", id, false));
    ObjectNode council = (ObjectNode) plan.get("organisations").get(1);
    assertThat(council.get("type").asString()).isEqualTo("local-authority");
    council.putObject("populationShares").put("dorset", new java.math.BigDecimal("0.3"));
    ApiClient.Response created = api(ADMIN).post("/api/v1/plans", plan.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    WebClient web = signedIn(OTHER_EDITOR);
    String page = web.get(edit(id)).body();
    assertThat(page)
        .contains("name=\"" + COUNCIL_SHARES + "/dorset\" value=\"30%\"")
        .contains("name=\"" + COUNCIL_SHARES + "/bournemouth-poole\"")
        .doesNotContain("name=\"/organisations/2/populationShares");

    // saving the page as it is, and then the CCG turned into another type, loses no share
    Map<String, String> fields = PlanEditPagesIT.formFields(page);
    fields.put(CCG_SHARE, "70%");
    WebClient.Page saved = web.post(edit(id), fields, edit(id));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    fields = PlanEditPagesIT.formFields(web.get(edit(id)).body());
    fields.put("/organisations/0/type", "other");
    saved = web.post(edit(id), fields, edit(id));
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);

    JsonNode stored = document(id);
    assertThat(stored.at(COUNCIL_SHARES + "/dorset").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(stored.at(CCG_SHARE).decimalValue()).isEqualByComparingTo("0.7");
    assertThat(stored.at("/organisations/0/type").asString()).isEqualTo("other");
    assertThat(web.get(edit(id)).body())
        .contains("name=\"" + CCG_SHARE + "\" value=\"70%\"")
        .contains("name=\"" + COUNCIL_SHARES + "/dorset\" value=\"30%\"");
  }
}
