package bcf.cli;

import static bcf.finance.FigureKey.Kind.*;

import bcf.analysis.PlanAnalysis;
import bcf.finance.Figures;
import bcf.finance.FinancialSummary;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/** The plain-text reports of the command line, laid out as tables with years across. */
final class TextReport {

  private static final int LABEL = 48;
  private static final int COLUMN = 16;

  private TextReport() {}

  static void summary(PlanAnalysis analysis, PrintStream out) {
    Plan plan = analysis.plan();
    FinancialSummary summary = analysis.summary();
    List<FinancialYear> years = summary.years();
    Figures figures = summary.figures();
    out.println(
        (plan.title() != null ? plan.title() : plan.id())
            + "  ["
            + plan.id()
            + ", round "
            + plan.round()
            + "]");
    out.println("HWB: " + String.join("; ", plan.hwbs().stream().map(h -> h.name()).toList()));
    out.println(
        "Amounts in pounds"
            + (plan.statedIn().rounded()
                ? " (the source states figures in "
                    + (plan.statedIn() == Plan.StatedIn.THOUSANDS ? "£000" : "£m")
                    + ")"
                : "")
            + ".");

    heading(out, "Income", years);
    row(out, "Total contributions", figures.years(INCOME_TOTAL.key()), years);
    row(out, "Total minimum contributions", figures.years(INCOME_MINIMUM.key()), years);
    breakdown(
        out,
        "By source",
        figures.under(INCOME_BY_SOURCE),
        years,
        code -> analysis.round().fundingStream(code).map(s -> s.name()).orElse(code));
    breakdown(
        out,
        "By organisation",
        figures.under(INCOME_BY_ORGANISATION),
        years,
        plan::organisationName);
    if (plan.isJoint()) {
      breakdown(out, "By HWB", figures.under(INCOME_BY_HWB), years, Function.identity());
    }

    heading(out, "Expenditure", years);
    row(out, "Total spend", figures.years(EXPENDITURE_TOTAL.key()), years);
    breakdown(out, "By theme", figures.under(EXPENDITURE_BY_THEME), years, Function.identity());
    breakdown(
        out,
        "By area of spend",
        figures.under(EXPENDITURE_BY_AREA_OF_SPEND),
        years,
        Function.identity());
    breakdown(
        out,
        "By source",
        figures.under(EXPENDITURE_BY_SOURCE),
        years,
        code -> analysis.round().fundingStream(code).map(s -> s.name()).orElse(code));
    breakdown(
        out,
        "By scheme",
        figures.under(EXPENDITURE_BY_SCHEME),
        years,
        id ->
            plan.schemes().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(s -> s.name())
                .orElse(id));

    heading(out, "Sources and uses", years);
    row(out, "Contributions", figures.years(INCOME_TOTAL.key()), years);
    row(out, "Spend", figures.years(EXPENDITURE_TOTAL.key()), years);
    StringBuilder line = new StringBuilder(pad("Spend less contributions", LABEL));
    for (FinancialYear year : years) {
      line.append(
          cell(
              summary
                  .sourcesVsUses()
                  .forYear(year)
                  .flatMap(b -> b.comparison())
                  .map(c -> c.difference().format())
                  .orElse("-")));
    }
    out.println(line);

    if (!summary.minimumContributions().isEmpty()) {
      out.println();
      out.println("Minimum contributions");
      for (var check : summary.minimumContributions()) {
        out.println(
            "  "
                + pad(plan.organisationName(check.organisation()) + " " + check.year(), LABEL - 2)
                + "minimum "
                + check.minimum().format()
                + ", actual "
                + check.actual().amount().format()
                + ", "
                + (check.surplus().isNegative()
                    ? "short by " + check.surplus().abs().format()
                    : "surplus " + check.surplus().format()));
      }
    }
    if (figures.has(DFG_PASS_THROUGH.key()) || figures.has(DFG_ALLOCATION.key())) {
      heading(out, "Disabled Facilities Grant", years);
      row(out, "Passed to housing authorities", figures.years(DFG_PASS_THROUGH.key()), years);
      breakdown(
          out,
          "By district",
          figures.under(DFG_PASS_THROUGH_BY_DISTRICT),
          years,
          plan::organisationName);
      row(
          out,
          "Allocated by the home improvement agency",
          figures.years(DFG_ALLOCATION.key()),
          years);
      row(out, "Carried forward", figures.years(DFG_CARRIED_FORWARD.key()), years);
    }
    if (figures.has(IBCF_TOTAL.key()) || figures.has(INCOME_BY_SOURCE.key("ibcf"))) {
      heading(out, "iBCF", years);
      row(out, "iBCF contribution", figures.years(INCOME_BY_SOURCE.key("ibcf")), years);
      row(out, "Allocated to purposes", figures.years(IBCF_TOTAL.key()), years);
      breakdown(
          out,
          "By purpose",
          figures.under(IBCF_BY_PURPOSE),
          years,
          id ->
              plan.ibcf().purposes().stream()
                  .filter(p -> id.equals(p.id()))
                  .findFirst()
                  .map(p -> p.purpose())
                  .orElse(id));
    }
    if (figures.has(OUT_OF_HOSPITAL_SPEND.key()) || figures.has(OUT_OF_HOSPITAL_RING_FENCE.key())) {
      heading(out, "NHS-commissioned out-of-hospital services", years);
      row(
          out,
          "Spend from the minimum contribution",
          figures.years(OUT_OF_HOSPITAL_SPEND.key()),
          years);
      row(out, "Ring-fence", figures.years(OUT_OF_HOSPITAL_RING_FENCE.key()), years);
    }
    if (!summary.socialCareMaintenance().isEmpty()) {
      out.println();
      out.println("Social care maintenance (NHS minimum contribution to adult social care)");
      for (var result : summary.socialCareMaintenance()) {
        out.println(
            "  "
                + result.year()
                + ": uplift required "
                + percent(result.upliftRequired())
                + ", stated "
                + percent(result.upliftStated())
                + ", baseline "
                + orBlank(result.baseline())
                + ", required "
                + orBlank(result.required())
                + ", planned "
                + orBlank(result.planned()));
      }
    }
    if (!plan.contingency().isEmpty()) {
      out.println();
      out.println("Contingency plan");
      plan.contingency()
          .forEach(
              c ->
                  out.println(
                      "  "
                          + pad(c.period(), LABEL - 2)
                          + "planned savings "
                          + orBlank(c.plannedSavings())
                          + ", maximum support "
                          + orBlank(c.maximumSupport())));
    }
    if (!summary.riskShares().isEmpty()) {
      out.println();
      out.println("Risk shares");
      summary
          .riskShares()
          .forEach(
              r ->
                  out.println(
                      "  "
                          + r.description()
                          + " "
                          + r.year()
                          + ": "
                          + orBlank(r.atRisk())
                          + " at risk; "
                          + (r.retainedShare() == null ? "unstated" : r.retainedShare().toString())
                          + " retained = "
                          + orBlank(r.retainedComputed())
                          + " (declared "
                          + orBlank(r.retainedDeclared())
                          + ")"));
    }
    summary
        .paymentForPerformance()
        .ifPresent(
            p4p -> {
              out.println();
              out.println(
                  "Payment for performance: "
                      + p4p.valuePerAvoidedAdmission().format()
                      + " per avoided emergency admission");
              p4p.byHwb()
                  .forEach(
                      h ->
                          out.println(
                              "  "
                                  + pad(
                                      plan.hwb(h.hwb()).map(x -> x.name()).orElse(h.hwb()),
                                      LABEL - 2)
                                  + h.plannedReduction().stripTrailingZeros().toPlainString()
                                  + " admissions -> maximum "
                                  + h.maximum().format()));
              out.println("  " + pad("Total maximum", LABEL - 2) + p4p.maximum().format());
              p4p.schedule()
                  .forEach(
                      p ->
                          out.println(
                              "  "
                                  + pad(p.payment() + " " + percent(p.share()), LABEL - 2)
                                  + p.amount().format()
                                  + "  "
                                  + p.basis()));
            });
    if (!plan.nationalConditions().isEmpty()) {
      out.println();
      out.println("National conditions");
      for (var answer : plan.nationalConditions()) {
        out.println(
            "  "
                + pad(
                    (answer.hwb() != null ? answer.hwb() + ": " : "")
                        + answer.condition()
                        + (answer.subItem() != null ? " / " + answer.subItem() : ""),
                    LABEL - 2)
                + (answer.status() == null
                    ? "not answered"
                    : answer.status().name().toLowerCase().replace('_', ' '))
                + (answer.expectedDate() != null ? ", expected by " + answer.expectedDate() : "")
                + (answer.regionalPercentMet() != null
                    ? "  (region: " + percent(answer.regionalPercentMet()) + " met)"
                    : ""));
      }
    }
    if (!plan.metrics().isEmpty()) {
      out.println();
      out.println("Metrics");
      for (var metric : plan.metrics()) {
        var baseline = metric.baseline();
        out.println(
            "  "
                + pad(
                    (metric.hwb() != null ? metric.hwb() + ": " : "") + metric.metric(), LABEL - 2)
                + (baseline == null || baseline.value() == null
                    ? "no baseline"
                    : "baseline "
                        + baseline.value().toPlainString()
                        + (baseline.numerator() != null
                            ? " ("
                                + baseline.numerator().toPlainString()
                                + (baseline.denominator() != null
                                    ? " / " + baseline.denominator().toPlainString()
                                    : "")
                                + ")"
                            : "")
                        + (baseline.period() != null ? " in " + baseline.period() : "")));
        if (metric.trajectory() != null) {
          var monthly = bcf.metric.Trajectories.monthly(metric.trajectory());
          StringBuilder path =
              new StringBuilder("    trajectory (" + metric.trajectory().method() + "):");
          monthly.entrySet().stream()
              .limit(8)
              .forEach(
                  e ->
                      path.append(" ")
                          .append(e.getKey())
                          .append(" ")
                          .append(e.getValue().toPlainString()));
          if (monthly.size() > 8) {
            path.append(" ... then ")
                .append(monthly.get(monthly.lastKey()).toPlainString())
                .append(" to ")
                .append(monthly.lastKey());
          }
          out.println(path);
        }
      }
    }
    if (!plan.risks().isEmpty()) {
      out.println();
      out.println("Risks");
      for (var risk : plan.risks()) {
        String rating =
            risk.score() != null
                ? String.valueOf(risk.score())
                : risk.rating() != null ? risk.rating() : "unrated";
        String text = risk.description().replaceAll("\\s+", " ");
        out.println(
            "  " + pad(rating, 8) + (text.length() > 100 ? text.substring(0, 97) + "..." : text));
      }
    }
    if (!plan.declared().isEmpty()) {
      out.println();
      out.println("Declared by the plan vs computed from its detail");
      for (var check : summary.declared()) {
        DeclaredFigure declared = check.declared();
        var computed = check.detail().map(Tally::amount);
        out.println(
            "  "
                + pad(
                    (declared.label() != null ? declared.label() : declared.figure())
                        + (declared.year() != null ? " " + declared.year() : ""),
                    60)
                + " declared "
                + pad(orBlank(declared.amount()), 14)
                + " computed "
                + pad(computed.map(Money::format).orElse("-"), 14)
                + (computed.isPresent() && check.comparison().isPresent()
                    ? " difference " + check.comparison().get().difference().format()
                    : ""));
      }
    }
  }

