package bcf.register.model;

import static bcf.register.model.RegisterBuilder.aRegister;
import static bcf.register.model.RegisterBuilder.aRisk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterRulesTest {

  private static final LocalDate AUG = LocalDate.of(2017, 8, 24);

  @Test
  void a_register_on_its_scale_has_no_findings() {
    Register register =
        aRegister()
            .with(aRisk("r1").raised(AUG).reviewDue(AUG.plusMonths(1)).target(Rating.of(2, 2)))
            .rated("r1", AUG, Rating.of(4, 4))
            .build();
    assertThat(RegisterRules.check(register)).isEmpty();
  }

  @Test
  void a_likelihood_of_7_on_a_5_point_scale_is_refused_at_its_place() {
    Register register =
        aRegister().with(aRisk("r1").raised(AUG)).rated("r1", AUG, Rating.of(7, 3)).build();
    List<Finding> findings = RegisterRules.check(register);
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.rule()).isEqualTo(RegisterRules.OUTSIDE_SCALE);
    assertThat(finding.where()).isEqualTo("reviews[0].rating.likelihood");
    assertThat(finding.describe())
        .isEqualTo(
            "Entry 1 (Risk r1), review on 24 August 2017: the likelihood 7 is outside the"
                + " register's scale of 1 to 5.");
  }

  @Test
  void an_impact_of_0_and_an_unknown_category_are_outside_the_scale() {
    Register register =
        aRegister()
            .with(aRisk("r1"))
            .with(aRisk("r2"))
            .rated("r1", AUG, Rating.of(3, 0))
            .rated("r2", AUG, Rating.ofCategory("Severe"))
            .build();
    assertThat(RegisterRules.check(register))
        .extracting(Finding::where)
        .containsExactly("reviews[0].rating.impact", "reviews[1].rating.category");
  }

  @Test
  void a_review_date_before_the_raised_date_is_an_error() {
    Register register =
        aRegister().with(aRisk("r1").raised(AUG).reviewDue(AUG.minusDays(1))).build();
    assertThat(RegisterRules.check(register))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RegisterRules.REVIEW_BEFORE_RAISED);
              assertThat(f.where()).isEqualTo("entries[0].review");
              assertThat(f.message())
                  .isEqualTo(
                      "the review date 23 August 2017 is before the date it was raised, 24 August"
                          + " 2017.");
            });
  }

  @Test
  void a_review_on_the_raised_date_is_fine() {
    Register register = aRegister().with(aRisk("r1").raised(AUG).reviewDue(AUG)).build();
    assertThat(RegisterRules.check(register)).isEmpty();
  }

  @Test
  void a_target_worse_than_the_current_rating_is_an_error() {
    Register register =
        aRegister()
            .with(aRisk("r1").target(Rating.of(4, 5)))
            .rated("r1", AUG, Rating.of(3, 3))
            .build();
    assertThat(RegisterRules.check(register))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RegisterRules.TARGET_WORSE);
              assertThat(f.message())
                  .contains("likelihood 4 x impact 5 = 20 (Very high)")
                  .contains("likelihood 3 x impact 3 = 9 (Medium)");
            });
  }

  @Test
  void a_target_equal_to_the_current_rating_is_fine_and_categories_compare_by_order() {
    RegisterBuilder equal =
        aRegister().with(aRisk("r1").target(Rating.of(3, 3))).rated("r1", AUG, Rating.of(3, 3));
    assertThat(RegisterRules.check(equal.build())).isEmpty();
    Register worse =
        aRegister()
            .with(aRisk("r1").target(Rating.ofCategory("High")))
            .rated("r1", AUG, Rating.ofCategory("Medium"))
            .build();
    assertThat(RegisterRules.check(worse))
        .extracting(Finding::rule)
        .containsExactly(RegisterRules.TARGET_WORSE);
  }

  @Test
  void an_escalated_entry_needs_who_to_whom_when_and_why() {
    Register none = aRegister().with(aRisk("r1").escalated(null)).build();
    assertThat(RegisterRules.check(none))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RegisterRules.ESCALATION_MISSING);
              assertThat(f.message())
                  .isEqualTo(
                      "is escalated but does not say who escalated it, to whom, when or why.");
            });
    Register noReason =
        aRegister()
            .with(
                aRisk("r1")
                    .escalated(new Escalation("Ann", "Programme board", AUG, " ", false, null)))
            .build();
    assertThat(RegisterRules.check(noReason))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("is escalated but does not say why.");
    Register complete =
        aRegister()
            .with(
                aRisk("r1")
                    .escalated(new Escalation("Ann", "Programme board", AUG, "Cost", false, null)))
            .build();
    assertThat(RegisterRules.check(complete)).isEmpty();
  }

  @Test
  void score_bands_must_cover_every_score_the_scale_can_give_once() {
    Scale gap =
        new Scale(
            Scale.DEFAULT.likelihood(),
            Scale.DEFAULT.impact(),
            List.of(new Scale.Band("Low", 1, 4), new Scale.Band("High", 10, 25)),
            "High",
            List.of(),
            null);
    assertThat(RegisterRules.check(aRegister().onScale(gap).build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RegisterRules.BANDS);
              assertThat(f.message())
                  .startsWith("do not cover the scores 5, 6, 8, 9 of the 5 x 5 scale");
            });
    Scale overlap =
        new Scale(
            Scale.DEFAULT.likelihood(),
            Scale.DEFAULT.impact(),
            List.of(new Scale.Band("Low", 1, 10), new Scale.Band("High", 10, 25)),
            "High",
            List.of(),
            null);
    assertThat(RegisterRules.check(aRegister().onScale(overlap).build()))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("overlap: the scores 10 fall in more than one band.");
  }

  @Test
  void the_default_scale_covers_itself() {
    assertThat(RegisterRules.check(aRegister().build())).isEmpty();
  }

  @Test
  void a_review_of_an_entry_the_register_lacks_is_an_error() {
    Register register = aRegister().with(aRisk("r1")).rated("r9", AUG, Rating.of(1, 1)).build();
    assertThat(RegisterRules.check(register))
        .extracting(Finding::rule)
        .containsExactly(RegisterRules.UNKNOWN_ENTRY);
  }

  @Test
  void a_rating_with_a_likelihood_and_no_impact_is_incomplete() {
    Register register =
        aRegister().with(aRisk("r1")).rated("r1", AUG, new Rating(3, null, null, null)).build();
    assertThat(RegisterRules.check(register))
        .extracting(Finding::rule)
        .containsExactly(RegisterRules.INCOMPLETE);
  }
}
