package bcf.returns;

import bcf.kernel.Money;
import bcf.plan.Contribution;
import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.returns.QuarterlyReturn.ConditionStatus;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.round.ConditionDefinition;
import bcf.round.ReturnsDefinition;
import bcf.round.ReturnsDefinition.ReturnPeriod;
import bcf.round.Round;
import bcf.round.RuleSetting;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a return must keep, each with a stable id and the severity its round gives it: the
 * quarter is one the round asks for; it reports against its plan (its HWBs, schemes, funding
 * streams and organisations); its choices are the round's; amounts are not negative; a condition
 * reported met has no expected date after the return's date; payment-for-performance maximums
 * multiply out; High Impact Change maturity uses the round's changes and levels. Messages say where
 * and why in words.
 */
public final class ReturnRules {

  public static final String PERIOD = "return-period";
  public static final String PLAN = "return-plan";
  public static final String VALUES = "return-values";
  public static final String AMOUNTS = "return-amounts";
  public static final String MET_DATE = "return-met-date";
  public static final String NOT_MET_DATE = "return-not-met-date";
  public static final String PAYMENT = "return-payment-for-performance";
  public static final String HICM = "return-hicm";

  public static final Set<String> CONDITION_STATUSES = Set.of("met", "not-met", "partly-met");
  public static final List<String> PROGRESS =
      List.of("on-track", "not-on-track", "data-not-available");
  public static final List<String> ARRANGEMENTS = List.of("pooled", "aligned", "host-managed");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Round round;
  private final Plan plan;
  private final List<Finding> findings = new ArrayList<>();

  private ReturnRules(Round round, Plan plan) {
    this.round = round;
    this.plan = plan;
  }

  /**
   * Checks {@code ret} against its round and, when given, its plan (without the plan the checks
   * against the plan's schemes, streams and organisations are not made, and an info finding says
   * so).
   */
  public static ReturnFindings check(QuarterlyReturn ret, Round round, Optional<Plan> plan) {
    ReturnRules rules = new ReturnRules(round, plan.orElse(null));
    rules.run(ret);
    return new ReturnFindings(rules.findings);
  }

  private void run(QuarterlyReturn ret) {
    period(ret);
    againstPlan(ret);
    conditions(ret);
    metrics(ret);
    finance(ret);
    payment(ret);
    hicm(ret);
  }

  private void period(QuarterlyReturn ret) {
    ReturnsDefinition returns = round.returns();
    Optional<ReturnPeriod> period = returns.period(ret.year(), ret.quarter());
    if (period.isEmpty()) {
      String asked =
          returns.any()
              ? "it asks for "
                  + returns.periods().stream()
                      .map(ReturnPeriod::name)
                      .collect(Collectors.joining(", "))
              : "it asks for no returns";
      add(
          PERIOD,
          "quarter",
          "The return is for "
              + quarterWords(ret)
              + ", which is outside the "
              + round.name()
              + " round: "
              + asked
              + ".");
      return;
    }
    if (ret.asAt() != null && ret.asAt().isAfter(period.get().periodEnd())) {
      add(
          PERIOD,
          "asAt",
          "The return's position is as at "
              + DAY.format(ret.asAt())
              + ", after the end of "
              + period.get().name()
              + " ("
              + DAY.format(period.get().periodEnd())
              + ").");
    }
  }

