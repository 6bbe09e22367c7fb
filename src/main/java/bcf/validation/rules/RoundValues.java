package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.finance.FigureKey;
import bcf.kernel.FinancialYear;
import bcf.metric.Trajectories;
import bcf.plan.ConditionAnswer;
import bcf.plan.Contribution;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.plan.SignOff;
import bcf.round.ConditionDefinition;
import bcf.round.Round;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Values that must come from the round (years, funding streams, picklists, condition and metric
 * codes) and references that must resolve (organisations, HWBs).
 */
public final class RoundValues implements Rule {

  /** The document's lists and the round's picklists, as a sentence names them. */
  private static final java.util.Map<String, String> LIST_WORDS =
      java.util.Map.of(
          "hwbs",
          "Health and Wellbeing Boards",
          "organisations",
          "organisations",
          "schemes",
          "schemes",
          Round.SCHEME_TYPE,
          "scheme types",
          Round.AREA_OF_SPEND,
          "areas of spend",
          Round.COMMISSIONER,
          "commissioners",
          Round.PROVIDER_TYPE,
          "provider types");

  public static final String ID = "round-values";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Checker checker = new Checker(context, parameters.severity());
    checker.run();
    return checker.findings;
  }

  private static final class Checker {
    private final Plan plan;
    private final Round round;
    private final Severity severity;
    private final List<FinancialYear> years;
    private final Set<String> organisations;
    private final Set<String> hwbs;
    private final List<Finding> findings = new ArrayList<>();

    Checker(PlanContext context, Severity severity) {
      this.plan = context.plan();
      this.round = context.round();
      this.severity = severity;
      this.years = context.years();
      this.organisations =
          plan.organisations().stream().map(o -> o.id()).collect(Collectors.toSet());
      this.hwbs = plan.hwbs().stream().map(h -> h.id()).collect(Collectors.toSet());
    }

    void run() {
      for (int i = 0; i < plan.years().size(); i++) {
        FinancialYear year = plan.years().get(i);
        if (!round.covers(year)) {
          add(
              "years[" + i + "]",
              "Year " + year.display() + " is not a year of " + round.name() + roundYears());
        }
      }
      uniqueIds("hwbs", plan.hwbs().stream().map(h -> h.id()).toList());
      uniqueIds("organisations", plan.organisations().stream().map(o -> o.id()).toList());
      uniqueIds("schemes", plan.schemes().stream().map(Scheme::id).toList());
      organisation("pooledBudget.host", plan.pooledBudget().host());
      contributions();
      schemes();
      for (int i = 0; i < plan.dfg().passThrough().size(); i++) {
        var row = plan.dfg().passThrough().get(i);
        year("dfg.passThrough[" + i + "].year", row.year());
        hwb("dfg.passThrough[" + i + "].hwb", row.hwb());
      }
      for (int i = 0; i < plan.dfg().allocation().size(); i++) {
        var row = plan.dfg().allocation().get(i);
        year("dfg.allocation[" + i + "].year", row.year());
        hwb("dfg.allocation[" + i + "].hwb", row.hwb());
      }
      plan.dfg()
          .carriedForward()
          .values()
          .keySet()
          .forEach(y -> year("dfg.carriedForward." + y, y));
      for (int i = 0; i < plan.ibcf().purposes().size(); i++) {
        int index = i;
        plan.ibcf()
            .purposes()
            .get(i)
            .amounts()
            .values()
            .keySet()
            .forEach(y -> year("ibcf.purposes[" + index + "].amounts." + y, y));
      }
      for (int i = 0; i < plan.outOfHospital().spend().size(); i++) {
        var area = plan.outOfHospital().spend().get(i);
        picklist(
            "outOfHospital.spend[" + i + "].areaOfSpend", Round.AREA_OF_SPEND, area.areaOfSpend());
        int index = i;
        area.amounts()
            .values()
            .keySet()
            .forEach(y -> year("outOfHospital.spend[" + index + "].amounts." + y, y));
      }
      plan.outOfHospital()
          .ringFence()
          .values()
          .keySet()
          .forEach(y -> year("outOfHospital.ringFence." + y, y));
      conditions();
      metrics();
      signOffs();
      declared();
    }

    private void contributions() {
      for (int i = 0; i < plan.contributions().size(); i++) {
        Contribution c = plan.contributions().get(i);
        String at = "contributions[" + i + "]";
        year(at + ".year", c.year());
        organisation(at + ".organisation", c.organisation());
        hwb(at + ".hwb", c.hwb());
        stream(at + ".stream", c.stream());
      }
    }

    private void schemes() {
      for (int i = 0; i < plan.schemes().size(); i++) {
        Scheme s = plan.schemes().get(i);
        String at = "schemes[" + i + "]";
        hwb(at + ".hwb", s.hwb());
        picklist(at + ".type", Round.SCHEME_TYPE, s.type());
        picklist(at + ".areaOfSpend", Round.AREA_OF_SPEND, s.areaOfSpend());
        picklist(at + ".commissioner", Round.COMMISSIONER, s.commissioner());
        picklist(at + ".providerType", Round.PROVIDER_TYPE, s.providerType());
        stream(at + ".source", s.source());
        if (s.newOrExisting() != null && !Set.of("new", "existing").contains(s.newOrExisting())) {
          add(
              at + ".newOrExisting",
              "'" + s.newOrExisting() + "': a scheme is either new or existing.");
        }
        s.spend().keySet().forEach(y -> year(at + ".spend." + y, y));
        s.benefits().keySet().forEach(y -> year(at + ".benefits." + y, y));
      }
    }

    private void conditions() {
      for (int i = 0; i < plan.nationalConditions().size(); i++) {
        ConditionAnswer answer = plan.nationalConditions().get(i);
        String at = "nationalConditions[" + i + "]";
        hwb(at + ".hwb", answer.hwb());
        Optional<ConditionDefinition> condition = round.condition(answer.condition());
        if (condition.isEmpty()) {
          add(
              at + ".condition",
              "'"
                  + answer.condition()
                  + "' is not a national condition of "
                  + round.name()
                  + "; its conditions are: "
                  + names(round.nationalConditions().stream().map(ConditionDefinition::name))
                  + ".");
        } else if (answer.subItem() != null
            && condition.get().subItems().stream()
                .noneMatch(s -> s.code().equals(answer.subItem()))) {
          add(
              at + ".subItem",
              "'"
                  + answer.subItem()
                  + "' is not a part of national condition '"
                  + condition.get().name()
                  + "'; its parts are: "
                  + names(
                      condition.get().subItems().stream().map(ConditionDefinition.SubItem::name))
                  + ".");
        }
      }
    }

    private void metrics() {
      for (int i = 0; i < plan.metrics().size(); i++) {
        var metric = plan.metrics().get(i);
        String at = "metrics[" + i + "]";
        hwb(at + ".hwb", metric.hwb());
        if (round.metric(metric.metric()).isEmpty()) {
          add(
              at + ".metric",
              "'"
                  + metric.metric()
                  + "' is not a metric of "
                  + round.name()
                  + "; its metrics are: "
                  + names(round.metrics().stream().map(m -> m.name()))
                  + ".");
        }
        if (metric.trajectory() != null && !Trajectories.known(metric.trajectory().method())) {
          add(
              at + ".trajectory.method",
              "'"
                  + metric.trajectory().method()
                  + "' is not a way bcf draws a trajectory: a straight line, flat, or a value"
                  + " for each period.");
        }
      }
    }

    private void signOffs() {
      for (int i = 0; i < plan.signOffs().size(); i++) {
        SignOff s = plan.signOffs().get(i);
        if (s.onBehalfOf() != null
            && !organisations.contains(s.onBehalfOf())
            && !hwbs.contains(s.onBehalfOf())) {
          add(
              "signOffs[" + i + "].onBehalfOf",
              "'" + s.onBehalfOf() + "' is neither an organisation nor an HWB of this plan.");
        }
      }
    }

    private void declared() {
      for (int i = 0; i < plan.declared().size(); i++) {
        DeclaredFigure d = plan.declared().get(i);
        String at = "declared[" + i + "]";
        boolean known = FigureKey.parse(d.figure()).map(k -> k.kind().declarable()).orElse(false);
        if (!known) {
          add(at + ".figure", "'" + d.figure() + "' is not a summary figure bcf knows.");
        }
        if (d.year() != null) {
          year(at + ".year", d.year());
        }
        hwb(at + ".hwb", d.hwb());
      }
    }

    private void uniqueIds(String list, List<String> ids) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        if (ids.get(i) != null && !seen.add(ids.get(i))) {
          add(
              list + "[" + i + "].id",
              "Two of the plan's "
                  + LIST_WORDS.getOrDefault(list, list)
                  + " have the same id '"
                  + ids.get(i)
                  + "'.");
        }
      }
    }

    private String roundYears() {
      return " ("
          + round.years().stream().map(FinancialYear::display).collect(Collectors.joining(", "))
          + ").";
    }

    private void year(String at, FinancialYear year) {
      if (year != null && !years.contains(year)) {
        add(
            at,
            "Year "
                + year.display()
                + " is outside the plan's years ("
                + years.stream().map(FinancialYear::display).collect(Collectors.joining(", "))
                + ", "
                + round.name()
                + ").");
      }
    }

    private void organisation(String at, String id) {
      if (id != null && !organisations.contains(id)) {
        add(
            at,
            "'"
                + id
                + "' is not one of the plan's organisations: "
                + names(plan.organisations().stream().map(o -> plan.organisationName(o.id())))
                + ".");
      }
    }

    private void hwb(String at, String id) {
      if (id != null && !hwbs.contains(id)) {
        add(
            at,
            "'"
                + id
                + "' is not one of the plan's Health and Wellbeing Boards: "
                + names(plan.hwbs().stream().map(h -> h.name() == null ? h.id() : h.name()))
                + ".");
      }
    }

    private void stream(String at, String code) {
      if (code != null && round.fundingStream(code).isEmpty()) {
        add(
            at,
            "'"
                + code
                + "' is not a source of funding of "
                + round.name()
                + "; its sources are: "
                + names(round.fundingStreams().stream().map(s -> s.name()))
                + ".");
      }
    }

    private void picklist(String at, String list, String value) {
      if (value == null) {
        return;
      }
      List<String> allowed = round.picklist(list);
      if (!allowed.contains(value)) {
        add(
            at,
            "'"
                + value
                + "' is not one of the round's "
                + LIST_WORDS.getOrDefault(list, list)
                + ": "
                + String.join("; ", allowed)
                + ".");
      }
    }

    /** Names as a sentence lists them. */
    private static String names(java.util.stream.Stream<String> names) {
      return names.collect(Collectors.joining("; "));
    }

    private void add(String where, String message) {
      findings.add(finding(ID, severity, where, message));
    }
  }

  /**
   * For tests and documentation: the declared-figure keys this rule accepts, a breakdown's ending
   * in a dot (its item follows).
   */
  public static List<String> figurePrefixes() {
    return Arrays.stream(FigureKey.Kind.values())
        .filter(FigureKey.Kind::declarable)
        .map(k -> k.itemised() ? k.text() + "." : k.text())
        .toList();
  }
}
