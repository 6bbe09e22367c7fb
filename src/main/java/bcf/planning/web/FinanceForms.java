package bcf.planning.web;

import bcf.kernel.FinancialYear;
import bcf.plan.Plan;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Option;
import bcf.planning.web.EditForm.Section;
import bcf.round.Round;
import bcf.round.RuleSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form of the finance part: the pooled budget and its host, risk shares and hosted pools, the
 * Disabled Facilities Grant passed through and allocated, iBCF purposes, out-of-hospital spend,
 * maintenance of social care, contingency, payment for performance and the plan's explanations of
 * findings. Every coded value (an organisation, an HWB, a year, an area of spend, a rule) is chosen
 * from a list that shows its name. The declared figures are not on the form and are kept as they
 * are.
 */
final class FinanceForms {

  private FinanceForms() {}

  /** The period of a contingency line that is not a year. */
  static final String ONGOING = "ongoing";

  /** What each validation rule checks, in words, for choosing the finding an explanation is of. */
  private static final Map<String, String> RULES =
      Map.ofEntries(
          Map.entry("required-fields", "A value the plan must give"),
          Map.entry("round-values", "A value the round does not know"),
          Map.entry("income-equals-expenditure", "Income and expenditure balance"),
          Map.entry("minimum-contribution", "Minimum contributions"),
          Map.entry("declared-total-matches", "Declared totals match the figures"),
          Map.entry("scheme-spend-consistent", "Scheme spend adds up"),
          Map.entry("dfg-passthrough", "Disabled Facilities Grant passed through"),
          Map.entry("condition-answered", "National conditions answered"),
          Map.entry("signoff-complete", "Sign-off complete"),
          Map.entry("risk-rating-valid", "Risk ratings"),
          Map.entry("metric-consistent", "Metrics consistent"),
          Map.entry("ooh-ringfence", "Out-of-hospital ring-fence"),
          Map.entry("social-care-maintenance", "Maintenance of social care"),
          Map.entry("contingency-complete", "Contingency complete"),
          Map.entry("ibcf-allocation", "iBCF allocation"),
          Map.entry("payment-for-performance", "Payment for performance"));

