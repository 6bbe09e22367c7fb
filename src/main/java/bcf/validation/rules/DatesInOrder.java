package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.plan.PlanDate;
import bcf.plan.SignOff;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan's dates are in order: a document does not report approvals, signatures or a submission
 * dated after the document itself (Warwickshire's board papers of 11 February 2014 print signatures
 * of the 14th), and no one signs after the plan was submitted.
 */
public final class DatesInOrder implements Rule {

  public static final String ID = "dates-in-order";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    Optional<LocalDate> documentDate = documentDate(plan);
    if (documentDate.isPresent()) {
      LocalDate dated = documentDate.get();
      for (int i = 0; i < plan.dates().size(); i++) {
        PlanDate date = plan.dates().get(i);
        if (date.date() != null && date.date().isAfter(dated)) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "dates[" + i + "].date",
                  "The document is dated "
                      + DAY.format(dated)
                      + " but reports the plan "
                      + event(date.event())
                      + " on "
                      + DAY.format(date.date())
                      + ", after it."));
        }
      }
      for (int i = 0; i < plan.signOffs().size(); i++) {
        SignOff signOff = plan.signOffs().get(i);
        if (signOff.date() != null && signOff.date().isAfter(dated)) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "signOffs[" + i + "].date",
                  "The document is dated "
                      + DAY.format(dated)
                      + " but reports the sign-off on behalf of "
                      + party(plan, signOff)
                      + " on "
                      + DAY.format(signOff.date())
                      + ", after it."));
        }
      }
    }
    Optional<LocalDate> submitted =
        plan.dates().stream()
            .filter(d -> "submitted".equals(d.event()) && d.date() != null)
            .map(PlanDate::date)
            .findFirst();
    if (submitted.isPresent()) {
      for (int i = 0; i < plan.signOffs().size(); i++) {
        SignOff signOff = plan.signOffs().get(i);
        if (signOff.date() != null && signOff.date().isAfter(submitted.get())) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "signOffs[" + i + "].date",
                  "The sign-off on behalf of "
                      + party(plan, signOff)
                      + " is dated "
                      + DAY.format(signOff.date())
                      + ", after the plan was submitted on "
                      + DAY.format(submitted.get())
                      + "."));
        }
      }
    }
    return findings;
  }

  /** The source document's date, where it is given as a day (it is free text, "as given"). */
  private static Optional<LocalDate> documentDate(Plan plan) {
    if (plan.source() == null || plan.source().date() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(plan.source().date().strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An event code in words: "approved-by-hwb" is "approved by the Health and Wellbeing Board". */
  private static String event(String code) {
    return PlanDate.eventName(code);
  }

  private static String party(Plan plan, SignOff signOff) {
    if (signOff.onBehalfOfName() != null && !signOff.onBehalfOfName().isBlank()) {
      return signOff.onBehalfOfName().strip();
    }
    if (signOff.onBehalfOf() == null) {
      return "a partner";
    }
    return plan.hwb(signOff.onBehalfOf())
        .map(Hwb::name)
        .orElseGet(() -> plan.organisationName(signOff.onBehalfOf()));
  }
}
