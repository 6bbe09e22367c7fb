package bcf.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The plan's answer to a national condition (or one of its sub-items), per HWB in a joint plan. */
public record ConditionAnswer(
    String hwb,
    String condition,
    String subItem,
    Status status,
    Answer answer,
    String evidence,
    LocalDate expectedDate,
    String explanation,
    BigDecimal regionalPercentMet) {

  public enum Status {
    MET,
    NOT_MET
  }

  public enum Answer {
    YES,
    NO
  }
}
