package bcf.workbook.layout;

/**
 * Who fills a cell: the person (yellow, unlocked), bcf from the round (grey), or a formula (grey).
 */
public enum CellKind {
  INPUT,
  PREFILLED,
  CALCULATED
}
