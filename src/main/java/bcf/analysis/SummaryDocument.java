package bcf.analysis;

import static bcf.finance.FigureKey.Kind.*;

import bcf.finance.DeclaredCheck;
import bcf.finance.Figures;
import bcf.finance.FinancialSummary;
import bcf.finance.SourcesVsUses;
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
import java.util.Map;
import java.util.SortedMap;
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
    ObjectNode root = NODES.objectNode();
    ObjectNode planNode = root.putObject("plan");
    planNode.put("id", plan.id());
    planNode.put("round", plan.round());
    if (plan.title() != null) {
      planNode.put("title", plan.title());
    }
    ArrayNode hwbs = planNode.putArray("hwbs");
    plan.hwbs().forEach(h -> hwbs.add(h.name()));
    ArrayNode years = root.putArray("years");
    summary.years().forEach(y -> years.add(y.toString()));

    Figures figures = summary.figures();
    root.set("income", income(figures, summary.years()));
    root.set("expenditure", expenditure(figures, summary.years()));
    root.set("sourcesVsUses", sourcesVsUses(summary.sourcesVsUses()));
    root.set("minimumContributions", minimumContributions(plan, summary));
    if (plan.isJoint()) {
      ObjectNode byHwb = root.putObject("hwbs");
      summary
          .figuresByHwb()
          .forEach(
              (hwb, part) -> {
                ObjectNode node = byHwb.putObject(hwb);
                node.set("income", income(part, summary.years()));
                node.set("expenditure", expenditure(part, summary.years()));
              });
    }
    if (!plan.dfg().isEmpty()) {
      ObjectNode dfg = root.putObject("dfg");
      dfg.set("passThrough", years(figures.years(DFG_PASS_THROUGH.key()), summary.years()));
      dfg.set(
          "passThroughByDistrict",
          breakdown(figures.under(DFG_PASS_THROUGH_BY_DISTRICT), summary.years()));
      dfg.set("allocation", years(figures.years(DFG_ALLOCATION.key()), summary.years()));
      dfg.set(
          "allocationByDistrict",
          breakdown(figures.under(DFG_ALLOCATION_BY_DISTRICT), summary.years()));
      dfg.set("carriedForward", years(figures.years(DFG_CARRIED_FORWARD.key()), summary.years()));
    }
    if (!plan.ibcf().purposes().isEmpty() || figures.has(INCOME_BY_SOURCE.key("ibcf"))) {
      ObjectNode ibcf = root.putObject("ibcf");
      ibcf.set("contribution", years(figures.years(INCOME_BY_SOURCE.key("ibcf")), summary.years()));
      ibcf.set("total", years(figures.years(IBCF_TOTAL.key()), summary.years()));
      ibcf.set("byPurpose", breakdown(figures.under(IBCF_BY_PURPOSE), summary.years()));
    }
    if (!plan.outOfHospital().isEmpty()) {
      ObjectNode ooh = root.putObject("outOfHospital");
      ooh.set("spend", years(figures.years(OUT_OF_HOSPITAL_SPEND.key()), summary.years()));
      ooh.set(
          "byAreaOfSpend",
          breakdown(figures.under(OUT_OF_HOSPITAL_SPEND_BY_AREA), summary.years()));
      ooh.set("ringFence", years(figures.years(OUT_OF_HOSPITAL_RING_FENCE.key()), summary.years()));
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
    root.set("declared", declared(plan, summary));
    root.set("findings", findings(findings));
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

  private static ObjectNode income(Figures figures, List<FinancialYear> years) {
    ObjectNode income = NODES.objectNode();
    income.set("total", years(figures.years(INCOME_TOTAL.key()), years));
    income.set("minimum", years(figures.years(INCOME_MINIMUM.key()), years));
    income.set("bySource", breakdown(figures.under(INCOME_BY_SOURCE), years));
    income.set("byOrganisation", breakdown(figures.under(INCOME_BY_ORGANISATION), years));
    income.set("byHwb", breakdown(figures.under(INCOME_BY_HWB), years));
    return income;
  }

  private static ObjectNode expenditure(Figures figures, List<FinancialYear> years) {
    ObjectNode expenditure = NODES.objectNode();
    expenditure.set("total", years(figures.years(EXPENDITURE_TOTAL.key()), years));
    expenditure.set("recurrent", years(figures.years(EXPENDITURE_RECURRENT.key()), years));
    expenditure.set("nonRecurrent", years(figures.years(EXPENDITURE_NON_RECURRENT.key()), years));
    expenditure.set("byScheme", breakdown(figures.under(EXPENDITURE_BY_SCHEME), years));
    expenditure.set("byTheme", breakdown(figures.under(EXPENDITURE_BY_THEME), years));
    expenditure.set("byAreaOfSpend", breakdown(figures.under(EXPENDITURE_BY_AREA_OF_SPEND), years));
    expenditure.set("bySource", breakdown(figures.under(EXPENDITURE_BY_SOURCE), years));
    expenditure.set("byHwb", breakdown(figures.under(EXPENDITURE_BY_HWB), years));
    expenditure.set("benefits", years(figures.years(BENEFITS_TOTAL.key()), years));
    return expenditure;
  }

  private static ObjectNode sourcesVsUses(SourcesVsUses sourcesVsUses) {
    ObjectNode node = NODES.objectNode();
    for (SourcesVsUses.Balance balance : sourcesVsUses.byYear()) {
      ObjectNode y = node.putObject(balance.year().toString());
      money(y, "income", balance.income().map(Tally::amount).orElse(null));
      money(y, "expenditure", balance.expenditure().map(Tally::amount).orElse(null));
      balance.comparison().ifPresent(c -> money(y, "difference", c.difference()));
    }
    return node;
  }

  private static ArrayNode minimumContributions(Plan plan, FinancialSummary summary) {
    ArrayNode array = NODES.arrayNode();
    for (var check : summary.minimumContributions()) {
      ObjectNode node = array.addObject();
      node.put("organisation", check.organisation());
      node.put("name", plan.organisationName(check.organisation()));
      node.put("year", check.year().toString());
      money(node, "minimum", check.minimum());
      money(node, "actual", check.actual().amount());
      money(node, "surplus", check.surplus());
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

  private static ArrayNode declared(Plan plan, FinancialSummary summary) {
    ArrayNode array = NODES.arrayNode();
    for (DeclaredCheck check : summary.declared()) {
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

  private static ObjectNode breakdown(
      Map<String, SortedMap<FinancialYear, Tally>> figures, List<FinancialYear> years) {
    ObjectNode node = NODES.objectNode();
    figures.forEach((key, values) -> node.set(key, years(values, years)));
    return node;
  }

  private static ObjectNode years(
      SortedMap<FinancialYear, Tally> values, List<FinancialYear> years) {
    ObjectNode node = NODES.objectNode();
    values.forEach((year, tally) -> money(node, year.toString(), tally.amount()));
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
