package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.finance.Comparison;
import bcf.finance.Rounding;
import bcf.finance.SourcesVsUses;
import bcf.finance.SourcesVsUses.Balance;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sources equal uses: contributions equal scheme spend in every year, per funding source where the
 * plan gives sources throughout, and per HWB in a joint plan. Where the plan's source gives only
 * part of its detail, a difference is reported as incomplete detail (info), not as a mismatch.
 */
public final class IncomeEqualsExpenditure implements Rule {

  public static final String ID = "income-equals-expenditure";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    SourcesVsUses whole = context.summary().sourcesVsUses();
    for (Balance balance : whole.byYear()) {
      judge(plan, parameters, balance, "").ifPresent(findings::add);
    }
    if (sourcesGivenThroughout(plan)) {
      whole
          .bySource()
          .forEach(
              (source, balances) -> {
                for (Balance balance : balances) {
                  judge(plan, parameters, balance, " from " + streamName(context, source))
                      .ifPresent(findings::add);
                }
              });
    }
    if (plan.isJoint()) {
      for (var hwb : plan.hwbs()) {
        for (Balance balance : context.summary().sourcesVsUsesFor(hwb.id()).byYear()) {
          judge(plan, parameters, balance, " for " + hwb.name()).ifPresent(findings::add);
        }
      }
    }
    return findings;
  }

  private static String streamName(PlanContext context, String code) {
    return context.round().fundingStream(code).map(s -> s.name()).orElse(code);
  }

  private static boolean sourcesGivenThroughout(Plan plan) {
    boolean contributions =
        !plan.contributions().isEmpty()
            && plan.contributions().stream()
                .allMatch(c -> c.actual() == null || c.stream() != null);
    boolean schemes =
        !plan.schemes().isEmpty() && plan.schemes().stream().allMatch(s -> s.source() != null);
    return contributions && schemes;
  }

  /** What the finance engine's comparison of a year's income and spend means for the plan. */
  private static Optional<Finding> judge(
      Plan plan, RuleParameters parameters, Balance balance, String scope) {
    if (balance.comparison().isEmpty()) {
      return Optional.empty();
    }
    Comparison comparison = balance.comparison().get();
    FinancialYear year = balance.year();
    String where = "schemes";
    Money in = comparison.expected().amount();
    Money out = comparison.actual().amount();
    Money difference = comparison.difference();
    Money tolerance = comparison.tolerance();
    String figuresText =
        ": schemes total " + out.format() + " against contributions of " + in.format();
    if (comparison.outcome() == Rounding.Outcome.DIFFERENT
        && Text.incompleteDetail(plan).isPresent()) {
      return Optional.of(
          finding(
              ID,
              parameters.severity(Text.INCOMPLETE_SEVERITY, Severity.INFO),
              where,
              "Spend"
                  + scope
                  + " and contributions cannot be checked against each other in "
                  + Text.year(year)
                  + ": "
                  + Text.incompleteDetail(plan).get()
                  + ". The schemes given total "
                  + out.format()
                  + " and the contributions given "
                  + in.format()
                  + ".",
              year,
              in,
              out));
    }
    return switch (comparison.outcome()) {
      case EQUAL -> Optional.empty();
      case WITHIN_ROUNDING ->
          Optional.of(
              finding(
                  ID,
                  Severity.INFO,
                  where,
                  "Spend"
                      + scope
                      + " and contributions differ by "
                      + difference.abs().format()
                      + " in "
                      + Text.year(year)
                      + figuresText
                      + "; "
                      + Text.roundingNote(plan, tolerance)
                      + ".",
                  year,
                  in,
                  out));
      case DIFFERENT ->
          Optional.of(
              finding(
                  ID,
                  parameters.severity(),
                  where,
                  (difference.isNegative()
                          ? "Contributions" + scope + " exceed spend by "
                          : "Spend" + scope + " exceeds contributions by ")
                      + difference.abs().format()
                      + " in "
                      + Text.year(year)
                      + figuresText
                      + ".",
                  year,
                  in,
                  out));
    };
  }
}
