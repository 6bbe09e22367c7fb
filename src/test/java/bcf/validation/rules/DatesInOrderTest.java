package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.plan.SignOff;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A document reports nothing dated after itself, and no one signs after submission. */
class DatesInOrderTest {

  private final DatesInOrder rule = new DatesInOrder();

  private static SignOff signed(String party, String name, LocalDate date) {
    return new SignOff(null, party, name, "council", null, "A Person", date, null, true);
  }

  private static PlanBuilder submittedOn14February() {
    return aPlan()
        .forRound("2014-16")
        .withDate("agreed-by-hwb", LocalDate.of(2014, 2, 11), null)
        .withDate("submitted", LocalDate.of(2014, 2, 14), null);
  }

  @Test
  void its_id_is_dates_in_order() {
    assertThat(rule.id()).isEqualTo("dates-in-order");
  }

  @Test
  void dates_on_or_before_the_document_and_signatures_before_submission_have_no_findings() {
    var plan =
        submittedOn14February()
            .fromASourceDated("2014-02-14")
            .signedBy(signed("wcc", "The council", LocalDate.of(2014, 2, 14)))
            .build();

    assertThat(check(rule, plan, Severity.WARNING)).isEmpty();
  }

  @Test
  void a_document_dated_before_the_approvals_and_signatures_it_reports_is_flagged() {
    var plan =
        submittedOn14February()
            .fromASourceDated("2014-02-11")
            .signedBy(signed("wcc", "The council", LocalDate.of(2014, 2, 13)))
            .build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "dates-in-order",
                Severity.WARNING,
                "dates[1].date",
                "The document is dated 11 February 2014 but reports the plan submitted to NHS England on"
                    + " 14 February 2014, after it."),
            finding(
                "dates-in-order",
                Severity.WARNING,
                "signOffs[0].date",
                "The document is dated 11 February 2014 but reports the sign-off on behalf of The"
                    + " council on 13 February 2014, after it."));
  }

  @Test
  void a_signature_after_submission_is_flagged_at_the_rounds_severity() {
    var plan =
        submittedOn14February()
            .signedBy(signed("wcc", "The council", LocalDate.of(2014, 2, 14)))
            .signedBy(signed("ccg", "The CCG", LocalDate.of(2014, 2, 15)))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "dates-in-order",
                Severity.ERROR,
                "signOffs[1].date",
                "The sign-off on behalf of The CCG is dated 15 February 2014, after the plan was"
                    + " submitted on 14 February 2014."));
  }

  @Test
  void a_document_date_that_is_not_a_day_is_not_compared() {
    var plan = submittedOn14February().fromASourceDated("February 2014").build();

    assertThat(check(rule, plan, Severity.WARNING)).extracting(Finding::where).isEmpty();
  }
}
