package bcf.workbook.layout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole plan workbook of one round: its cover fields, its table sheets, its picklists and the
 * years it is laid out for. Rows and columns are fixed here, once, for both the writer and the
 * reader: every sheet has its title in row 1 and the template's status under it in row 2; a table
 * has its headings in row 4 and its items from row 5; the cover has a label in column A and the
 * value in column B from row 5.
 *
 * @param version the template version: a fingerprint of this layout, so that a workbook made from
 *     another version of the round's data is recognised
 * @param tolerance how far income may differ from expenditure in a year before its check says No
 */
public record PlanLayout(
    String round,
    String roundName,
    String version,
    List<String> years,
    List<Field> cover,
    List<Table> tables,
    Map<String, Picklist> picklists,
    BigDecimal tolerance) {

  public static final String GUIDANCE = "1. Guidance";
  public static final String COVER = "2. Cover";
  public static final String SUMMARY = "3. Summary";
  public static final String CHECKLIST = "9. Checklist";
  public static final String DETAILS = "16. Other details";
  public static final String LISTS = "Lists";

  /** The row (from 0) of a table's headings. */
  public static final int HEADER_ROW = 3;

  /** The row (from 0) of a table's first item, and of the cover's first field. */
  public static final int FIRST_ROW = 4;

  /** The marker in the hidden lists sheet's first cell that says a workbook is bcf's. */
  public static final String MARKER = "bcf plan workbook";

  /**
   * The hidden Lists sheet's cell holding the version of the stored plan a workbook was filled from
   * (with "plan version" beside it), when it was downloaded from bcf.
   */
  public static final String PLAN_VERSION_CELL = "B4";

  public PlanLayout {
    years = List.copyOf(years);
    cover = List.copyOf(cover);
    tables = List.copyOf(tables);
    picklists = Map.copyOf(picklists);
  }

  public Optional<Table> table(String sheet) {
    return tables.stream().filter(t -> t.sheet().equals(sheet)).findFirst();
  }

  public Picklist picklist(String name) {
    Picklist list = picklists.get(name);
    if (list == null) {
      throw new IllegalArgumentException("the layout has no list named " + name);
    }
    return list;
  }
}