  private void againstPlan(QuarterlyReturn ret) {
    if (ret.hwbs().isEmpty()) {
      add(PLAN, "hwbs", "The return names no Health and Wellbeing Board it reports for.");
    }
    if (plan == null) {
      findings.add(
          finding(
              PLAN,
              Severity.INFO,
              "plan",
              "The plan '"
                  + ret.plan()
                  + "' was not available, so the schemes, funding streams and organisations the return names were not checked against it."));
      return;
    }
    if (!Objects.equals(plan.round(), ret.round())) {
      add(
          PLAN,
          "round",
          "The return is for the "
              + ret.round()
              + " round but its plan is for "
              + plan.round()
              + ".");
    }
    for (int i = 0; i < ret.hwbs().size(); i++) {
      String hwb = ret.hwbs().get(i);
      if (plan.hwb(hwb).isEmpty()) {
        add(
            PLAN,
            "hwbs[" + i + "]",
            "The plan " + plan.title() + " does not cover the HWB '" + hwb + "'.");
      }
    }
    var arrangements = ret.budgetArrangements();
    if (arrangements != null) {
      for (int i = 0; i < arrangements.schemes().size(); i++) {
        var scheme = arrangements.schemes().get(i);
        String where = "budgetArrangements.schemes[" + i + "]";
        scheme(scheme.scheme(), where + ".scheme", "The budget arrangement of line " + (i + 1));
        if (!ARRANGEMENTS.contains(scheme.arrangement())) {
          add(
              VALUES,
              where + ".arrangement",
              "The budget arrangement of line "
                  + (i + 1)
                  + " is '"
                  + scheme.arrangement()
                  + "'; choose pooled, aligned or host-managed.");
        }
        organisation(
            scheme.host(), where + ".host", "The host of budget arrangement line " + (i + 1));
      }
    }
  }

  private void scheme(String scheme, String where, String what) {
    if (scheme == null || plan == null) {
      return;
    }
    if (plan.schemes().stream().map(Scheme::id).noneMatch(scheme::equals)) {
      add(
          PLAN,
          where,
          what
              + " is for the scheme '"
              + scheme
              + "', which the plan "
              + plan.title()
              + " does not have.");
    }
  }

  private void organisation(String organisation, String where, String what) {
    if (organisation == null || plan == null) {
      return;
    }
    if (plan.organisations().stream().map(Organisation::id).noneMatch(organisation::equals)) {
      add(
          PLAN,
          where,
          what
              + " is the organisation '"
              + organisation
              + "', which is not a partner in the plan "
              + plan.title()
              + ".");
    }
  }

  private void hwbOf(QuarterlyReturn ret, String hwb, String where, String what) {
    if (hwb != null && !ret.covers(hwb)) {
      add(PLAN, where, what + " is for the HWB '" + hwb + "', which the return does not cover.");
    }
  }

  private void conditions(QuarterlyReturn ret) {
    for (int i = 0; i < ret.nationalConditions().size(); i++) {
      ConditionStatus status = ret.nationalConditions().get(i);
      String where = "nationalConditions[" + i + "]";
      String what = "National condition line " + (i + 1);
      hwbOf(ret, status.hwb(), where + ".hwb", what);
      Optional<ConditionDefinition> definition = round.condition(status.condition());
      if (definition.isEmpty()) {
        add(
            VALUES,
            where + ".condition",
            what
                + " is for '"
                + status.condition()
                + "', which is not a national condition of the "
                + round.name()
                + " round.");
        continue;
      }
      String name = definition.get().name();
      if (status.subItem() != null
          && definition.get().subItems().stream()
              .noneMatch(s -> s.code().equals(status.subItem()))) {
        add(
            VALUES,
            where + ".subItem",
            what
                + " names the part '"
                + status.subItem()
                + "', which the condition '"
                + name
                + "' does not have.");
      }
      if (!CONDITION_STATUSES.contains(status.status())) {
        add(
            VALUES,
            where + ".status",
            "The status of '"
                + name
                + "' is '"
                + status.status()
                + "'; choose met, not met or partly met.");
        continue;
      }
      if (status.status().equals("met")
          && status.expectedDate() != null
          && ret.asAt() != null
          && status.expectedDate().isAfter(ret.asAt())) {
        add(
            MET_DATE,
            where + ".expectedDate",
            "'"
                + name
                + "' is reported met"
                + forHwb(status.hwb())
                + " but expected to be met on "
                + DAY.format(status.expectedDate())
                + ", after the return's date of "
                + DAY.format(ret.asAt())
                + ": either it is not met yet or the date is wrong.");
      }
      if (!status.status().equals("met")
          && status.expectedDate() == null
          && (status.expectedDateText() == null || status.expectedDateText().isBlank())) {
        add(
            NOT_MET_DATE,
            where + ".expectedDate",
            "'"
                + name
                + "' is not met"
                + forHwb(status.hwb())
                + " and the return does not say when it is expected to be met.");
      }
      if (status.regionalShareMet() != null
          && (status.regionalShareMet().signum() < 0
              || status.regionalShareMet().compareTo(BigDecimal.ONE) > 0)) {
        add(
            VALUES,
            where + ".regionalShareMet",
            "The region's share of HWBs meeting '" + name + "' must be between 0% and 100%.");
      }
    }
  }

