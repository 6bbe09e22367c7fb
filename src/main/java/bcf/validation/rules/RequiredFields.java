package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.kernel.FinancialYear;
import bcf.plan.NarrativeSection;
import bcf.plan.Plan;
import bcf.plan.PlanDate;
import bcf.round.NarrativeSectionDefinition;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts every plan of the round must have: HWBs, dates, contributions, schemes, sections. */
public final class RequiredFields implements Rule {

  public static final String ID = "required-fields";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    Severity severity = parameters.severity();
    List<Finding> findings = new ArrayList<>();
    if (plan.hwbs().isEmpty()) {
      findings.add(finding(ID, severity, "hwbs", "The plan names no Health and Wellbeing Board."));
    }
    if (plan.title() == null || plan.title().isBlank()) {
      findings.add(finding(ID, Severity.WARNING, "title", "The plan has no title."));
    }
    // A plan's dates are filled in as it goes through its workflow (a draft has no submission
    // date),
    // so a missing or placeholder date is a warning unless the round says otherwise.
    Severity dateSeverity = parameters.severity("dateSeverity", Severity.WARNING);
    for (String event : context.round().requiredDates()) {
      Optional<PlanDate> date =
          plan.dates().stream().filter(d -> d.event().equals(event)).findFirst();
      if (date.isEmpty()) {
        findings.add(
            finding(
                ID,
                dateSeverity,
                "dates",
                "The plan does not say when it was " + PlanDate.eventName(event) + "."));
      } else if (date.get().date() == null) {
        String printed = date.get().asPrinted();
        findings.add(
            finding(
                ID,
                dateSeverity,
                "dates[" + plan.dates().indexOf(date.get()) + "].date",
                "The date the plan was "
                    + PlanDate.eventName(event)
                    + " is blank"
                    + (printed == null || printed.isBlank()
                        ? "."
                        : " (printed \"" + printed + "\").")));
      }
    }
    if (plan.contributions().isEmpty()) {
      findings.add(
          finding(
              ID,
              severity,
              "contributions",
              "The plan has no contributions, so the pooled budget's income cannot be computed or"
                  + " checked."));
    }
    if (plan.schemes().isEmpty()) {
      findings.add(
          finding(
              ID,
              severity,
              "schemes",
              "The plan has no schemes, so the pooled budget's spend cannot be computed or checked."));
    }
    for (FinancialYear year : context.years()) {
      boolean hasIncome =
          plan.contributions().stream().anyMatch(c -> c.year().equals(year) && c.actual() != null);
      if (!plan.contributions().isEmpty() && !hasIncome) {
        findings.add(
            finding(
                ID,
                severity,
                "contributions",
                "No organisation's contribution is given for " + Text.year(year) + ".",
                year,
                (java.math.BigDecimal) null,
                null));
      }
      boolean hasSpend =
          plan.schemes().stream()
              .anyMatch(
                  s -> s.spend().get(year) != null && s.spend().get(year).amount().isPresent());
      if (!plan.schemes().isEmpty() && !hasSpend) {
        findings.add(
            finding(
                ID,
                severity,
                "schemes",
                "No scheme has spend for " + Text.year(year) + ".",
                year,
                (java.math.BigDecimal) null,
                null));
      }
    }
    for (int i = 0; i < plan.contributions().size(); i++) {
      var c = plan.contributions().get(i);
      if (c.minimum() == null && c.actual() == null) {
        findings.add(
            finding(
                ID,
                Severity.WARNING,
                "contributions[" + i + "]",
                plan.organisationName(c.organisation())
                    + "'s contribution for "
                    + Text.year(c.year())
                    + " is blank."));
      }
    }
    Severity sectionSeverity = parameters.severity("narrativeSeverity", Severity.WARNING);
    for (NarrativeSectionDefinition section : context.round().narrativeSections()) {
      Optional<NarrativeSection> written =
          plan.narrative().stream().filter(n -> section.key().equals(n.key())).findFirst();
      if (written.isEmpty()) {
        findings.add(
            finding(
                ID,
                sectionSeverity,
                "narrative",
                "The narrative section '" + section.title() + "' is missing."));
      } else if (written.get().text() == null || written.get().text().isBlank()) {
        findings.add(
            finding(
                ID,
                sectionSeverity,
                "narrative[" + plan.narrative().indexOf(written.get()) + "].text",
                "The narrative section '" + section.title() + "' is blank."));
      }
    }
    return findings;
  }
}
