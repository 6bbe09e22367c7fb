package bcf.national;

import bcf.plan.ConditionAnswer;
import bcf.plan.Plan;
import bcf.round.ConditionDefinition;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The national-conditions stocktake across plans: for each condition of a round, how many plans
 * report it met, not met, or leave it unanswered. A condition with sub-items is met only when every
 * sub-item is met; any "not met" answer (for any HWB of a joint plan) makes it not met.
 */
public final class Stocktake {

  private Stocktake() {}

  public enum Answer {
    MET,
    NOT_MET,
    NOT_ANSWERED
  }

  public record ConditionCount(
      String condition, String name, int met, int notMet, int notAnswered) {}

  public static Answer answer(Plan plan, ConditionDefinition condition) {
    boolean notMet = false;
    Set<String> metItems = new HashSet<>();
    boolean anyMet = false;
    for (ConditionAnswer entry : plan.nationalConditions()) {
      if (!condition.code().equals(entry.condition())) {
        continue;
      }
      Boolean met = met(entry);
      if (met == null) {
        continue;
      }
      if (!met) {
        notMet = true;
      } else {
        anyMet = true;
        if (entry.subItem() != null) {
          metItems.add(entry.subItem());
        }
      }
    }
    if (notMet) {
      return Answer.NOT_MET;
    }
    if (!anyMet) {
      return Answer.NOT_ANSWERED;
    }
    if (condition.hasSubItems()) {
      boolean all = condition.subItems().stream().allMatch(item -> metItems.contains(item.code()));
      boolean wholeConditionAnswered =
          plan.nationalConditions().stream()
              .anyMatch(
                  e ->
                      condition.code().equals(e.condition())
                          && e.subItem() == null
                          && Boolean.TRUE.equals(met(e)));
      return all || wholeConditionAnswered ? Answer.MET : Answer.NOT_ANSWERED;
    }
    return Answer.MET;
  }

  public static List<ConditionCount> count(Round round, List<Plan> plans) {
    List<ConditionCount> counts = new ArrayList<>();
    for (ConditionDefinition condition : round.nationalConditions()) {
      int met = 0;
      int notMet = 0;
      int notAnswered = 0;
      for (Plan plan : plans) {
        switch (answer(plan, condition)) {
          case MET -> met++;
          case NOT_MET -> notMet++;
          case NOT_ANSWERED -> notAnswered++;
        }
      }
      counts.add(new ConditionCount(condition.code(), condition.name(), met, notMet, notAnswered));
    }
    return counts;
  }

  private static Boolean met(ConditionAnswer entry) {
    if (entry.status() != null) {
      return entry.status() == ConditionAnswer.Status.MET;
    }
    if (entry.answer() != null) {
      return entry.answer() == ConditionAnswer.Answer.YES;
    }
    return null;
  }
}
