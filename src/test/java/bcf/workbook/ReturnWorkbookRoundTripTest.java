package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.json.Json;
import bcf.round.json.RoundCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Golden round trip of a quarterly return: Dorset's quarter 2 return of 2015-16, written to a
 * workbook and imported back, is the same document, compared value by value (numbers by value: a
 * cell holds 440920, the file may say 440920.00; the fields of a group may come back in another
 * order, which JSON does not give a meaning); and the workbook written from the imported return
 * holds the same input cells as the first.
 */
class ReturnWorkbookRoundTripTest {

  static final ReturnWorkbooks WORKBOOKS = new ReturnWorkbooks(RoundCatalogue.load());

  static JsonNode dorset() throws Exception {
    return Json.read(Files.readString(Path.of("examples/returns/dorset-2015-16-q2.json")));
  }

  @Test
  void dorsetsQuarter2ReturnComesBackTheSameThroughItsWorkbook() throws Exception {
    JsonNode before = dorset();
    byte[] book = WORKBOOKS.filled(before);

    ReturnWorkbooks.Imported imported =
        WORKBOOKS.importWorkbook(new ByteArrayInputStream(book), null, Optional.empty());

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.complete()).isTrue();
    assertThat(differences("", before, imported.document())).isEmpty();

    byte[] again = WORKBOOKS.filled(imported.document());
    assertThat(WorkbookCells.inputs(again)).isEqualTo(WorkbookCells.inputs(book));
  }

  @Test
  void theFiguresSitInTheirCells() throws Exception {
    byte[] book = WORKBOOKS.filled(dorset());
    var inputs = WorkbookCells.inputs(book);
    // the first expenditure line: its scheme, description and plan for the year
    assertThat(inputs)
        .containsEntry("8. Expenditure!B5", "integrated-locality-teams")
        .containsEntry("8. Expenditure!F5", "2.7039E7")
        .containsEntry("2. Cover!B19", "6.127E7")
        .containsEntry("9. Payment for performance!C5", "440920.0")
        .containsEntry("5. National conditions!B5", "Plans to be jointly agreed")
        .containsEntry("5. National conditions!D7", "Not met");
    // only the document's kind and version have no cell of their own
    assertThat(inputs).containsKeys("13. Other details!B5", "13. Other details!B6");
    assertThat(inputs).doesNotContainKey("13. Other details!B7");
  }

  /** Where two documents differ: numbers by value, groups whatever the order of their fields. */
  static List<String> differences(String at, JsonNode a, JsonNode b) {
    List<String> found = new ArrayList<>();
    if (a.isNumber() && b.isNumber()) {
      if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
        found.add(at + ": " + a + " became " + b);
      }
    } else if (a.isObject() && b.isObject()) {
      for (String name : a.propertyNames()) {
        if (!b.has(name)) {
          found.add(at + "/" + name + ": lost (" + a.get(name) + ")");
        } else {
          found.addAll(differences(at + "/" + name, a.get(name), b.get(name)));
        }
      }
      for (String name : b.propertyNames()) {
        if (!a.has(name)) {
          found.add(at + "/" + name + ": added (" + b.get(name) + ")");
        }
      }
    } else if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        found.add(at + ": " + a.size() + " items became " + b.size());
      } else {
        for (int i = 0; i < a.size(); i++) {
          found.addAll(differences(at + "/" + i, a.get(i), b.get(i)));
        }
      }
    } else if (!a.equals(b)) {
      found.add(at + ": " + a + " became " + b);
    }
    return found;
  }
}