  static List<Section> of(Plan plan, Round round, List<FinancialYear> years) {
    List<Option> organisations = EditForms.organisationOptions(plan);
    List<Option> yearOptions =
        years.stream().map(y -> new Option(y.toString(), y.display())).toList();
    List<Section> sections = new ArrayList<>();

    sections.add(
        single(
            "Pooled budget",
            List.of(
                field("", "pooledBudget/host")
                    .choosing(organisations)
                    .titled("Host of the pooled budget"),
                field("", "pooledBudget/arrangement").titled("Arrangement (such as a section 75)"),
                field("", "pooledBudget/riskShare").multiline().titled("Risk-share arrangement"))));

    String riskShares = "/pooledBudget/riskShares";
    List<Column> riskShareColumns = new ArrayList<>();
    riskShareColumns.add(field(riskShares, "description").multiline().titled("What is at risk"));
    riskShareColumns.add(field(riskShares, "condition").titled("Condition"));
    riskShareColumns.add(
        field(riskShares, "retainedShare")
            .asShare()
            .titled("Share retained if the condition is not met"));
    riskShareColumns.addAll(byYear(riskShares, "amount", "Amount at risk", years));
    riskShareColumns.addAll(
        byYear(riskShares, "retained", "Retained if the condition is not met", years));
    sections.add(
        new Section(riskShares, "Risk shares", "Risk share", riskShareColumns, true, true));

    String pools = "/pooledBudget/pools";
    List<Column> poolColumns = new ArrayList<>();
    poolColumns.add(field(pools, "name").titled("Name of the pool"));
    poolColumns.add(field(pools, "host").choosing(organisations).titled("Host"));
    poolColumns.addAll(byYear(pools, "amounts", "Amount", years));
    poolColumns.add(field(pools, "riskShare").titled("Risk-share arrangement"));
    poolColumns.add(field(pools, "notes").multiline());
    sections.add(new Section(pools, "Hosted pools", "Pool", poolColumns, true, true));

    String passThrough = "/dfg/passThrough";
    List<Column> passColumns = new ArrayList<>();
    EditForms.hwbColumn(plan, passThrough).ifPresent(passColumns::add);
    passColumns.add(field(passThrough, "year").choosing(yearOptions));
    passColumns.add(
        field(passThrough, "district").choosing(organisations).titled("Housing authority"));
    passColumns.add(field(passThrough, "amount").titled("Amount passed through"));
    sections.add(
        new Section(
            passThrough,
            "Disabled Facilities Grant passed to housing authorities",
            "Pass-through",
            passColumns,
            false,
            true));

    String allocation = "/dfg/allocation";
    List<Column> allocationColumns = new ArrayList<>();
    EditForms.hwbColumn(plan, allocation).ifPresent(allocationColumns::add);
    allocationColumns.add(field(allocation, "year").choosing(yearOptions));
    allocationColumns.add(
        field(allocation, "district").choosing(organisations).titled("Housing authority"));
    allocationColumns.add(field(allocation, "total").titled("Total"));
    allocationColumns.add(field(allocation, "dfg").titled("From the DFG"));
    allocationColumns.add(field(allocation, "other").titled("From other funds"));
    sections.add(
        new Section(
            allocation,
            "Disabled Facilities Grant allocation by the home-improvement agency",
            "Allocation",
            allocationColumns,
            false,
            true));
    sections.add(
        single(
            "Disabled Facilities Grant carried forward",
            byYear("", "dfg/carriedForward", "Underspend brought forward into", years)));

    String purposes = "/ibcf/purposes";
    List<Column> purposeColumns = new ArrayList<>();
    purposeColumns.add(field(purposes, "purpose"));
    purposeColumns.add(field(purposes, "objectives").multiline());
    purposeColumns.addAll(byYear(purposes, "amounts", "Amount", years));
    sections.add(
        new Section(
            purposes,
            "Improved Better Care Fund (Local Authority Better Care Grant) purposes",
            "Purpose",
            purposeColumns,
            true,
            true));

    String spend = "/outOfHospital/spend";
    List<Column> spendColumns = new ArrayList<>();
    spendColumns.add(EditForms.picklist(round, Round.AREA_OF_SPEND, field(spend, "areaOfSpend")));
    spendColumns.addAll(byYear(spend, "amounts", "Spend", years));
    sections.add(
        new Section(
            spend,
            "NHS-commissioned out-of-hospital spend",
            "Area of spend",
            spendColumns,
            false,
            true));
    sections.add(
        single(
            "Out-of-hospital ring-fence",
            byYear("", "outOfHospital/ringFence", "Ring-fenced amount", years)));

    List<Column> maintenance = new ArrayList<>();
    maintenance.addAll(
        byYear("", "socialCareMaintenance/baseline", "Previous year's NHS spend, for", years));
    maintenance.addAll(
        byYear(
            "",
            "socialCareMaintenance/planned",
            "Planned spend on social care from the NHS minimum",
            years));
    for (FinancialYear year : years) {
      maintenance.add(
          field("", "socialCareMaintenance/uplift/" + year)
              .asShare()
              .titled("Inflation uplift " + year.display() + " (a percentage, like 1.79%)"));
    }
    sections.add(single("Maintenance of social care", maintenance));

    String contingency = "/contingency";
    List<Column> contingencyColumns = new ArrayList<>();
    EditForms.hwbColumn(plan, contingency).ifPresent(contingencyColumns::add);
    List<Option> periods = new ArrayList<>(yearOptions);
    periods.add(new Option(ONGOING, "Ongoing"));
    contingencyColumns.add(field(contingency, "period").choosing(periods).titled("Year"));
    contingencyColumns.add(
        field(contingency, "plannedSavings").titled("Planned savings if targets are met"));
    contingencyColumns.add(
        field(contingency, "maximumSupport")
            .titled("Maximum support needed if targets are not met"));
    sections.add(
        new Section(
            contingency, "Contingency", "Contingency line", contingencyColumns, false, true));

    sections.add(
        single(
            "Payment for performance",
            List.of(field("", "paymentForPerformance/valuePerAvoidedAdmission"))));
    String byHwb = "/paymentForPerformance/byHwb";
    sections.add(
        new Section(
            byHwb,
            "Planned reductions in emergency admissions",
            "Reduction",
            List.of(
                field(byHwb, "hwb").choosing(EditForms.hwbOptions(plan)),
                field(byHwb, "baselineAdmissions"),
                field(byHwb, "plannedReduction").titled("Planned reduction (admissions)"),
                field(byHwb, "plannedReductionPercent").titled("Planned reduction (%)")),
            false,
            true));

    String schedule = "/paymentForPerformance/schedule";
    sections.add(
        new Section(
            schedule,
            "Payment schedule, as the plan's source gives it",
            "Payment",
            List.of(
                field(schedule, "payment").titled("When it is paid"),
                field(schedule, "share").asShare(),
                field(schedule, "basis")),
            false,
            true));

    String explanations = "/explanations";
    List<Column> explanationColumns = new ArrayList<>();
    explanationColumns.add(field(explanations, "rule").choosing(rules(round)).titled("Finding"));
    explanationColumns.add(field(explanations, "year").choosing(yearOptions));
    explanationColumns.add(field(explanations, "text").multiline().titled("Explanation"));
    // added from the finding itself ("Explain" on the plan page), so no "Add a row" here
    sections.add(
        new Section(
            explanations,
            "Explanations of findings",
            "Explanation",
            explanationColumns,
            true,
            false));
    return sections;
  }

  /** The round's rules as choices, each named by what it checks. */
  static List<Option> rules(Round round) {
    return round.rules().stream().map(RuleSetting::rule).map(r -> new Option(r, rule(r))).toList();
  }

  /** What a rule checks, in words. */
  static String rule(String id) {
    String words = RULES.get(id);
    if (words != null) {
      return words;
    }
    String plain = id.replace('-', ' ');
    return plain.isEmpty()
        ? plain
        : plain.substring(0, 1).toUpperCase(Locale.UK) + plain.substring(1);
  }

  private static Section single(String heading, List<Column> columns) {
    return new Section("", heading, "", columns, false, false);
  }

  /** One amount per year of a per-year object ({@code amounts/2017-18}), titled with the year. */
  private static List<Column> byYear(
      String rows, String suffix, String title, List<FinancialYear> years) {
    return years.stream()
        .map(y -> field(rows, suffix + "/" + y).titled(title + " " + y.display()))
        .toList();
  }

  private static Column field(String rows, String suffix) {
    return Column.described(rows, suffix);
  }
}
