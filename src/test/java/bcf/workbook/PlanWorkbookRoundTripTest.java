package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.json.RoundCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Golden round trip: each seed plan, written to a workbook and imported back, is the same plan.
 * Compared field by field on the plan JSON writer's canonical output, numbers by value (a workbook
 * cell holds 440920, not 440920.00), every other value exactly; and the workbook written from the
 * imported plan holds the same input cells as the first.
 */
class PlanWorkbookRoundTripTest {

  static final PlanWorkbooks WORKBOOKS = new PlanWorkbooks(RoundCatalogue.load());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "central-lancashire-2014-16",
        "coventry-2014-16",
        "dorset-2015-16",
        "warwickshire-2014-16",
        "warwickshire-2017-19"
      })
  void aSeedPlanComesBackTheSameThroughItsWorkbook(String name) throws Exception {
    Plan plan =
        new PlanDocumentReader()
            .read(Files.readAllBytes(Path.of("examples/plans/" + name + ".json")));
    byte[] book = WORKBOOKS.filled(plan);

    PlanWorkbooks.Imported imported =
        WORKBOOKS.importWorkbook(new ByteArrayInputStream(book), null);

    assertThat(imported.problems()).filteredOn(p -> p.rule().startsWith("workbook-")).isEmpty();
    assertThat(imported.plan()).isPresent();
    JsonNode before = new PlanDocumentWriter().toJson(plan);
    JsonNode after = new PlanDocumentWriter().toJson(imported.plan().get());
    assertThat(differences("", before, after)).isEmpty();

    byte[] again = WORKBOOKS.filled(imported.plan().get());
    assertThat(WorkbookCells.inputs(again)).isEqualTo(WorkbookCells.inputs(book));
  }

  /** Where two documents differ, numbers compared by value. */
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
      if (found.isEmpty()
          && !List.copyOf(a.propertyNames()).equals(List.copyOf(b.propertyNames()))) {
        found.add(at + ": fields in another order");
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
