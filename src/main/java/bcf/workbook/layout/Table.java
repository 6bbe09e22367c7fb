package bcf.workbook.layout;

import java.util.List;

/**
 * A sheet holding one list of the plan, one row per item.
 *
 * @param sheet the sheet's name ("4. Income")
 * @param list the list in the plan document, as a JSON pointer ({@code /contributions})
 * @param blankRows how many empty input rows follow the items, for the person to fill
 */
public record Table(String sheet, String title, String list, List<Column> columns, int blankRows) {

  public Table {
    columns = List.copyOf(columns);
  }
}
