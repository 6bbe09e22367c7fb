package bcf.document;

import java.util.List;

/**
 * The parts of a document a filled workbook changed, saved together as one version, so that the
 * version's note says them all ("Edited Schemes, Risks from the workbook plan.xlsx") and the
 * document's kind decides on sign-offs as for any edit.
 */
public record WorkbookParts(String label, List<String> fields) implements DocumentPart {

  public WorkbookParts {
    fields = List.copyOf(fields);
  }

  /** The parts' labels joined, and the workbook's name: "Schemes, Risks from the workbook x". */
  public static WorkbookParts of(List<? extends DocumentPart> parts, String source) {
    return new WorkbookParts(
        String.join(", ", parts.stream().map(DocumentPart::label).toList())
            + " from the workbook "
            + source,
        parts.stream().flatMap(p -> p.fields().stream()).toList());
  }

  @Override
  public String code() {
    return "workbook";
  }
}
