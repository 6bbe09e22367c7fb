package bcf.workbook.layout;

/** How a cell's value is written and read back into the plan document. */
public enum ValueKind {
  TEXT,
  MONEY,
  NUMBER,
  WHOLE,
  TRUE_OR_FALSE,
  DATE;

  public boolean numeric() {
    return this == MONEY || this == NUMBER || this == WHOLE;
  }
}
