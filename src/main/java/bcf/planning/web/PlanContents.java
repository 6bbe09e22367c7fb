package bcf.planning.web;

import bcf.analysis.PlanReport;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.metric.Actual;
import bcf.metric.MetricAssessment;
import bcf.metric.MetricAssessor;
import bcf.metric.Observed;
import bcf.metric.PlanMetrics;
import bcf.plan.ConditionAnswer;
import bcf.plan.Contribution;
import bcf.plan.Dfg;
import bcf.plan.Hwb;
import bcf.plan.Ibcf;
import bcf.plan.MetricAmbition;
import bcf.plan.NarrativeSection;
import bcf.plan.Organisation;
import bcf.plan.OutOfHospital;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.Risk;
import bcf.plan.Scheme;
import bcf.plan.SocialCareMaintenance;
import bcf.plan.Split;
import bcf.plan.YearAmounts;
import bcf.plan.json.PlanSchema;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.Round;
import bcf.statistics.chart.ChartNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Every part of a plan as a reader sees it on the plan page: organisations and HWBs, finance,
 * schemes, national conditions, narrative, risks and metrics, each value in words (names for codes,
 * money in pounds, dates written out) and each part only when the plan has it.
 */
public record PlanContents(
    List<Named> hwbs,
    List<OrganisationLine> organisations,
    List<ContributionLine> contributions,
    Finance finance,
    List<String> schemeYears,
    List<SchemeLine> schemes,
    List<ConditionLine> conditions,
    List<NarrativeLine> narrative,
    List<RiskLine> risks,
    List<MetricsOfHwb> metrics) {

  /** A name and what is said about it ("Warwickshire", "Warwickshire County Council, West..."). */
  public record Named(String name, String detail) {}

  /** A label and a value, for GOV.UK summary lists. */
  public record Field(String label, String value) {}

  public record OrganisationLine(String name, String type, String hwbs, String notes) {}

  public record ContributionLine(
      String organisation,
      String source,
      String description,
      String year,
      String minimum,
      String actual) {}

  /** A labelled row of amounts, one per column year ("" where none is given). */
  public record AmountRow(String label, List<String> amounts) {}

  /** A small table: its column headings and rows of cells. */
  public record Table(List<String> headings, List<List<String>> rows) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /** The finance part: each piece is empty when the plan does not give it. */
  public record Finance(
      List<Field> pooledBudget,
      Table pools,
      Table riskShares,
      Table dfgPassThrough,
      Table dfgAllocation,
      List<AmountRow> dfgComputed,
      Table ibcfPurposes,
      Table outOfHospital,
      List<AmountRow> outOfHospitalComputed,
      Table socialCareMaintenance,
      Table contingency,
      List<Field> paymentForPerformance,
      Table paymentByHwb,
      List<String> years) {

    public boolean isEmpty() {
      return pooledBudget.isEmpty()
          && pools.isEmpty()
          && riskShares.isEmpty()
          && dfgPassThrough.isEmpty()
          && dfgAllocation.isEmpty()
          && ibcfPurposes.isEmpty()
          && outOfHospital.isEmpty()
          && socialCareMaintenance.isEmpty()
          && contingency.isEmpty()
          && paymentForPerformance.isEmpty();
    }
  }

  /** A scheme: the summary table's cells, and every field for its details. */
  public record SchemeLine(
      String name,
      String type,
      String leadProvider,
      String source,
      List<String> spend,
      List<Field> details,
      Table spendByYear) {}

  public record ConditionLine(
      String condition,
      String hwb,
      String status,
      String statusTag,
      String expected,
      String evidence,
      List<Field> more) {}

  public record NarrativeLine(String title, String hwb, List<String> paragraphs) {}

  public record RiskLine(String description, List<Field> fields) {}

  /** One HWB's metrics: the plan's baseline and plan with the latest actual and its judgement. */
  public record MetricsOfHwb(String hwb, List<MetricLine> lines) {}

  public record MetricLine(
      String name,
      String baseline,
      String plan,
      String latest,
      String judgement,
      String tag,
      String ragCode) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The parts of {@code view}'s plan; {@code actuals} are the plan's imported actuals. */
  public static PlanContents of(PlanReport report, Round round, Collection<Actual> actuals) {
    Plan plan = report.plan();
    List<FinancialYear> years = report.years();
    return new PlanContents(
        plan.hwbs().stream().map(PlanContents::hwb).toList(),
        plan.organisations().stream().map(o -> organisation(o, plan)).toList(),
        plan.contributions().stream().map(c -> contribution(c, plan, round)).toList(),
        finance(report, round, years),
        years.stream().map(FinancialYear::display).toList(),
        plan.schemes().stream().map(s -> scheme(s, plan, round, years)).toList(),
        plan.nationalConditions().stream().map(c -> condition(c, plan, round)).toList(),
        plan.narrative().stream().map(n -> narrative(n, plan)).toList(),
        risks(plan),
        metrics(plan, round, actuals));
  }

  private static Named hwb(Hwb hwb) {
    List<String> detail = new ArrayList<>();
    given(hwb.localAuthority()).ifPresent(detail::add);
    given(hwb.region()).ifPresent(r -> detail.add(r + " region"));
    given(hwb.boundaryNotes()).ifPresent(detail::add);
    return new Named(hwb.name(), String.join("; ", detail));
  }

  private static OrganisationLine organisation(Organisation o, Plan plan) {
    return new OrganisationLine(
        o.name(),
        organisationType(o.type()),
        String.join(", ", o.hwbs().stream().map(h -> hwbName(h, plan)).toList()),
        text(o.notes()));
  }

  /** Organisation types are codes in the document ({@code local-authority}); said in words. */
  static String organisationType(String type) {
    if (type == null) {
      return "";
    }
    return switch (type) {
      case "local-authority" -> "Council";
      case "district-council" -> "District council";
      case "ccg" -> "CCG";
      case "icb" -> "ICB";
      case "nhs-trust" -> "NHS trust";
      case "voluntary" -> "Voluntary sector";
      case "other" -> "Other";
      default -> capitalised(type.replace('-', ' '));
    };
  }

  private static ContributionLine contribution(Contribution c, Plan plan, Round round) {
    return new ContributionLine(
        c.organisation() == null ? "" : plan.organisationName(c.organisation()),
        stream(c.stream(), round),
        text(c.description()),
        c.year() == null ? "" : c.year().display(),
        money(c.minimum()),
        money(c.actual()));
  }

  private static Finance finance(PlanReport report, Round round, List<FinancialYear> years) {
    Plan plan = report.plan();
    PooledBudget pooled = plan.pooledBudget() == null ? PooledBudget.NONE : plan.pooledBudget();
    List<Field> pooledBudget = new ArrayList<>();
    field(pooledBudget, "Host", organisationOrText(pooled.host(), plan));
    field(pooledBudget, "Arrangement", pooled.arrangement());
    field(pooledBudget, "Risk share", pooled.riskShare());
    List<String> yearHeadings = years.stream().map(FinancialYear::display).toList();

    Table pools =
        table(
            headings("Pool", "Host", "HWBs", "Risk share", "Notes", yearHeadings),
            pooled.pools().stream()
                .map(
                    p ->
                        row(
                            List.of(
                                text(p.name()),
                                organisationOrText(p.host(), plan),
                                String.join(
                                    ", ", p.hwbs().stream().map(h -> hwbName(h, plan)).toList()),
                                text(p.riskShare()),
                                text(p.notes())),
                            amounts(p.amounts(), years)))
                .toList());
    Table riskShares =
        table(
            List.of("Risk share", "Amount", "Share retained", "Retained", "Condition"),
            pooled.riskShares().stream()
                .map(
                    r ->
                        List.of(
                            text(r.description()),
                            byYear(r.amount()),
                            r.retainedShare() == null ? "" : percent(r.retainedShare().value()),
                            byYear(r.retained()),
                            text(r.condition())))
                .toList());

    Dfg dfg = plan.dfg() == null ? Dfg.NONE : plan.dfg();
    boolean joint = plan.isJoint();
    Table passThrough =
        table(
            joint
                ? List.of("Housing authority", "HWB", "Year", "Amount")
                : List.of("Housing authority", "Year", "Amount"),
            dfg.passThrough().stream()
                .map(
                    p ->
                        withHwb(
                            joint,
                            hwbName(p.hwb(), plan),
                            organisationOrText(p.district(), plan),
                            p.year() == null ? "" : p.year().display(),
                            money(p.amount())))
                .toList());
    Table allocation =
        table(
            joint
                ? List.of("Housing authority", "HWB", "Year", "Total", "From the DFG", "Other")
                : List.of("Housing authority", "Year", "Total", "From the DFG", "Other"),
            dfg.allocation().stream()
                .map(
                    a ->
                        withHwb(
                            joint,
                            hwbName(a.hwb(), plan),
                            organisationOrText(a.district(), plan),
                            a.year() == null ? "" : a.year().display(),
                            money(a.total()),
                            money(a.dfg()),
                            money(a.other())))
                .toList());
    List<AmountRow> dfgComputed =
        dfg.isEmpty() ? List.of() : computed(report.section(PlanReport.DFG), years);

    Ibcf ibcf = plan.ibcf() == null ? Ibcf.NONE : plan.ibcf();
    Table purposes =
        table(
            headings("Purpose", "Objectives", yearHeadings),
            ibcf.purposes().stream()
                .map(
                    p ->
                        row(
                            List.of(text(p.purpose()), text(p.objectives())),
                            amounts(p.amounts(), years)))
                .toList());

    OutOfHospital ooh = plan.outOfHospital() == null ? OutOfHospital.NONE : plan.outOfHospital();
    List<List<String>> oohRows = new ArrayList<>();
    for (OutOfHospital.AreaSpend area : ooh.spend()) {
      oohRows.add(row(List.of(text(area.areaOfSpend())), amounts(area.amounts(), years)));
    }
    if (!ooh.ringFence().isEmpty()) {
      oohRows.add(row(List.of("Ring-fence"), amounts(ooh.ringFence(), years)));
    }
    Table outOfHospital = table(headings("Area of spend", yearHeadings), oohRows);
    List<AmountRow> oohComputed =
        ooh.isEmpty() ? List.of() : computed(report.section(PlanReport.OUT_OF_HOSPITAL), years);

    SocialCareMaintenance care = plan.socialCareMaintenance();
    List<List<String>> careRows = new ArrayList<>();
    if (care != null && !care.isEmpty()) {
      if (!care.baseline().isEmpty()) {
        careRows.add(row(List.of("Previous year's spend"), amounts(care.baseline(), years)));
      }
      if (!care.planned().isEmpty()) {
        careRows.add(row(List.of("Planned spend"), amounts(care.planned(), years)));
      }
      if (!care.uplift().isEmpty()) {
        careRows.add(
            row(
                List.of("Inflation uplift"),
                years.stream()
                    .map(y -> care.uplift().get(y) == null ? "" : percent(care.uplift().get(y)))
                    .toList()));
      }
    }
    Table socialCare = table(headings("Figure", yearHeadings), careRows);

    Table contingency =
        table(
            joint
                ? List.of("Period", "HWB", "Savings planned", "Maximum support needed")
                : List.of("Period", "Savings planned", "Maximum support needed"),
            plan.contingency().stream()
                .map(
                    c ->
                        withHwb(
                            joint,
                            hwbName(c.hwb(), plan),
                            bcf.kernel.PeriodWords.of(c.period()),
                            money(c.plannedSavings()),
                            money(c.maximumSupport())))
                .toList());

    PaymentForPerformance pfp = plan.paymentForPerformance();
    List<Field> payment = new ArrayList<>();
    Table byHwb = table(List.of(), List.of());
    if (pfp != null) {
      field(
          payment,
          "Value of each avoided emergency admission",
          money(pfp.valuePerAvoidedAdmission()));
      byHwb =
          table(
              List.of("HWB", "Baseline admissions", "Planned reduction", "Planned reduction (%)"),
              pfp.byHwb().stream()
                  .map(
                      h ->
                          List.of(
                              hwbName(h.hwb(), plan),
                              number(h.baselineAdmissions()),
                              number(h.plannedReduction()),
                              h.plannedReductionPercent() == null
                                  ? ""
                                  : number(h.plannedReductionPercent()) + "%"))
                  .toList());
    }
    return new Finance(
        pooledBudget,
        pools,
        riskShares,
        passThrough,
        allocation,
        dfgComputed,
        purposes,
        outOfHospital,
        oohComputed,
        socialCare,
        contingency,
        payment,
        byHwb,
        yearHeadings);
  }

  private static SchemeLine scheme(Scheme s, Plan plan, Round round, List<FinancialYear> years) {
    List<Field> details = new ArrayList<>();
    if (plan.isJoint()) {
      field(details, "HWB", hwbName(s.hwb(), plan));
    }
    field(details, "Description", s.description());
    field(details, "Theme", s.theme());
    field(details, "Type", s.type());
    field(details, "Sub-type", s.subType());
    field(details, "Lead provider", organisationOrText(s.leadProvider(), plan));
    field(details, "Provider type", s.providerType());
    field(details, "Commissioner", organisationOrText(s.commissioner(), plan));
    field(details, "Area of spend", s.areaOfSpend());
    field(details, "Source of funding", stream(s.source(), round));
    field(details, "New or existing", choice("/schemes", "newOrExisting", s.newOrExisting()));
    field(details, "Degree of pooling", s.pooling());
    field(details, "Outputs", s.outputs());
    List<List<String>> rows = new ArrayList<>();
    TreeSet<FinancialYear> schemeYears = new TreeSet<>(s.spend().keySet());
    schemeYears.addAll(s.benefits().keySet());
    for (FinancialYear year : schemeYears) {
      Split spend = s.spend().get(year);
      Split benefits = s.benefits().get(year);
      rows.add(
          List.of(
              year.display(),
              spend == null ? "" : money(spend.recurrent()),
              spend == null ? "" : money(spend.nonRecurrent()),
              spend == null ? "" : spend.amount().map(Money::format).orElse(""),
              benefits == null ? "" : benefits.amount().map(Money::format).orElse("")));
    }
    return new SchemeLine(
        s.name(),
        firstGiven(s.type(), s.theme()),
        organisationOrText(s.leadProvider(), plan),
        stream(s.source(), round),
        years.stream().map(y -> spend(s.spend(), y).map(Money::format).orElse("")).toList(),
        details,
        table(List.of("Year", "Recurrent", "Non-recurrent", "Spend", "Benefits"), rows));
  }

  private static Optional<Money> spend(SortedMap<FinancialYear, Split> spend, FinancialYear y) {
    Split split = spend.get(y);
    return split == null ? Optional.empty() : split.amount();
  }

  private static ConditionLine condition(ConditionAnswer c, Plan plan, Round round) {
    Optional<ConditionDefinition> definition = round.condition(c.condition());
    String name = definition.map(ConditionDefinition::name).orElse(text(c.condition()));
    if (c.subItem() != null) {
      name =
          name
              + ": "
              + definition.stream()
                  .flatMap(d -> d.subItems().stream())
                  .filter(s -> s.code().equals(c.subItem()))
                  .map(ConditionDefinition.SubItem::name)
                  .findFirst()
                  .orElse(c.subItem());
    }
    List<Field> more = new ArrayList<>();
    field(
        more,
        "Answer as printed",
        c.answer() == null ? null : c.answer() == ConditionAnswer.Answer.YES ? "Yes" : "No");
    field(more, "Why not met", c.explanation());
    field(
        more,
        "Share of the region's plans meeting it",
        c.regionalPercentMet() == null ? null : percent(c.regionalPercentMet()));
    return new ConditionLine(
        name,
        plan.isJoint() && c.hwb() != null ? hwbName(c.hwb(), plan) : "",
        c.status() == null
            ? "Not stated"
            : c.status() == ConditionAnswer.Status.MET ? "Met" : "Not met",
        c.status() == null
            ? "govuk-tag--grey"
            : c.status() == ConditionAnswer.Status.MET ? "govuk-tag--green" : "govuk-tag--red",
        // the source's own words where it gives no exact date ("before the Autumn 2014")
        c.expectedDate() == null && c.expectedDateText() != null && !c.expectedDateText().isBlank()
            ? c.expectedDateText().strip()
            : date(c.expectedDate()),
        text(c.evidence()),
        more);
  }

  private static NarrativeLine narrative(NarrativeSection n, Plan plan) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text(n.text()).split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    return new NarrativeLine(
        given(n.title()).orElse(capitalised(text(n.key()).replace('-', ' '))),
        plan.isJoint() && n.hwb() != null ? hwbName(n.hwb(), plan) : "",
        paragraphs);
  }

  private static List<RiskLine> risks(Plan plan) {
    List<RiskLine> lines = new ArrayList<>();
    for (Risk r : plan.risks()) {
      List<Field> fields = new ArrayList<>();
      if (plan.isJoint()) {
        field(fields, "HWB", r.hwb() == null ? null : hwbName(r.hwb(), plan));
      }
      field(fields, "Likelihood", r.likelihood() == null ? null : r.likelihood().toString());
      field(fields, "Impact", r.impact() == null ? null : r.impact().toString());
      field(fields, "Score", r.score() == null ? null : r.score().toString());
      field(fields, "Rating", r.rating());
      field(fields, "Mitigation", r.mitigation());
      field(fields, "Owner", r.owner());
      field(fields, "Managed at", r.level() == null ? null : capitalised(r.level()));
      field(fields, "Review date", date(r.reviewDate()));
      lines.add(new RiskLine(text(r.description()), fields));
    }
    return lines;
  }

  private static List<MetricsOfHwb> metrics(Plan plan, Round round, Collection<Actual> actuals) {
    if (plan.metrics().isEmpty()) {
      return List.of();
    }
    List<MetricAssessment> assessed = MetricAssessor.assess(new PlanMetrics(plan, round), actuals);
    List<MetricsOfHwb> byHwb = new ArrayList<>();
    for (Hwb hwb : plan.hwbs()) {
      List<MetricLine> lines = new ArrayList<>();
      for (MetricAmbition ambition : plan.metrics()) {
        if (ambition.hwb() != null && !ambition.hwb().equals(hwb.id())) {
          continue;
        }
        Optional<MetricAssessment> assessment =
            assessed.stream()
                .filter(a -> a.hwb().equals(hwb.id()) && a.spec().code().equals(ambition.metric()))
                .findFirst();
        lines.add(
            assessment.map(PlanContents::metricLine).orElseGet(() -> statedOnly(ambition, round)));
      }
      if (!lines.isEmpty()) {
        byHwb.add(new MetricsOfHwb(hwb.name(), lines));
      }
    }
    return byHwb;
  }

  /** A metric bcf measures: its baseline, plan, latest actual and the judgement of it. */
  private static MetricLine metricLine(MetricAssessment a) {
    String unit = a.spec().unit().isEmpty() ? "" : " " + a.spec().unit();
    Observed baseline = a.baseline();
    Observed latest = a.latest().orElse(null);
    MetricAssessment.PlanValue last = a.plan().isEmpty() ? null : a.plan().get(a.plan().size() - 1);
    String plan;
    if (latest != null && latest.plan() != null) {
      plan = ChartNumbers.value(latest.plan()) + unit + " (" + period(latest) + ")";
    } else if (last != null) {
      plan =
          ChartNumbers.value(last.value())
              + unit
              + " ("
              + period(last.label(), last.period())
              + ")";
    } else {
      plan = NOT_GIVEN;
    }
    boolean judged = latest != null && latest.rag() != null;
    return new MetricLine(
        a.spec().name(),
        baseline == null
            ? NOT_GIVEN
            : ChartNumbers.value(baseline.value()) + unit + " (" + period(baseline) + ")",
        plan,
        latest == null
            ? "No actuals yet"
            : ChartNumbers.value(latest.value()) + unit + " (" + period(latest) + ")",
        judged ? latest.rag().label() : "No judgement",
        !judged
            ? "govuk-tag--grey"
            : switch (latest.rag()) {
              case GREEN -> "govuk-tag--green";
              case AMBER -> "govuk-tag--yellow";
              case RED -> "govuk-tag--red";
            },
        judged ? latest.rag().code() : "none");
  }

  /** A metric bcf cannot measure (a local one without a definition): what the plan states. */
  private static MetricLine statedOnly(MetricAmbition ambition, Round round) {
    String name =
        ambition.name() != null
            ? ambition.name()
            : round
                .metric(ambition.metric())
                .map(d -> d.name())
                .orElse(capitalised(text(ambition.metric()).replace('-', ' ')));
    MetricAmbition.Observation baseline = ambition.baseline();
    MetricAmbition.Observation target =
        ambition.targets().isEmpty() ? null : ambition.targets().get(ambition.targets().size() - 1);
    return new MetricLine(
        name,
        stated(baseline),
        stated(target),
        "Not measured by bcf",
        "No judgement",
        "govuk-tag--grey",
        "none");
  }

  private static String stated(MetricAmbition.Observation o) {
    if (o == null || o.value() == null) {
      return NOT_GIVEN;
    }
    return number(o.value()) + " (" + period(o.periodLabel(), o.period()) + ")";
  }

  private static final String NOT_GIVEN = "Not given";

  private static String period(Observed o) {
    return period(o.label(), o.period());
  }

  /** The period as the plan labels it (without its brackets), else in words. */
  private static String period(String label, Period period) {
    if (label != null && !label.isBlank() && (period == null || !label.equals(period.toString()))) {
      String bare = label.strip();
      return bare.startsWith("(") && bare.endsWith(")")
          ? bare.substring(1, bare.length() - 1)
          : bare;
    }
    return period == null ? "period not given" : period(period);
  }

  /** The period in words: "November 2015", "Quarter 1 (April to June 2017)", "2017/18". */
  private static String period(Period period) {
    return bcf.kernel.PeriodWords.of(period);
  }

  /** The report's computed rows of a section ("Passed to housing authorities"), per year. */
  private static List<AmountRow> computed(PlanReport.Section section, List<FinancialYear> years) {
    return section.rows().stream()
        .filter(r -> !r.isEmpty())
        .map(
            r ->
                new AmountRow(
                    r.label(),
                    years.stream().map(y -> r.amount(y).map(Money::format).orElse("")).toList()))
        .toList();
  }

  private static String stream(String code, Round round) {
    if (code == null) {
      return "";
    }
    return round.fundingStream(code).map(FundingStream::name).orElse(code);
  }

  /** An organisation's name where the value is one's id, else the text as the plan gives it. */
  private static String organisationOrText(String value, Plan plan) {
    if (value == null) {
      return "";
    }
    return plan.organisation(value).map(Organisation::name).orElse(value);
  }

  private static String hwbName(String id, Plan plan) {
    if (id == null) {
      return "";
    }
    return plan.hwb(id).map(Hwb::name).orElse(id);
  }

  /** A fixed choice's title from the plan schema ("existing" as "Existing"). */
  private static String choice(String rows, String field, String value) {
    if (value == null) {
      return null;
    }
    for (PlanSchema.Choice c : PlanSchema.get().field(rows, field).choices()) {
      if (c.value().equals(value)) {
        return c.title();
      }
    }
    return value;
  }

  private static String byYear(YearAmounts amounts) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<FinancialYear, Money> e : amounts.values().entrySet()) {
      if (e.getValue() != null) {
        parts.add(e.getKey().display() + ": " + e.getValue().format());
      }
    }
    return String.join("; ", parts);
  }

  private static List<String> amounts(YearAmounts amounts, List<FinancialYear> years) {
    return years.stream().map(y -> amounts.get(y).map(Money::format).orElse("")).toList();
  }

  private static List<String> headings(String a, List<String> years) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(years);
    return all;
  }

  private static List<String> headings(String a, String b, List<String> years) {
    List<String> all = new ArrayList<>(List.of(a, b));
    all.addAll(years);
    return all;
  }

  private static List<String> headings(
      String a, String b, String c, String d, String e, List<String> years) {
    List<String> all = new ArrayList<>(List.of(a, b, c, d, e));
    all.addAll(years);
    return all;
  }

  private static List<String> row(List<String> cells, List<String> amounts) {
    List<String> all = new ArrayList<>(cells);
    all.addAll(amounts);
    return all;
  }

  private static List<String> withHwb(boolean joint, String hwb, String first, String... rest) {
    List<String> cells = new ArrayList<>();
    cells.add(first);
    if (joint) {
      cells.add(hwb);
    }
    cells.addAll(List.of(rest));
    return cells;
  }

  private static Table table(List<String> headings, List<List<String>> rows) {
    return new Table(headings, rows);
  }

  private static void field(List<Field> fields, String label, String value) {
    given(value).ifPresent(v -> fields.add(new Field(label, v)));
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static String firstGiven(String a, String b) {
    return given(a).or(() -> given(b)).orElse("");
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String money(Money amount) {
    return amount == null ? "" : amount.format();
  }

  private static String number(BigDecimal value) {
    return value == null
        ? ""
        : new java.text.DecimalFormat(
                "#,##0.##########", java.text.DecimalFormatSymbols.getInstance(Locale.UK))
            .format(value);
  }

  /** A fraction (0.0179) as a percentage ("1.79%"). */
  private static String percent(BigDecimal fraction) {
    return fraction
            .multiply(BigDecimal.valueOf(100))
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  private static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
