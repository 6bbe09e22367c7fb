package bcf.validation.rules;

import static bcf.finance.FigureKey.Kind.*;
import static bcf.validation.PlanContext.finding;

import bcf.finance.Figures;
import bcf.finance.Rounding;
import bcf.finance.Tally;
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
import java.util.TreeSet;

/**
 * Sources equal uses: contributions equal scheme spend in every year, per funding source where the
 * plan gives sources throughout, and per HWB in a joint plan.
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
    Figures figures = context.summary().figures();
    for (FinancialYear year : context.years()) {
      compare(
              plan,
              parameters.severity(),
              year,
              figures.get(INCOME_TOTAL.key(), year),
              figures.get(EXPENDITURE_TOTAL.key(), year),
              "",
              "schemes")
          .ifPresent(findings::add);
    }
    if (sourcesGivenThroughout(plan)) {
      TreeSet<String> sources = new TreeSet<>(figures.under(INCOME_BY_SOURCE).keySet());
      sources.addAll(figures.under(EXPENDITURE_BY_SOURCE).keySet());
      for (String source : sources) {
        for (FinancialYear year : context.years()) {
          Optional<Tally> income = figures.get(INCOME_BY_SOURCE.key(source), year);
          Optional<Tally> spend = figures.get(EXPENDITURE_BY_SOURCE.key(source), year);
          compare(
                  plan,
                  parameters.severity(),
                  year,
                  Optional.of(income.orElse(Tally.EMPTY)),
                  Optional.of(spend.orElse(Tally.EMPTY)),
                  " from " + streamName(context, source),
                  "schemes")
              .filter(f -> income.isPresent() || spend.isPresent())
              .ifPresent(findings::add);
        }
      }
    }
    if (plan.isJoint()) {
      for (var hwb : plan.hwbs()) {
        Figures part = context.summary().figuresFor(hwb.id());
        for (FinancialYear year : context.years()) {
          Optional<Tally> income = part.get(INCOME_TOTAL.key(), year);
          Optional<Tally> spend = part.get(EXPENDITURE_TOTAL.key(), year);
          if (income.isPresent() && spend.isPresent()) {
            compare(
                    plan,
                    parameters.severity(),
                    year,
                    income,
                    spend,
                    " for " + hwb.name(),
                    "schemes")
                .ifPresent(findings::add);
          }
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

  private static Optional<Finding> compare(
      Plan plan,
      Severity severity,
      FinancialYear year,
      Optional<Tally> income,
      Optional<Tally> spend,
      String scope,
      String where) {
    if (income.isEmpty() || spend.isEmpty()) {
      return Optional.empty();
    }
    Money in = income.get().amount();
    Money out = spend.get().amount();
    Money difference = out.minus(in);
    Money tolerance = Rounding.tolerance(plan, income.get(), spend.get());
    String figuresText =
        ": schemes total " + out.format() + " against contributions of " + in.format();
    return switch (Rounding.compare(difference, tolerance)) {
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
                  severity,
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
