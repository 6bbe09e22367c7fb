package bcf.plan.json;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.plan.MetricAmbition;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.Split;
import bcf.plan.YearAmounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Plan} as a plan document in canonical form: fields in the documented order, blank
 * values and empty lists left out (except a year whose amount is blank, which is kept as null).
 * Reading the output back gives the same plan; writing it again gives the same text.
 */
public final class PlanDocumentWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public String write(Plan plan) {
    return Json.write(toJson(plan));
  }

  public ObjectNode toJson(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("documentVersion", PlanDocumentReader.DOCUMENT_VERSION);
    text(root, "id", plan.id());
    text(root, "round", plan.round());
    if (!plan.years().isEmpty()) {
      ArrayNode years = root.putArray("years");
      plan.years().forEach(y -> years.add(y.toString()));
    }
    text(root, "title", plan.title());
    if (plan.published()) {
      root.put("published", true);
    }
    root.put("statedIn", plan.statedIn().name().toLowerCase(Locale.ROOT));
    if (plan.source() != null) {
      ObjectNode source = NODES.objectNode();
      text(source, "title", plan.source().title());
      text(source, "date", plan.source().date());
      text(source, "reference", plan.source().reference());
      text(source, "notes", plan.source().notes());
      put(root, "source", source);
    }
    list(
        root,
        "hwbs",
        plan.hwbs(),
        (o, h) -> {
          text(o, "id", h.id());
          text(o, "name", h.name());
          text(o, "localAuthority", h.localAuthority());
          text(o, "region", h.region());
          text(o, "boundaryNotes", h.boundaryNotes());
        });
    list(
        root,
        "organisations",
        plan.organisations(),
        (o, org) -> {
          text(o, "id", org.id());
          text(o, "name", org.name());
          text(o, "type", org.type());
          strings(o, "hwbs", org.hwbs());
          if (!org.populationShares().isEmpty()) {
            ObjectNode shares = o.putObject("populationShares");
            org.populationShares().forEach((k, v) -> decimal(shares, k, v, true));
          }
          text(o, "notes", org.notes());
        });
    list(
        root,
        "dates",
        plan.dates(),
        (o, d) -> {
          text(o, "event", d.event());
          date(o, "date", d.date());
          text(o, "asPrinted", d.asPrinted());
        });
    pooledBudget(root, plan.pooledBudget());
    list(
        root,
        "contributions",
        plan.contributions(),
        (o, c) -> {
          text(o, "hwb", c.hwb());
          text(o, "organisation", c.organisation());
          text(o, "stream", c.stream());
          text(o, "description", c.description());
          text(o, "year", c.year().toString());
          money(o, "minimum", c.minimum());
          money(o, "actual", c.actual());
          text(o, "notes", c.notes());
        });
    list(
        root,
        "schemes",
        plan.schemes(),
        (o, s) -> {
          text(o, "id", s.id());
          text(o, "name", s.name());
          text(o, "hwb", s.hwb());
          text(o, "theme", s.theme());
          text(o, "type", s.type());
          text(o, "subType", s.subType());
          text(o, "description", s.description());
          text(o, "leadProvider", s.leadProvider());
          text(o, "providerType", s.providerType());
          text(o, "commissioner", s.commissioner());
          text(o, "areaOfSpend", s.areaOfSpend());
          text(o, "source", s.source());
          text(o, "newOrExisting", s.newOrExisting());
          text(o, "pooling", s.pooling());
          splits(o, "spend", s.spend());
          splits(o, "benefits", s.benefits());
          text(o, "outputs", s.outputs());
        });
    if (!plan.dfg().isEmpty()) {
      ObjectNode dfg = root.putObject("dfg");
      list(
          dfg,
          "passThrough",
          plan.dfg().passThrough(),
          (o, p) -> {
            text(o, "hwb", p.hwb());
            text(o, "year", p.year().toString());
            text(o, "district", p.district());
            money(o, "amount", p.amount());
          });
      list(
          dfg,
          "allocation",
          plan.dfg().allocation(),
          (o, a) -> {
            text(o, "hwb", a.hwb());
            text(o, "year", a.year().toString());
            text(o, "district", a.district());
            money(o, "total", a.total());
            money(o, "dfg", a.dfg());
            money(o, "other", a.other());
          });
      amounts(dfg, "carriedForward", plan.dfg().carriedForward());
    }
    if (!plan.ibcf().purposes().isEmpty()) {
      ObjectNode ibcf = root.putObject("ibcf");
      list(
          ibcf,
          "purposes",
          plan.ibcf().purposes(),
          (o, p) -> {
            text(o, "id", p.id());
            text(o, "purpose", p.purpose());
            text(o, "objectives", p.objectives());
            amounts(o, "amounts", p.amounts());
          });
    }
    if (!plan.outOfHospital().isEmpty()) {
      ObjectNode ooh = root.putObject("outOfHospital");
      list(
          ooh,
          "spend",
          plan.outOfHospital().spend(),
          (o, s) -> {
            text(o, "areaOfSpend", s.areaOfSpend());
            amounts(o, "amounts", s.amounts());
          });
      amounts(ooh, "ringFence", plan.outOfHospital().ringFence());
    }
    if (!plan.socialCareMaintenance().isEmpty()) {
      ObjectNode scm = root.putObject("socialCareMaintenance");
      amounts(scm, "baseline", plan.socialCareMaintenance().baseline());
      amounts(scm, "planned", plan.socialCareMaintenance().planned());
      if (!plan.socialCareMaintenance().uplift().isEmpty()) {
        ObjectNode uplift = scm.putObject("uplift");
        plan.socialCareMaintenance()
            .uplift()
            .forEach((y, v) -> decimal(uplift, y.toString(), v, true));
      }
    }
    list(
        root,
        "contingency",
        plan.contingency(),
        (o, c) -> {
          text(o, "hwb", c.hwb());
          text(o, "period", c.period());
          money(o, "plannedSavings", c.plannedSavings());
          money(o, "maximumSupport", c.maximumSupport());
        });
    if (plan.paymentForPerformance() != null) {
      ObjectNode p4p = root.putObject("paymentForPerformance");
      money(
          p4p, "valuePerAvoidedAdmission", plan.paymentForPerformance().valuePerAvoidedAdmission());
      list(
          p4p,
          "byHwb",
          plan.paymentForPerformance().byHwb(),
          (o, h) -> {
            text(o, "hwb", h.hwb());
            decimal(o, "baselineAdmissions", h.baselineAdmissions(), false);
            decimal(o, "plannedReduction", h.plannedReduction(), false);
            decimal(o, "plannedReductionPercent", h.plannedReductionPercent(), false);
          });
    }
    list(
        root,
        "nationalConditions",
        plan.nationalConditions(),
        (o, c) -> {
          text(o, "hwb", c.hwb());
          text(o, "condition", c.condition());
          text(o, "subItem", c.subItem());
          text(o, "status", c.status() == null ? null : code(c.status()));
          text(o, "answer", c.answer() == null ? null : code(c.answer()));
          text(o, "evidence", c.evidence());
          date(o, "expectedDate", c.expectedDate());
          text(o, "explanation", c.explanation());
          decimal(o, "regionalPercentMet", c.regionalPercentMet(), false);
        });
    list(root, "metrics", plan.metrics(), PlanDocumentWriter::metric);
    list(
        root,
        "risks",
        plan.risks(),
        (o, r) -> {
          text(o, "id", r.id());
          text(o, "hwb", r.hwb());
          text(o, "description", r.description());
          integer(o, "likelihood", r.likelihood());
          integer(o, "impact", r.impact());
          integer(o, "score", r.score());
          text(o, "rating", r.rating());
          text(o, "mitigation", r.mitigation());
          text(o, "owner", r.owner());
          text(o, "level", r.level());
          date(o, "reviewDate", r.reviewDate());
        });
    list(
        root,
        "signOffs",
        plan.signOffs(),
        (o, s) -> {
          text(o, "id", s.id());
          text(o, "onBehalfOf", s.onBehalfOf());
          text(o, "onBehalfOfName", s.onBehalfOfName());
          text(o, "role", s.role());
          text(o, "position", s.position());
          text(o, "name", s.name());
          date(o, "date", s.date());
          text(o, "asPrinted", s.asPrinted());
          if (!s.required()) {
            o.put("required", false);
          }
        });
    list(
        root,
        "narrative",
        plan.narrative(),
        (o, n) -> {
          text(o, "key", n.key());
          text(o, "title", n.title());
          text(o, "text", n.text());
          text(o, "hwb", n.hwb());
        });
    list(
        root,
        "versions",
        plan.versions(),
        (o, v) -> {
          text(o, "version", v.version());
          text(o, "date", v.date());
          text(o, "author", v.author());
          text(o, "summary", v.summary());
        });
    list(
        root,
        "declared",
        plan.declared(),
        (o, d) -> {
          text(o, "figure", d.figure());
          text(o, "year", d.year() == null ? null : d.year().toString());
          text(o, "hwb", d.hwb());
          if (d.amount() == null) {
            o.putNull("amount");
          } else {
            money(o, "amount", d.amount());
          }
          text(o, "label", d.label());
          text(o, "asPrinted", d.asPrinted());
        });
    list(
        root,
        "explanations",
        plan.explanations(),
        (o, e) -> {
          text(o, "rule", e.rule());
          text(o, "year", e.year() == null ? null : e.year().toString());
          text(o, "where", e.where());
          text(o, "text", e.text());
        });
    return root;
  }

  private static void pooledBudget(ObjectNode root, PooledBudget budget) {
    ObjectNode node = NODES.objectNode();
    text(node, "host", budget.host());
    text(node, "arrangement", budget.arrangement());
    text(node, "riskShare", budget.riskShare());
    list(
        node,
        "pools",
        budget.pools(),
        (o, p) -> {
          text(o, "id", p.id());
          text(o, "name", p.name());
          text(o, "host", p.host());
          strings(o, "hwbs", p.hwbs());
          amounts(o, "amounts", p.amounts());
          text(o, "riskShare", p.riskShare());
          text(o, "notes", p.notes());
        });
    list(
        node,
        "riskShares",
        budget.riskShares(),
        (o, r) -> {
          text(o, "id", r.id());
          text(o, "description", r.description());
          amounts(o, "amount", r.amount());
          if (r.retainedShare() != null) {
            if (r.retainedShare().isFraction()) {
              o.put("retainedShare", r.retainedShare().toString());
            } else {
              o.put("retainedShare", number(r.retainedShare().numerator()));
            }
          }
          amounts(o, "retained", r.retained());
          text(o, "condition", r.condition());
        });
    put(root, "pooledBudget", node);
  }

  private static void metric(ObjectNode o, MetricAmbition m) {
    text(o, "hwb", m.hwb());
    text(o, "metric", m.metric());
    text(o, "name", m.name());
    text(o, "description", m.description());
    if (m.definition() != null) {
      ObjectNode d = NODES.objectNode();
      text(d, "type", m.definition().type());
      decimal(d, "multiplier", m.definition().multiplier(), false);
      text(d, "polarity", m.definition().polarity());
      text(d, "unit", m.definition().unit());
      put(o, "definition", d);
    }
    if (m.baseline() != null) {
      ObjectNode b = NODES.objectNode();
      observation(b, m.baseline());
      o.set("baseline", b);
    }
    list(o, "targets", m.targets(), PlanDocumentWriter::observation);
    if (m.trajectory() != null) {
      MetricAmbition.Trajectory t = m.trajectory();
      ObjectNode node = o.putObject("trajectory");
      text(node, "method", t.method());
      point(node, "from", t.from());
      point(node, "to", t.to());
      period(node, "startPeriod", t.startPeriod());
      period(node, "heldUntil", t.heldUntil());
      if (!t.values().isEmpty()) {
        ObjectNode values = node.putObject("values");
        t.values().forEach((p, v) -> decimal(values, p.toString(), v, true));
      }
    }
    list(o, "actuals", m.actuals(), PlanDocumentWriter::observation);
    text(o, "notes", m.notes());
  }

  private static void observation(ObjectNode o, MetricAmbition.Observation v) {
    period(o, "period", v.period());
    text(o, "periodLabel", v.periodLabel());
    text(o, "payment", v.payment());
    decimal(o, "numerator", v.numerator(), false);
    decimal(o, "denominator", v.denominator(), false);
    decimal(o, "value", v.value(), false);
  }

  private static void point(ObjectNode o, String name, MetricAmbition.Point point) {
    if (point == null) {
      return;
    }
    ObjectNode node = o.putObject(name);
    period(node, "period", point.period());
    decimal(node, "value", point.value(), false);
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <T> void list(
      ObjectNode parent, String name, Collection<T> items, BiConsumer<ObjectNode, T> fill) {
    if (items.isEmpty()) {
      return;
    }
    ArrayNode array = parent.putArray(name);
    for (T item : items) {
      ObjectNode node = NODES.objectNode();
      fill.accept(node, item);
      array.add(node);
    }
  }

  private static void put(ObjectNode parent, String name, ObjectNode child) {
    if (!child.isEmpty()) {
      parent.set(name, child);
    }
  }

  private static void text(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void strings(ObjectNode o, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = o.putArray(name);
      values.forEach(array::add);
    }
  }

  private static void integer(ObjectNode o, String name, Integer value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void date(ObjectNode o, String name, LocalDate value) {
    if (value != null) {
      o.put(name, value.toString());
    }
  }

  private static void period(ObjectNode o, String name, Period value) {
    if (value != null) {
      o.put(name, value.toString());
    }
  }

  /** Writes a number as it was written: no trailing zeros added or removed beyond the value. */
  private static void decimal(ObjectNode o, String name, BigDecimal value, boolean keepNull) {
    if (value != null) {
      o.put(name, number(value));
    } else if (keepNull) {
      o.putNull(name);
    }
  }

  static BigDecimal number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static void money(ObjectNode o, String name, Money value) {
    if (value != null) {
      o.put(name, number(value.pounds()));
    }
  }

  private static void amounts(ObjectNode o, String name, YearAmounts amounts) {
    if (amounts.isEmpty()) {
      return;
    }
    ObjectNode node = o.putObject(name);
    for (Map.Entry<FinancialYear, Money> entry : amounts.values().entrySet()) {
      if (entry.getValue() == null) {
        node.putNull(entry.getKey().toString());
      } else {
        money(node, entry.getKey().toString(), entry.getValue());
      }
    }
  }

  private static void splits(ObjectNode o, String name, Map<FinancialYear, Split> splits) {
    if (splits.isEmpty()) {
      return;
    }
    ObjectNode node = o.putObject(name);
    for (Map.Entry<FinancialYear, Split> entry : splits.entrySet()) {
      Split split = entry.getValue();
      if (split == null) {
        node.putNull(entry.getKey().toString());
        continue;
      }
      ObjectNode s = node.putObject(entry.getKey().toString());
      money(s, "recurrent", split.recurrent());
      money(s, "nonRecurrent", split.nonRecurrent());
      money(s, "total", split.total());
    }
  }
}
