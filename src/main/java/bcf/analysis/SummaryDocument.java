package bcf.analysis;

import static bcf.finance.FigureKey.Kind.*;

import bcf.analysis.PlanReport.Row;
import bcf.analysis.PlanReport.Section;
import bcf.finance.DeclaredCheck;
import bcf.finance.FinancialSummary;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ContingencyLine;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.validation.Finding;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The summary of a plan as JSON: the output contract of {@code ./bcf summary --format json} and of
 * the API's summary endpoint. Amounts are pounds as JSON numbers, years as {@code 2017-18}. Extend
 * it; never break it.
 */
public final class SummaryDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SummaryDocument() {}

  public static ObjectNode of(
      Plan plan, Round round, FinancialSummary summary, List<Finding> findings) {
    return of(PlanReport.of(new PlanAnalysis(plan, round, summary, findings)));
  }

  /** The summary document of a plan's report. */
  public static ObjectNode of(PlanReport report) {
    Plan plan = report.plan();
    Round round = report.analysis().round();
    FinancialSummary summary = report.summary();
    ObjectNode root = NODES.objectNode();
    ObjectNode planNode = root.putObject("plan");
    planNode.put("id", plan.id());
    planNode.put("round", plan.round());
    if (plan.title() != null) {
      planNode.put("title", plan.title());
    }
    ArrayNode hwbs = planNode.putArray("hwbs");
    report.hwbNames().forEach(hwbs::add);
    ArrayNode years = root.putArray("years");
    report.years().forEach(y -> years.add(y.toString()));

    root.set("income", income(report.section(PlanReport.INCOME)));
    root.set("expenditure", expenditure(report.section(PlanReport.EXPENDITURE)));
    root.set(
        "sourcesVsUses",
        sourcesVsUses(report.section(PlanReport.SOURCES_AND_USES), report.years()));
    root.set("minimumContributions", minimumContributions(report.minimumContributions()));
    if (plan.isJoint()) {
      ObjectNode byHwb = root.putObject("hwbs");
      report
          .byHwb()
          .forEach(
              (hwb, sections) -> {
                ObjectNode node = byHwb.putObject(hwb);
                for (Section section : sections) {
                  node.set(
                      section.id(),
                      section.id().equals(PlanReport.INCOME)
                          ? income(section)
                          : expenditure(section));
                }
              });
    }
    if (!plan.dfg().isEmpty()) {
      Section section = report.section(PlanReport.DFG);
      ObjectNode dfg = root.putObject("dfg");
      dfg.set("passThrough", years(section.row(DFG_PASS_THROUGH.key())));
      dfg.set("passThroughByDistrict", breakdown(section.table("dfg-pass-through-by-district")));
      dfg.set("allocation", years(section.row(DFG_ALLOCATION.key())));
      dfg.set("allocationByDistrict", breakdown(section.table("dfg-allocation-by-district")));
      dfg.set("carriedForward", years(section.row(DFG_CARRIED_FORWARD.key())));
    }
    Section ibcfSection = report.section(PlanReport.IBCF);
    if (!plan.ibcf().purposes().isEmpty()
        || !ibcfSection.row(INCOME_BY_SOURCE.key("ibcf")).isEmpty()) {
      ObjectNode ibcf = root.putObject("ibcf");
      ibcf.set("contribution", years(ibcfSection.row(INCOME_BY_SOURCE.key("ibcf"))));
      ibcf.set("total", years(ibcfSection.row(IBCF_TOTAL.key())));
      ibcf.set("byPurpose", breakdown(ibcfSection.table("ibcf-by-purpose")));
    }
    if (!plan.outOfHospital().isEmpty()) {
      Section section = report.section(PlanReport.OUT_OF_HOSPITAL);
      ObjectNode ooh = root.putObject("outOfHospital");
      ooh.set("spend", years(section.row(OUT_OF_HOSPITAL_SPEND.key())));
      ooh.set("byAreaOfSpend", breakdown(section.table("out-of-hospital-by-area")));
      ooh.set("ringFence", years(section.row(OUT_OF_HOSPITAL_RING_FENCE.key())));
    }
    if (!summary.socialCareMaintenance().isEmpty()) {
      ArrayNode scm = root.putArray("socialCareMaintenance");
      for (var result : summary.socialCareMaintenance()) {
        ObjectNode node = scm.addObject();
        node.put("year", result.year().toString());
        decimal(node, "upliftRequired", result.upliftRequired());
        decimal(node, "upliftStated", result.upliftStated());
        money(node, "baseline", result.baseline());
        money(node, "required", result.required());
        money(node, "planned", result.planned());
      }
    }
    if (!plan.contingency().isEmpty()) {
      ArrayNode contingency = root.putArray("contingency");
      for (ContingencyLine line : plan.contingency()) {
        ObjectNode node = contingency.addObject();
        if (line.hwb() != null) {
          node.put("hwb", line.hwb());
        }
        node.put("period", line.period());
        money(node, "plannedSavings", line.plannedSavings());
        money(node, "maximumSupport", line.maximumSupport());
      }
    }
    if (!summary.riskShares().isEmpty()) {
      ArrayNode shares = root.putArray("riskShares");
      for (var share : summary.riskShares()) {
        ObjectNode node = shares.addObject();
        node.put("id", share.id());
        node.put("description", share.description());
        node.put("year", share.year().toString());
        money(node, "atRisk", share.atRisk());
        if (share.retainedShare() != null) {
          node.put("retainedShare", share.retainedShare().value());
        }
        money(node, "retainedComputed", share.retainedComputed());
        money(node, "retainedDeclared", share.retainedDeclared());
      }
    }
    if (round.paymentForPerformanceTerms().isPresent() || plan.paymentForPerformance() != null) {
      summary
          .paymentForPerformance()
          .ifPresent(
              p4p -> {
                ObjectNode node = root.putObject("paymentForPerformance");
                money(node, "valuePerAdmission", p4p.valuePerAvoidedAdmission());
                money(node, "maximum", p4p.maximum());
                ObjectNode byHwb = node.putObject("byHwb");
                for (var hwb : p4p.byHwb()) {
                  ObjectNode h = byHwb.putObject(hwb.hwb());
                  decimal(h, "plannedReduction", hwb.plannedReduction());
                  money(h, "maximum", hwb.maximum());
                }
                ArrayNode schedule = node.putArray("schedule");
                for (var payment : p4p.schedule()) {
                  ObjectNode p = schedule.addObject();
                  p.put("payment", payment.payment());
                  decimal(p, "share", payment.share());
                  money(p, "amount", payment.amount());
                  p.put("basis", payment.basis());
                }
              });
    }
    root.set("pooledBudget", pooledBudget(plan));
    root.set("nationalConditions", PlanSections.conditions(plan));
    root.set("metrics", PlanSections.metrics(plan, round));
    root.set("risks", PlanSections.risks(plan));
    root.set("signOffs", PlanSections.signOffs(plan));
    root.set("declared", declared(report.declared()));
    root.set("findings", findings(report.findings()));
    return root;
  }

  /** The {@code {"findings": [...]}} document of {@code validate --format json}. */
  public static ObjectNode findingsDocument(List<Finding> findings) {
    ObjectNode root = NODES.objectNode();
    root.set("findings", findings(findings));
    return root;
  }

  public static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = NODES.arrayNode();
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("rule", f.rule());
      node.put("severity", f.severity().code());
      node.put("where", f.where());
      node.put("message", f.message());
      if (f.year() != null) {
        node.put("year", f.year().toString());
      }
      decimal(node, "expected", f.expected());
      decimal(node, "actual", f.actual());
      decimal(node, "difference", f.difference());
      if (f.explanation() != null) {
        node.put("explanation", f.explanation());
      }
    }
    return array;
  }

  private static ObjectNode income(Section section) {
    ObjectNode income = NODES.objectNode();
    income.set("total", years(section.row(INCOME_TOTAL.key())));
    income.set("minimum", years(section.row(INCOME_MINIMUM.key())));
    income.set("bySource", breakdown(section.table("income-by-source")));
    income.set("byOrganisation", breakdown(section.table("income-by-organisation")));
    income.set("byHwb", breakdown(section.table("income-by-hwb")));
    return income;
  }

  private static ObjectNode expenditure(Section section) {
    ObjectNode expenditure = NODES.objectNode();
    expenditure.set("total", years(section.row(EXPENDITURE_TOTAL.key())));
    expenditure.set("recurrent", years(section.row(EXPENDITURE_RECURRENT.key())));
    expenditure.set("nonRecurrent", years(section.row(EXPENDITURE_NON_RECURRENT.key())));
    expenditure.set("byScheme", breakdown(section.table("spend-by-scheme")));
    expenditure.set("byTheme", breakdown(section.table("spend-by-theme")));
    expenditure.set("byAreaOfSpend", breakdown(section.table("spend-by-area")));
    expenditure.set("bySource", breakdown(section.table("spend-by-source")));
    expenditure.set("byHwb", breakdown(section.table("spend-by-hwb")));
    expenditure.set("benefits", years(section.row(BENEFITS_TOTAL.key())));
    return expenditure;
  }

  /** Each year of the plan with income or spend: both, and spend less income where both are. */
  private static ObjectNode sourcesVsUses(Section section, List<FinancialYear> years) {
    Row income = section.row(INCOME_TOTAL.key());
    Row spend = section.row(EXPENDITURE_TOTAL.key());
    Row difference = section.row(PlanReport.DIFFERENCE);
    ObjectNode node = NODES.objectNode();
    for (FinancialYear year : years) {
      if (income.amount(year).isEmpty() && spend.amount(year).isEmpty()) {
        continue;
      }
      ObjectNode y = node.putObject(year.toString());
      money(y, "income", income.amount(year).orElse(null));
      money(y, "expenditure", spend.amount(year).orElse(null));
      difference.amount(year).ifPresent(d -> money(y, "difference", d));
    }
    return node;
  }

  private static ArrayNode minimumContributions(List<PlanReport.MinimumLine> lines) {
    ArrayNode array = NODES.arrayNode();
    for (var line : lines) {
      ObjectNode node = array.addObject();
      node.put("organisation", line.organisation());
      node.put("name", line.name());
      node.put("year", line.year().toString());
      money(node, "minimum", line.minimum());
      money(node, "actual", line.actual());
      money(node, "surplus", line.surplus());
    }
    return array;
  }

  private static ObjectNode pooledBudget(Plan plan) {
    ObjectNode node = NODES.objectNode();
    var budget = plan.pooledBudget();
    if (budget.host() != null) {
      node.put("host", budget.host());
      node.put("hostName", plan.organisationName(budget.host()));
    }
    if (budget.arrangement() != null) {
      node.put("arrangement", budget.arrangement());
    }
    ArrayNode pools = node.putArray("pools");
    for (var pool : budget.pools()) {
      ObjectNode p = pools.addObject();
      p.put("name", pool.name());
      if (pool.host() != null) {
        p.put("host", pool.host());
        p.put("hostName", plan.organisationName(pool.host()));
      }
      ObjectNode amounts = p.putObject("amounts");
      pool.amounts().values().forEach((year, amount) -> money(amounts, year.toString(), amount));
      if (pool.riskShare() != null) {
        p.put("riskShare", pool.riskShare());
      }
    }
    return node;
  }

  private static ArrayNode declared(List<PlanReport.DeclaredLine> lines) {
    ArrayNode array = NODES.arrayNode();
    for (PlanReport.DeclaredLine line : lines) {
      DeclaredCheck check = line.check();
      DeclaredFigure d = check.declared();
      ObjectNode node = array.addObject();
      node.put("figure", d.figure());
      if (d.year() != null) {
        node.put("year", d.year().toString());
      }
      if (d.hwb() != null) {
        node.put("hwb", d.hwb());
      }
      if (d.label() != null) {
        node.put("label", d.label());
      }
      if (d.asPrinted() != null) {
        node.put("asPrinted", d.asPrinted());
      }
      money(node, "declared", d.amount());
      money(node, "computed", check.computed().map(Tally::amount).orElse(null));
      check.comparison().ifPresent(c -> money(node, "difference", c.difference()));
    }
    return array;
  }

  /** A breakdown's rows by item, each with its amounts by year. */
  private static ObjectNode breakdown(PlanReport.Table table) {
    ObjectNode node = NODES.objectNode();
    table.rows().forEach(row -> node.set(row.item().orElseThrow(), years(row)));
    return node;
  }

  /** Every year the row has an amount for. */
  private static ObjectNode years(Row row) {
    ObjectNode node = NODES.objectNode();
    row.amounts().forEach((year, amount) -> money(node, year.toString(), amount));
    return node;
  }

  static void money(ObjectNode node, String name, Money amount) {
    if (amount == null) {
      node.putNull(name);
    } else {
      node.put(name, amount.pounds());
    }
  }

  private static void decimal(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
