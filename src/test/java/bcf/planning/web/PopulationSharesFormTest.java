package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanPart;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A population share: typed as a percentage, stored as a fraction, at most 100% in total. */
class PopulationSharesFormTest {

  private static final Column SHARE = Column.of("populationShares/dorset", "Share", Kind.PERCENT);

  @Test
  void a_percentage_with_or_without_its_sign_is_stored_as_the_fraction() {
    assertThat(EditForm.convert(SHARE, "44%").decimalValue()).isEqualByComparingTo("0.44");
    assertThat(EditForm.convert(SHARE, " 44 ").decimalValue()).isEqualByComparingTo("0.44");
    assertThat(EditForm.convert(SHARE, "12.5 %").decimalValue()).isEqualByComparingTo("0.125");
    assertThat(EditForm.convert(SHARE, "100").decimalValue()).isEqualByComparingTo("1");
    assertThat(EditForm.convert(SHARE, "")).as("blank is not stated").isNull();
    assertThat(EditForm.display(SHARE, EditForm.convert(SHARE, "44"))).isEqualTo("44%");
  }

  @Test
  void anything_but_a_percentage_from_0_to_100_is_refused_in_words() {
    for (String bad : new String[] {"101%", "-1", "a half", "1/2"}) {
      assertThatThrownBy(() -> EditForm.convert(SHARE, bad))
          .as(bad)
          .hasMessage("Enter share as a percentage from 0% to 100%, like 44%");
    }
  }

  @Test
  void shares_adding_up_to_more_than_100_percent_are_refused_on_the_first_share() throws Exception {
    Plan plan =
        new PlanDocumentReader()
            .read(Files.readAllBytes(Path.of("examples/plans/dorset-2015-16.json")));
    ObjectNode document = new PlanDocumentWriter().toJson(plan);
    assertThat(EditForms.crossChecks(PlanPart.DETAILS, plan, document)).isEmpty();

    ObjectNode shares =
        ((ObjectNode) document.get("organisations").get(0)).putObject("populationShares");
    shares.put("dorset", new java.math.BigDecimal("0.5"));
    shares.put("bournemouth-poole", new java.math.BigDecimal("0.5"));
    assertThat(EditForms.crossChecks(PlanPart.DETAILS, plan, document))
        .as("exactly 100%")
        .isEmpty();

    shares.put("bournemouth-poole", new java.math.BigDecimal("0.51"));
    assertThat(EditForms.crossChecks(PlanPart.DETAILS, plan, document))
        .isEqualTo(
            Map.of(
                "/organisations/0/populationShares/dorset",
                "The shares of its population add up to 101%; they cannot add up to more than"
                    + " 100%"));
    assertThat(EditForms.crossChecks(PlanPart.RISKS, plan, document)).isEmpty();
  }

  @Test
  void a_column_shown_by_a_condition_is_on_the_rows_it_picks_and_on_any_row_holding_a_value() {
    Column share =
        SHARE.shownWhen(
            new EditForm.ShownWhen(
                "type", bcf.plan.Organisation.TYPES_WITH_POPULATION_SHARES, "populationShares"));
    EditForm.Section organisations =
        new EditForm.Section(
            "/organisations",
            "Organisations",
            "Organisation",
            java.util.List.of(Column.of("type", "Type", Kind.TEXT), share),
            true,
            true);
    ObjectNode document =
        (ObjectNode)
            bcf.json.Json.MAPPER.readTree(
                """
                {"organisations": [
                  {"type": "icb"},
                  {"type": "local-authority"},
                  {"type": "local-authority", "populationShares": {"poole": 0.2}},
                  {}]}
                """);
    EditPage page = EditPage.of(document, java.util.List.of(organisations), null, Map.of(), null);
    assertThat(
            page.sections().get(0).rows().stream()
                .map(r -> r.field("populationShares/dorset").present())
                .toList())
        .as("an ICB, a council, a council holding a share, a row with no type")
        .containsExactly(true, false, true, false);

    // a type chosen on the form (before saving) decides as a stored one does
    EditForm.Submission chosen =
        new EditForm.Submission(
            Map.of("/organisations/3/type", "ccg", "/organisations/1/type", "local-authority"),
            Map.of(),
            java.util.Set.of());
    page = EditPage.of(document, java.util.List.of(organisations), chosen, Map.of(), null);
    assertThat(page.sections().get(0).rows().get(3).field("populationShares/dorset").present())
        .isTrue();
    assertThat(page.sections().get(0).rows().get(1).field("populationShares/dorset").present())
        .isFalse();
  }
}
