package bcf.register.model;

import static bcf.register.model.RegisterBuilder.aRegister;
import static bcf.register.model.RegisterBuilder.aRisk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExceptionReportTest {

  private static final LocalDate TODAY = LocalDate.of(2017, 10, 1);

  @Test
  void risks_at_or_above_the_threshold_band_are_exceptions() {
    Register register =
        aRegister()
            .with(aRisk("high"))
            .with(aRisk("medium"))
            .with(aRisk("category"))
            .rated("high", TODAY, Rating.of(2, 5)) // 10: the first score of High
            .rated("medium", TODAY, Rating.of(3, 3)) // 9: Medium
            .rated("category", TODAY, Rating.ofCategory("High"))
            .build();
    ExceptionReport report = ExceptionReport.of(register, TODAY);
    assertThat(report.aboveThreshold())
        .extracting(ExceptionReport.Line::entry)
        .containsExactly("high", "category");
    assertThat(report.aboveThreshold().get(0).why())
        .isEqualTo("rated likelihood 2 x impact 5 = 10 (High)");
  }

  @Test
  void a_review_due_before_today_is_overdue_and_one_due_today_is_not() {
    Register register =
        aRegister()
            .with(aRisk("late").reviewDue(TODAY.minusDays(1)))
            .with(aRisk("due").reviewDue(TODAY))
            .build();
    assertThat(ExceptionReport.of(register, TODAY).reviewsOverdue())
        .extracting(ExceptionReport.Line::entry)
        .containsExactly("late");
  }

  @Test
  void a_rating_worse_than_the_one_before_is_worsening_whatever_the_order_recorded() {
    Register register =
        aRegister()
            .with(aRisk("worse"))
            .with(aRisk("better"))
            .rated("worse", TODAY.minusMonths(1), Rating.of(2, 3))
            .rated("better", TODAY, Rating.of(2, 2))
            .rated("better", TODAY.minusMonths(1), Rating.of(3, 3))
            .rated("worse", TODAY, Rating.of(3, 3))
            .build();
    ExceptionReport report = ExceptionReport.of(register, TODAY);
    assertThat(report.worsening()).extracting(ExceptionReport.Line::entry).containsExactly("worse");
    assertThat(report.worsening().get(0).why())
        .isEqualTo(
            "was likelihood 2 x impact 3 = 6 (Medium), now likelihood 3 x impact 3 = 9 (Medium)");
  }

  @Test
  void escalations_without_a_decision_are_awaiting_one() {
    Escalation awaited =
        new Escalation("Ann", "the HWB Executive team", TODAY, "Cost", false, null);
    Escalation decided =
        new Escalation("Ann", "the HWB Executive team", TODAY, "Cost", true, "Fund it");
    Register register =
        aRegister().with(aRisk("a").escalated(awaited)).with(aRisk("d").escalated(decided)).build();
    ExceptionReport report = ExceptionReport.of(register, TODAY);
    assertThat(report.awaitingDecision())
        .extracting(ExceptionReport.Line::entry)
        .containsExactly("a");
    assertThat(report.awaitingDecision().get(0).why())
        .isEqualTo("escalated to the HWB Executive team on 1 October 2017; decision awaited");
  }

  @Test
  void closed_entries_are_never_exceptions() {
    Register register =
        aRegister()
            .with(aRisk("c").status(EntryStatus.CLOSED).reviewDue(TODAY.minusYears(1)))
            .rated("c", TODAY, Rating.of(5, 5))
            .build();
    assertThat(ExceptionReport.of(register, TODAY).count()).isZero();
  }

  @Test
  void the_latest_review_sets_when_the_next_review_is_due() {
    Register register =
        aRegister()
            .with(aRisk("r").reviewDue(TODAY.minusMonths(2)))
            .build()
            .withReviews(
                java.util.List.of(
                    new Review(
                        "r", TODAY.minusMonths(1), Rating.of(2, 2), null, TODAY.plusDays(1))));
    assertThat(ExceptionReport.of(register, TODAY).reviewsOverdue()).isEmpty();
    assertThat(ExceptionReport.of(register, TODAY.plusDays(2)).reviewsOverdue()).hasSize(1);
  }
}
