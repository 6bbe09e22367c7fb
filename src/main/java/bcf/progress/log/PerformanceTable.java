package bcf.progress.log;

import bcf.kernel.FinancialYear;
import java.util.List;

/** A year's performance on the measures, with growth against an earlier year. */
public record PerformanceTable(
    FinancialYear year, FinancialYear comparedWith, List<PerformanceRow> rows) {

  public PerformanceTable {
    rows = List.copyOf(rows);
  }
}
