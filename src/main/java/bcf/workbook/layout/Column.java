package bcf.workbook.layout;

/**
 * A column of a table sheet.
 *
 * @param header the heading the person reads (from the plan's JSON Schema titles)
 * @param path where its value goes inside one row's object, as a JSON pointer ({@code
 *     /spend/2017-18/recurrent})
 * @param picklist the name of the round's list it takes, or null
 * @param required whether the plan document requires it in every row
 */
public record Column(
    String header,
    String path,
    ValueKind value,
    CellKind cell,
    String picklist,
    boolean required) {}
