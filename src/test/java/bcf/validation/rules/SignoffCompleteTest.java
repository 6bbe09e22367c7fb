package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.plan.SignOff;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import bcf.workflow.RequiredSignatures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2017-19 round: each CCG's accountable officer, the council and the HWB chair sign. */
class SignoffCompleteTest {

  private final SignoffComplete rule = new SignoffComplete();
  private static final LocalDate SIGNED = LocalDate.of(2017, 9, 11);

  private static PlanBuilder partners() {
    return aPlan()
        .withOrganisation("ccg", "South Warwickshire CCG", "ccg")
        .withOrganisation("wcc", "Warwickshire County Council", "local-authority")
        .withOrganisation("heart", "HEART", "provider");
  }

  private static SignOff signOff(String party, String name, LocalDate date, String asPrinted) {
    return new SignOff(null, party, null, null, null, name, date, asPrinted, true);
  }

  private static PlanBuilder allSigned() {
    return partners()
        .signedBy(signOff("ccg", "Gillian Entwistle", SIGNED, null))
        .signedBy(signOff("wcc", "Monica Fogarty", SIGNED, null))
        .signedBy(signOff("h", "Cllr Izzi Seccombe", SIGNED, null));
  }

  @Test
  void its_id_is_signoff_complete() {
    assertThat(rule.id()).isEqualTo("signoff-complete");
  }

  @Test
  void a_plan_signed_by_every_required_party_has_no_findings() {
    assertThat(check(rule, allSigned().build(), Severity.WARNING)).isEmpty();
  }

  @Test
  void each_party_that_has_not_signed_is_named_with_the_role_required() {
    assertThat(check(rule, partners().build(), Severity.WARNING))
        .containsExactly(
            finding(
                "signoff-complete",
                Severity.WARNING,
                "signOffs",
                "South Warwickshire CCG has not signed the plan (Accountable officer of each"
                    + " CCG)."),
            finding(
                "signoff-complete",
                Severity.WARNING,
                "signOffs",
                "Warwickshire County Council has not signed the plan (Council chief executive or"
                    + " director of adult social services)."),
            finding(
                "signoff-complete",
                Severity.WARNING,
                "signOffs",
                "Anyshire HWB has not signed the plan (Chair of the Health and Wellbeing Board)."));
  }

  @Test
  void a_sign_off_missing_its_name_date_or_both_says_which_at_that_field() {
    var plan =
        partners()
            .signedBy(signOff("h", "Cllr Izzi Seccombe", SIGNED, null))
            .signedBy(signOff("ccg", " ", SIGNED, "Signed:\n   ........"))
            .signedBy(signOff("wcc", "Monica Fogarty", null, ""));

    assertThat(check(rule, plan.build(), Severity.ERROR))
        .containsExactly(
            finding(
                "signoff-complete",
                Severity.ERROR,
                "signOffs[1].name",
                "The sign-off on behalf of South Warwickshire CCG has no name (printed \"Signed:"
                    + " ........\")."),
            finding(
                "signoff-complete",
                Severity.ERROR,
                "signOffs[2].date",
                "The sign-off on behalf of Warwickshire County Council has no date."));
  }

  @Test
  void a_blank_sign_off_lacks_name_and_date_and_long_print_is_shortened() {
    var printed = "On behalf of the HWB " + "z".repeat(100);
    var plan = allSigned().build();
    var unsigned =
        partners()
            .signedBy(signOff("ccg", "Gillian Entwistle", SIGNED, null))
            .signedBy(signOff("wcc", "Monica Fogarty", SIGNED, null))
            .signedBy(signOff("h", null, null, printed));

    assertThat(check(rule, plan, Severity.WARNING)).isEmpty();
    assertThat(check(rule, unsigned.build(), Severity.WARNING))
        .containsExactly(
            finding(
                "signoff-complete",
                Severity.WARNING,
                "signOffs[2].name",
                "The sign-off on behalf of Anyshire HWB has no name and date (printed \""
                    + printed.substring(0, 77)
                    + "...\")."));
  }

