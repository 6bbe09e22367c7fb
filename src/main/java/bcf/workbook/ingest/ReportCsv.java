package bcf.workbook.ingest;

import bcf.csv.CsvCells;
import bcf.workbook.layout.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The per-file report as CSV: file, HWB (ONS code and name), outcome, errors, warnings, and the
 * problems, each at its cell, separated by " | ".
 */
public final class ReportCsv {

  private ReportCsv() {}

  public static List<String> header() {
    return List.of("File", "HWB ONS code", "HWB", "Outcome", "Errors", "Warnings", "Problems");
  }

  public static List<String> row(FileReport f) {
    return List.of(
        f.file(),
        f.hwbs().stream().map(Board::code).collect(Collectors.joining("; ")),
        f.hwbs().stream().map(Board::name).collect(Collectors.joining("; ")),
        f.outcome().words(),
        String.valueOf(f.errors()),
        String.valueOf(f.warnings()),
        f.problems().stream().map(ReportCsv::words).collect(Collectors.joining(" | ")));
  }

  /** A problem in words: where (its cell, else its place in the plan), then what. */
  public static String words(Problem p) {
    String at =
        !p.cell().isEmpty() ? p.cell() + ": " : !p.where().isEmpty() ? p.where() + ": " : "";
    return at + p.message();
  }

  public static String write(List<FileReport> files) {
    StringBuilder csv = new StringBuilder(CsvCells.line(header()));
    files.forEach(f -> csv.append(CsvCells.line(row(f))));
    return csv.toString();
  }
}
