package bcf.workbook;

import bcf.json.Json;
import bcf.workbook.layout.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code bcf import} does the same for a plan and a return workbook: opening the file, writing
 * the document, and the report of the problems (as text or JSON).
 */
final class ImportReport {

  private ImportReport() {}

  /** Imports from an opened workbook file. */
  interface Importer<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * The import of the workbook file, or null when it cannot be read or used (the reason is then
   * said on {@code err}).
   */
  static <T> T read(Path path, String book, Importer<T> importer, PrintWriter err) {
    try (InputStream in = Files.newInputStream(path)) {
      return importer.read(in);
    } catch (NoSuchFileException e) {
      err.println("bcf: " + book + ": no such file");
    } catch (IOException e) {
      err.println("bcf: " + book + ": cannot be read (" + e.getMessage() + ")");
    } catch (UnusableWorkbookException e) {
      err.println("bcf: " + book + ": " + e.getMessage());
    }
    return null;
  }

  /** Writes the document's text; false (with the reason on {@code err}) when it cannot. */
  static boolean write(String output, String text, PrintWriter err) {
    try {
      Files.writeString(Path.of(output), text + "\n", StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("bcf: " + output + ": cannot be written (" + e.getMessage() + ")");
      return false;
    }
  }

  /**
   * The problems, each at its cell, and whether the document was written.
   *
   * @param title what the text report's first line calls the workbook
   */
  static void print(
      String format,
      String title,
      String output,
      boolean written,
      List<Problem> problems,
      PrintWriter out) {
    if (format.equals("json")) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("written", written ? output : null);
      List<Map<String, Object>> list = new ArrayList<>();
      for (Problem p : problems) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("rule", p.rule());
        one.put("severity", p.error() ? "error" : "warning");
        one.put("cell", p.cell().isEmpty() ? null : p.cell());
        one.put("where", p.where().isEmpty() ? null : p.where());
        one.put("message", p.message());
        list.add(one);
      }
      document.put("problems", list);
      out.println(Json.write(document));
    } else {
      long errors = problems.stream().filter(Problem::error).count();
      long warnings = problems.size() - errors;
      out.println(
          title
              + ": "
              + errors
              + (errors == 1 ? " error, " : " errors, ")
              + warnings
              + (warnings == 1 ? " warning" : " warnings"));
      for (Problem p : problems) {
        out.println();
        out.println(p.describe());
      }
      out.println();
      out.println(
          written
              ? "Wrote " + output
              : "Not written: " + output + " (fix the cells above and import again)");
    }
  }
}