  @Test
  void print_of_exactly_eighty_characters_is_quoted_whole() {
    var printed = "p".repeat(80);
    var plan =
        partners()
            .signedBy(signOff("ccg", "Gillian Entwistle", SIGNED, null))
            .signedBy(signOff("wcc", "Monica Fogarty", SIGNED, null))
            .signedBy(signOff("h", "Cllr Izzi Seccombe", null, printed));

    assertThat(check(rule, plan.build(), Severity.WARNING))
        .extracting(Finding::message)
        .containsExactly(
            "The sign-off on behalf of Anyshire HWB has no date (printed \"" + printed + "\").");
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan = allSigned().signedBy(signOff("ccg", null, SIGNED, null)).build();
    var unsigned =
        partners()
            .signedBy(signOff("wcc", "Monica Fogarty", SIGNED, null))
            .signedBy(signOff("h", "Cllr Izzi Seccombe", SIGNED, null))
            .explaining("signoff-complete", null, "signOffs", "The CCG signs on 20 September.")
            .build();

    assertThat(check(rule, plan, Severity.WARNING)).isEmpty();
    assertThat(validate(unsigned, RoundBuilder.theRound("2017-19"), "signoff-complete", "warning"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("The CCG signs on 20 September.");
  }

  /** Runs the rule as the workflow sees the plan: its recorded signatures decide. */
  private List<Finding> checkRecorded(bcf.plan.Plan plan, RequiredSignatures.Recorded... recorded) {
    var round = bcf.round.RoundBuilder.theRound(plan.round());
    var context =
        new bcf.validation.PlanContext(
            plan,
            round,
            new bcf.finance.FinanceEngine().compute(plan, round),
            java.util.Optional.of(List.of(recorded)));
    return rule.check(context, new bcf.validation.RuleParameters(Severity.WARNING, Map.of()));
  }

  @Test
  void in_the_workflow_the_recorded_signatures_decide_not_the_printed_ones() {
    var signedInBcf =
        checkRecorded(
            partners().build(),
            new RequiredSignatures.Recorded("ccg", "ccg-accountable-officer"),
            new RequiredSignatures.Recorded("wcc", "council"),
            new RequiredSignatures.Recorded("h", "hwb-chair"));
    var printedOnly = checkRecorded(allSigned().build());
    var wrongRole =
        checkRecorded(
            allSigned().build(),
            new RequiredSignatures.Recorded("ccg", "council"),
            new RequiredSignatures.Recorded("wcc", "council"),
            new RequiredSignatures.Recorded("h", "hwb-chair"));

    // All signed in bcf: no "has not signed" beside "3 of 3 signatures", whatever the document
    // prints.
    assertThat(signedInBcf).isEmpty();
    assertThat(printedOnly)
        .extracting(Finding::where, Finding::message)
        .first()
        .isEqualTo(
            org.assertj.core.groups.Tuple.tuple(
                "signOffs[0]",
                "South Warwickshire CCG has not signed the plan (Accountable officer of each CCG)"
                    + " (the document prints a sign-off by Gillian Entwistle, not recorded in"
                    + " bcf)."));
    assertThat(printedOnly).hasSize(3);
    assertThat(wrongRole)
        .extracting(Finding::message)
        .containsExactly(
            "South Warwickshire CCG has not signed the plan (Accountable officer of each CCG)"
                + " (the document prints a sign-off by Gillian Entwistle, not recorded in bcf).");
  }

  @Test
  void the_workflow_waits_for_exactly_the_signatures_the_findings_name() {
    var plan = partners().build();
    var round = bcf.round.RoundBuilder.theRound(plan.round());
    var recorded = List.of(new RequiredSignatures.Recorded("wcc", "council"));

    var missing = RequiredSignatures.missing(RequiredSignatures.of(plan, round), recorded);
    var findings = checkRecorded(plan, recorded.toArray(RequiredSignatures.Recorded[]::new));

    assertThat(missing)
        .extracting(RequiredSignatures.Required::partyName)
        .containsExactly("South Warwickshire CCG", "Anyshire HWB");
    assertThat(findings)
        .extracting(Finding::message)
        .allSatisfy(m -> assertThat(missing).anyMatch(r -> m.startsWith(r.partyName())))
        .hasSize(missing.size());
  }
}