  private String forHwb(String hwb) {
    if (hwb == null) {
      return "";
    }
    String name = plan == null ? hwb : plan.hwb(hwb).map(h -> h.name()).orElse(hwb);
    return " for " + name;
  }

  private void metrics(QuarterlyReturn ret) {
    for (int i = 0; i < ret.metrics().size(); i++) {
      var metric = ret.metrics().get(i);
      String where = "metrics[" + i + "]";
      hwbOf(ret, metric.hwb(), where + ".hwb", "Metric line " + (i + 1));
      boolean known =
          round.metric(metric.metric()).isPresent()
              || (plan != null
                  && plan.metrics().stream().anyMatch(m -> m.metric().equals(metric.metric())));
      if (!known) {
        add(
            VALUES,
            where + ".metric",
            "Metric line "
                + (i + 1)
                + " is for '"
                + metric.metric()
                + "', which is neither a metric of the round nor of the plan.");
      }
      if (metric.progress() != null && !PROGRESS.contains(metric.progress())) {
        add(
            VALUES,
            where + ".progress",
            "The progress on metric line "
                + (i + 1)
                + " is '"
                + metric.progress()
                + "'; choose on track, not on track or data not available.");
      }
    }
  }

  private void finance(QuarterlyReturn ret) {
    var finance = ret.incomeAndExpenditure();
    if (finance == null) {
      return;
    }
    nonNegative(finance.fundTotal(), "incomeAndExpenditure.fundTotal", "The fund's total");
    lines(ret, finance.income(), "incomeAndExpenditure.income", "Income line");
    lines(ret, finance.expenditure(), "incomeAndExpenditure.expenditure", "Expenditure line");
  }

  private void lines(QuarterlyReturn ret, List<FinanceLine> lines, String path, String label) {
    Set<String> streams =
        plan == null
            ? Set.of()
            : plan.contributions().stream()
                .map(Contribution::stream)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    for (int i = 0; i < lines.size(); i++) {
      FinanceLine line = lines.get(i);
      String where = path + "[" + i + "]";
      String what = label + " " + (i + 1);
      hwbOf(ret, line.hwb(), where + ".hwb", what);
      scheme(line.scheme(), where + ".scheme", what);
      organisation(line.organisation(), where + ".organisation", what);
      if (line.source() != null && plan != null && !streams.contains(line.source())) {
        String streamName =
            round
                .fundingStream(line.source())
                .map(s -> s.name() + " ('" + line.source() + "')")
                .orElse("'" + line.source() + "'");
        add(
            PLAN,
            where + ".source",
            what
                + " is funded from "
                + streamName
                + ", a source the plan "
                + plan.title()
                + " has no contribution from.");
      }
      nonNegative(line.plan(), where + ".plan", "The plan of " + what.toLowerCase(Locale.UK));
      nonNegative(
          line.actualToDate(),
          where + ".actualToDate",
          "The actual to date of " + what.toLowerCase(Locale.UK));
      nonNegative(
          line.forecastOutturn(),
          where + ".forecastOutturn",
          "The forecast outturn of " + what.toLowerCase(Locale.UK));
    }
  }

  private void nonNegative(Money amount, String where, String what) {
    if (amount != null && amount.isNegative()) {
      add(AMOUNTS, where, what + " is " + amount.format() + "; amounts cannot be negative.");
    }
  }

