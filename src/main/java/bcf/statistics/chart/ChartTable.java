package bcf.statistics.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's data as a plain table, the text alternative a page renders below the chart: {@code
 * caption} (the chart title), {@code header} cells, {@code rows} of already formatted cells (a
 * missing value is the empty string), and for each column whether it holds numbers (to align right,
 * class {@code bcf-numeric}).
 */
public record ChartTable(
    String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric) {

  public ChartTable {
    caption = caption == null ? "" : caption;
    header = List.copyOf(header);
    List<List<String>> copied = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells but the header has " + header.size());
      }
      copied.add(List.copyOf(row));
    }
    rows = List.copyOf(copied);
    numeric = List.copyOf(numeric);
    if (numeric.size() != header.size()) {
      throw new IllegalArgumentException(
          "numeric marks " + numeric.size() + " columns but the header has " + header.size());
    }
  }

  /** Whether column {@code column} (from 0) holds numbers. */
  public boolean numeric(int column) {
    return numeric.get(column);
  }
}
