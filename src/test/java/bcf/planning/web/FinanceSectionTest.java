package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.planning.PlanPart;
import bcf.planning.web.EditForm.Section;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finance part on a page per section: every value on exactly one, findings linked to it. */
class FinanceSectionTest {

  @Test
  void every_section_of_the_finance_form_is_on_exactly_one_page() throws IOException {
    for (String seed : List.of("dorset-2015-16", "warwickshire-2017-19")) {
      Plan plan =
          new PlanDocumentReader()
              .read(Files.readAllBytes(Path.of("examples/plans/" + seed + ".json")));
      PlanAnalysis analysis = new PlanAnalyser(RoundCatalogue.load()).analyse(plan);
      List<Section> form = FinanceForms.of(plan, analysis.round(), analysis.summary().years());
      List<Section> onPages = new ArrayList<>();
      for (FinanceSection page : FinanceSection.values()) {
        List<Section> shown = page.sectionsOf(form);
        assertThat(shown).as(seed + " " + page.code() + " shows something").isNotEmpty();
        onPages.addAll(shown);
      }
      assertThat(onPages).as(seed).containsExactlyInAnyOrderElementsOf(form);
    }
  }

  @Test
  void a_finance_value_is_edited_on_its_sections_page() {
    assertThat(FinanceSection.of("/dfg/allocation/3/total"))
        .contains(FinanceSection.DFG_ALLOCATION);
    assertThat(FinanceSection.of("/dfg/passThrough")).contains(FinanceSection.DFG_PASS_THROUGH);
    assertThat(FinanceSection.of("/dfg/carriedForward/2017-18"))
        .contains(FinanceSection.DFG_PASS_THROUGH);
    assertThat(FinanceSection.of("/pooledBudget/riskShares/0/amount/2017-18"))
        .contains(FinanceSection.POOLED_BUDGET);
    assertThat(FinanceSection.of("/paymentForPerformance/schedule/1/share"))
        .contains(FinanceSection.PAYMENT_FOR_PERFORMANCE);
    assertThat(FinanceSection.of("/declared/0/amount")).isEmpty();
    assertThat(FinanceSection.of("/dfgx")).isEmpty();

    assertThat(SchemePages.editPath(PlanPart.FINANCE, "/dfg/passThrough"))
        .isEqualTo("/edit/finance/dfg-pass-through");
    assertThat(SchemePages.editPath(PlanPart.FINANCE, "/ibcf/purposes/2/amounts/2018-19"))
        .isEqualTo("/edit/finance/ibcf");
    assertThat(SchemePages.editPath(PlanPart.FINANCE, "/declared/4/amount"))
        .isEqualTo("/edit/finance");
  }

  @Test
  void a_change_to_an_object_holding_a_sections_values_touches_that_section() {
    assertThat(FinanceSection.DFG_ALLOCATION.touches("/dfg")).isTrue();
    assertThat(FinanceSection.DFG_ALLOCATION.touches("/dfg/allocation/0/total")).isTrue();
    assertThat(FinanceSection.DFG_ALLOCATION.touches("/dfg/passThrough/0/amount")).isFalse();
    assertThat(FinanceSection.IBCF.touches("/dfg")).isFalse();
    assertThat(FinanceSection.IBCF.touches("/explanations/0/text")).isFalse();
  }
}