  static void findings(PlanAnalysis analysis, PrintStream out) {
    List<Finding> findings = analysis.findings();
    long errors = analysis.count(Severity.ERROR);
    long warnings = analysis.count(Severity.WARNING);
    long info = analysis.count(Severity.INFO);
    out.println(
        analysis.plan().id()
            + ": "
            + errors
            + (errors == 1 ? " error, " : " errors, ")
            + warnings
            + (warnings == 1 ? " warning, " : " warnings, ")
            + info
            + " info");
    for (Finding finding : findings) {
      out.println();
      out.println(
          pad(finding.severity().code().toUpperCase(), 8)
              + finding.rule()
              + "  "
              + finding.where()
              + (finding.year() != null ? "  " + finding.year() : ""));
      out.println("        " + finding.message());
      if (finding.explanation() != null) {
        out.println("        Explained by the plan: " + finding.explanation());
      }
    }
  }

  private static void heading(PrintStream out, String title, List<FinancialYear> years) {
    out.println();
    StringBuilder line = new StringBuilder(pad(title, LABEL));
    years.forEach(y -> line.append(cell(y.display())));
    out.println(line);
  }

  private static void row(
      PrintStream out,
      String label,
      SortedMap<FinancialYear, Tally> values,
      List<FinancialYear> years) {
    StringBuilder line = new StringBuilder(pad(label, LABEL));
    for (FinancialYear year : years) {
      Tally tally = values.get(year);
      line.append(cell(tally == null ? "-" : tally.amount().format()));
    }
    out.println(line);
  }

  private static void breakdown(
      PrintStream out,
      String title,
      Map<String, SortedMap<FinancialYear, Tally>> rows,
      List<FinancialYear> years,
      Function<String, String> name) {
    if (rows.isEmpty()) {
      return;
    }
    out.println("  " + title);
    rows.forEach(
        (key, values) -> row(out, "    " + abbreviate(name.apply(key), LABEL - 5), values, years));
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private static String cell(String text) {
    return text.length() >= COLUMN ? " " + text : " ".repeat(COLUMN - text.length()) + text;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static String orBlank(Money amount) {
    return amount == null ? "blank" : amount.format();
  }

  private static String percent(BigDecimal fraction) {
    return fraction == null
        ? "unstated"
        : fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
