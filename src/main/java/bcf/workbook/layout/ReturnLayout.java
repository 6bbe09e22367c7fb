package bcf.workbook.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole quarterly-return workbook of one round, as {@link PlanLayout} is the plan's: its form
 * sheets (a label in column A, the value in column B from row 5), its table sheets (headings in row
 * 4, items from row 5), its picklists and the order of its sheets. Built from the round's data by
 * {@link ReturnLayouts}, followed by both the writer and the reader.
 *
 * @param version the template version: a fingerprint of this layout
 * @param sheets every sheet's name in order, the guidance first and the hidden lists last
 */
public record ReturnLayout(
    String round,
    String roundName,
    String version,
    List<Form> forms,
    List<Table> tables,
    Map<String, Picklist> picklists,
    List<String> sheets) {

  /** A sheet of labelled values, one a row. */
  public record Form(String sheet, String title, List<Field> fields) {
    public Form {
      fields = List.copyOf(fields);
    }
  }

  public static final String GUIDANCE = "1. Guidance";
  public static final String COVER = "2. Cover";
  public static final String LISTS = "Lists";

  /**
   * The marker in the hidden lists sheet's first cell that says a workbook is a bcf return
   * workbook; a plan workbook says {@link PlanLayout#MARKER}.
   */
  public static final String MARKER = "bcf return workbook";

  /**
   * The hidden Lists sheet's cell holding the version of the stored return a workbook was filled
   * from (with "return version" beside it), when it was downloaded from bcf.
   */
  public static final String RETURN_VERSION_CELL = "B4";

  public ReturnLayout {
    forms = List.copyOf(forms);
    tables = List.copyOf(tables);
    picklists = Map.copyOf(picklists);
    sheets = List.copyOf(sheets);
  }

  /** The checklist sheet's name (numbered after the form and table sheets). */
  public String checklist() {
    return sheets.get(sheets.size() - 3);
  }

  /** The "Other details" sheet's name. */
  public String details() {
    return sheets.get(sheets.size() - 2);
  }

  public Optional<Table> table(String sheet) {
    return tables.stream().filter(t -> t.sheet().equals(sheet)).findFirst();
  }

  public Optional<Form> form(String sheet) {
    return forms.stream().filter(f -> f.sheet().equals(sheet)).findFirst();
  }

  public Picklist picklist(String name) {
    Picklist list = picklists.get(name);
    if (list == null) {
      throw new IllegalArgumentException("the layout has no list named " + name);
    }
    return list;
  }
}
