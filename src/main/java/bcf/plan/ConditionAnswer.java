package bcf.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The plan's answer to a national condition (or one of its sub-items), per HWB in a joint plan.
 * {@code expectedDateText} is the expected date in the source's own words where it gives no exact
 * date ("before the Autumn 2014"); {@code expectedDate} stays null then, because a date is never
 * invented.
 */
public record ConditionAnswer(
    String hwb,
    String condition,
    String subItem,
    Status status,
    Answer answer,
    String evidence,
    LocalDate expectedDate,
    String explanation,
    BigDecimal regionalPercentMet,
    String expectedDateText) {

  /** An answer without an approximate date (the shape before {@code expectedDateText}). */
  public ConditionAnswer(
      String hwb,
      String condition,
      String subItem,
      Status status,
      Answer answer,
      String evidence,
      LocalDate expectedDate,
      String explanation,
      BigDecimal regionalPercentMet) {
    this(
        hwb,
        condition,
        subItem,
        status,
        answer,
        evidence,
        expectedDate,
        explanation,
        regionalPercentMet,
        null);
  }

  /** Whether the plan says when the condition will be met, exactly or in words. */
  public boolean saysWhen() {
    return expectedDate != null || (expectedDateText != null && !expectedDateText.isBlank());
  }

  public enum Status {
    MET,
    NOT_MET
  }

  public enum Answer {
    YES,
    NO
  }
}