  private void payment(QuarterlyReturn ret) {
    var p4p = ret.paymentForPerformance();
    if (p4p == null) {
      return;
    }
    Money total = Money.ZERO;
    boolean complete = true;
    for (int i = 0; i < p4p.byHwb().size(); i++) {
      var hwb = p4p.byHwb().get(i);
      String where = "paymentForPerformance.byHwb[" + i + "]";
      hwbOf(ret, hwb.hwb(), where + ".hwb", "Payment for performance line " + (i + 1));
      if (hwb.maximumPayment() == null) {
        complete = false;
        continue;
      }
      total = total.plus(hwb.maximumPayment());
      if (p4p.valuePerAvoidedAdmission() != null && hwb.maximumReduction() != null) {
        Money expected = p4p.valuePerAvoidedAdmission().times(hwb.maximumReduction());
        if (expected.compareTo(hwb.maximumPayment()) != 0) {
          add(
              PAYMENT,
              where + ".maximumPayment",
              "The most payable"
                  + forHwb(hwb.hwb())
                  + " is given as "
                  + hwb.maximumPayment().format()
                  + " but "
                  + hwb.maximumReduction()
                  + " admissions at "
                  + p4p.valuePerAvoidedAdmission().format()
                  + " each is "
                  + expected.format()
                  + ".");
        }
      }
    }
    if (complete && p4p.maximumTotal() != null && total.compareTo(p4p.maximumTotal()) != 0) {
      add(
          PAYMENT,
          "paymentForPerformance.maximumTotal",
          "The most payable in total is given as "
              + p4p.maximumTotal().format()
              + " but the HWBs' maximums add up to "
              + total.format()
              + ".");
    }
  }

  private void hicm(QuarterlyReturn ret) {
    if (ret.highImpactChangeModel().isEmpty()) {
      return;
    }
    Optional<ReturnsDefinition.Hicm> model = round.returns().highImpactChangeModel();
    if (model.isEmpty()) {
      add(
          HICM,
          "highImpactChangeModel",
          "The "
              + round.name()
              + " round has no High Impact Change Model, so its returns report no maturity.");
      return;
    }
    for (int i = 0; i < ret.highImpactChangeModel().size(); i++) {
      var row = ret.highImpactChangeModel().get(i);
      String where = "highImpactChangeModel[" + i + "]";
      hwbOf(ret, row.hwb(), where + ".hwb", "High Impact Change line " + (i + 1));
      if (model.get().change(row.change()).isEmpty()) {
        add(
            HICM,
            where + ".change",
            "High Impact Change line "
                + (i + 1)
                + " is for '"
                + row.change()
                + "', which is not one of the eight changes.");
      }
      level(model.get(), row.current(), where + ".current", "The current maturity", i);
      level(model.get(), row.planned(), where + ".planned", "The planned maturity", i);
    }
  }

  private void level(ReturnsDefinition.Hicm model, String level, String where, String what, int i) {
    if (level != null && !model.levels().contains(level)) {
      add(
          HICM,
          where,
          what
              + " on High Impact Change line "
              + (i + 1)
              + " is '"
              + level
              + "'; choose one of "
              + model.levels().stream().map(ReturnWords::level).collect(Collectors.joining(", "))
              + ".");
    }
  }

  private static String quarterWords(QuarterlyReturn ret) {
    return ReturnWords.quarter(ret.quarter()) + " " + ret.year();
  }

  private void add(String rule, String where, String message) {
    findings.add(finding(rule, severity(rule), where, message));
  }

  private Severity severity(String rule) {
    return round
        .returns()
        .rule(rule)
        .map(RuleSetting::severity)
        .map(Severity::parse)
        .orElse(Severity.ERROR);
  }

  private static Finding finding(String rule, Severity severity, String where, String message) {
    return new Finding(rule, severity, where, message, null, null, null, null, null);
  }
}
