package bcf.national;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.golden.Examples;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.ConditionDefinition;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The national-conditions stocktake: how answers (statuses, yes/no, sub-items) count. */
class StocktakeTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Round ROUND = RoundCatalogue.load().find("2014-16").orElseThrow();

  /** The Warwickshire 2014-16 plan with these national-condition answers (JSON array). */
  private static Plan withAnswers(String answers) {
    ObjectNode tree = new PlanDocumentWriter().toJson(Examples.plan("warwickshire-2014-16"));
    tree.set("nationalConditions", (ArrayNode) JSON.readTree(answers));
    return new PlanDocumentReader().read(tree);
  }

  private static ConditionDefinition condition(String code) {
    return ROUND.condition(code).orElseThrow();
  }

  private static Stocktake.Answer answer(String answers, String condition) {
    return Stocktake.answer(withAnswers(answers), condition(condition));
  }

  @Test
  void aStatusOrAYesNoAnswerSaysWhetherAConditionIsMet() {
    assertThat(
            answer(
                "[{\"condition\":\"seven-day-services\",\"status\":\"met\"}]",
                "seven-day-services"))
        .isEqualTo(Stocktake.Answer.MET);
    assertThat(
            answer(
                "[{\"condition\":\"seven-day-services\",\"status\":\"not-met\"}]",
                "seven-day-services"))
        .isEqualTo(Stocktake.Answer.NOT_MET);
    assertThat(
            answer(
                "[{\"condition\":\"seven-day-services\",\"answer\":\"yes\"}]",
                "seven-day-services"))
        .isEqualTo(Stocktake.Answer.MET);
    assertThat(
            answer(
                "[{\"condition\":\"seven-day-services\",\"answer\":\"no\"}]", "seven-day-services"))
        .isEqualTo(Stocktake.Answer.NOT_MET);
    // The status wins over the yes/no answer.
    assertThat(
            answer(
                "[{\"condition\":\"seven-day-services\",\"status\":\"not-met\",\"answer\":\"yes\"}]",
                "seven-day-services"))
        .isEqualTo(Stocktake.Answer.NOT_MET);
  }

  @Test
  void aConditionWithoutAnAnswerIsNotAnswered() {
    assertThat(answer("[]", "seven-day-services")).isEqualTo(Stocktake.Answer.NOT_ANSWERED);
    assertThat(
            answer(
                "[{\"condition\":\"seven-day-services\",\"evidence\":\"Working on it\"}]",
                "seven-day-services"))
        .isEqualTo(Stocktake.Answer.NOT_ANSWERED);
    // An answer to another condition says nothing about this one.
    assertThat(
            answer(
                "[{\"condition\":\"joint-assessment\",\"status\":\"met\"}]", "seven-day-services"))
        .isEqualTo(Stocktake.Answer.NOT_ANSWERED);
  }

  @Test
  void anyNotMetAnswerMakesTheConditionNotMet() {
    String answers =
        "[{\"hwb\":\"warwickshire\",\"condition\":\"protect-social-care\",\"status\":\"met\"},"
            + "{\"hwb\":\"warwickshire\",\"condition\":\"protect-social-care\","
            + "\"status\":\"not-met\"}]";
    assertThat(answer(answers, "protect-social-care")).isEqualTo(Stocktake.Answer.NOT_MET);
  }

  @Test
  void aConditionWithSubItemsIsMetOnlyWhenEverySubItemIsMet() {
    String two =
        "[{\"condition\":\"data-sharing\",\"subItem\":\"nhs-number\",\"status\":\"met\"},"
            + "{\"condition\":\"data-sharing\",\"subItem\":\"open-apis\",\"status\":\"met\"}]";
    assertThat(answer(two, "data-sharing")).isEqualTo(Stocktake.Answer.NOT_ANSWERED);
    String three =
        two.substring(0, two.length() - 1)
            + ",{\"condition\":\"data-sharing\",\"subItem\":\"information-governance\","
            + "\"status\":\"met\"}]";
    assertThat(answer(three, "data-sharing")).isEqualTo(Stocktake.Answer.MET);
    String oneNotMet =
        three.replace(
            "\"subItem\":\"open-apis\",\"status\":\"met\"",
            "\"subItem\":\"open-apis\",\"status\":\"not-met\"");
    assertThat(answer(oneNotMet, "data-sharing")).isEqualTo(Stocktake.Answer.NOT_MET);
    // An answer for the whole condition counts for its sub-items.
    assertThat(answer("[{\"condition\":\"data-sharing\",\"status\":\"met\"}]", "data-sharing"))
        .isEqualTo(Stocktake.Answer.MET);
  }

  @Test
  void theCountCoversEveryConditionOfTheRoundAcrossThePlans() {
    Plan met =
        withAnswers(
            "[{\"condition\":\"plans-jointly-agreed\",\"status\":\"met\"},"
                + "{\"condition\":\"seven-day-services\",\"status\":\"met\"}]");
    Plan notMet =
        withAnswers(
            "[{\"condition\":\"plans-jointly-agreed\",\"status\":\"met\"},"
                + "{\"condition\":\"seven-day-services\",\"status\":\"not-met\"}]");
    Plan silent = withAnswers("[]");
    List<Stocktake.ConditionCount> counts = Stocktake.count(ROUND, List.of(met, notMet, silent));
    assertThat(counts)
        .extracting(Stocktake.ConditionCount::condition)
        .containsExactlyElementsOf(
            ROUND.nationalConditions().stream().map(ConditionDefinition::code).toList());
    assertThat(counts)
        .allSatisfy(c -> assertThat(c.met() + c.notMet() + c.notAnswered()).isEqualTo(3));
    assertThat(count(counts, "plans-jointly-agreed"))
        .isEqualTo(
            new Stocktake.ConditionCount(
                "plans-jointly-agreed", condition("plans-jointly-agreed").name(), 2, 0, 1));
    assertThat(count(counts, "seven-day-services"))
        .extracting(
            Stocktake.ConditionCount::met,
            Stocktake.ConditionCount::notMet,
            Stocktake.ConditionCount::notAnswered)
        .containsExactly(1, 1, 1);
    assertThat(count(counts, "acute-impact"))
        .extracting(Stocktake.ConditionCount::notAnswered)
        .isEqualTo(3);
    assertThat(Stocktake.count(ROUND, List.of()))
        .allSatisfy(c -> assertThat(c.met() + c.notMet() + c.notAnswered()).isZero());
  }

  @Test
  void theSeedPlanReportsItsOwnAnswers() {
    Plan plan = Examples.plan("warwickshire-2014-16");
    assertThat(Stocktake.answer(plan, condition("plans-jointly-agreed")))
        .isEqualTo(Stocktake.Answer.MET);
    // The seed describes how social care is protected but states no status (docs/seed-review.md).
    assertThat(Stocktake.answer(plan, condition("protect-social-care")))
        .isEqualTo(Stocktake.Answer.NOT_ANSWERED);
    assertThat(Stocktake.answer(plan, condition("seven-day-services")))
        .isEqualTo(Stocktake.Answer.NOT_MET);
    assertThat(Stocktake.answer(plan, condition("data-sharing")))
        .isEqualTo(Stocktake.Answer.NOT_MET);
  }

  private static Stocktake.ConditionCount count(
      List<Stocktake.ConditionCount> counts, String condition) {
    return counts.stream().filter(c -> c.condition().equals(condition)).findFirst().orElseThrow();
  }
}
