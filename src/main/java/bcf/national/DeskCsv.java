package bcf.national;

import bcf.csv.CsvCells;
import bcf.kernel.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The national view's plans table as CSV, one row per plan in the table's order: its HWBs (ONS
 * codes and names; a joint plan lists each, separated by "; "), the plan, its status, submission
 * and any override reason, findings, and its income and expenditure per year in pounds (blank where
 * the plan does not give the figure). Every cell goes through {@link CsvCells}, so text a
 * spreadsheet would run as a formula is written as text.
 */
public final class DeskCsv {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private DeskCsv() {}

  public static String write(
      List<Desk.Column> columns, List<Desk.Entry> entries, Map<String, Desk.Area> known) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "HWB ONS codes",
                "HWBs",
                "Plan id",
                "Plan",
                "Status",
                "Submitted",
                "Override reason",
                "Errors",
                "Warnings"));
    for (Desk.Column column : columns) {
      if (column.figure() != null) {
        header.add(column.label() + " (£)");
      }
    }
    StringBuilder csv = new StringBuilder(CsvCells.line(header));
    for (Desk.Entry entry : entries) {
      List<String> cells = new ArrayList<>();
      cells.add(
          entry.hwbs().stream()
              .map(id -> known.containsKey(id) ? known.get(id).code() : id)
              .collect(Collectors.joining("; ")));
      cells.add(
          entry.hwbs().stream()
              .map(id -> known.containsKey(id) ? known.get(id).name() : id)
              .collect(Collectors.joining("; ")));
      cells.add(entry.id());
      cells.add(entry.title());
      cells.add(entry.statusLabel());
      cells.add(date(entry.submittedAt()));
      cells.add(entry.overrideReason());
      cells.add(String.valueOf(entry.errors()));
      cells.add(String.valueOf(entry.warnings()));
      for (Desk.Column column : columns) {
        if (column.figure() != null) {
          Optional<Money> amount = entry.amount(column.figure(), Desk.yearOf(column));
          cells.add(amount.map(m -> m.pounds().toPlainString()).orElse(""));
        }
      }
      csv.append(CsvCells.line(cells));
    }
    return csv.toString();
  }

  private static String date(Instant at) {
    return at == null ? "" : at.atZone(ENGLAND).toLocalDate().toString();
  }
}
