package bcf.workbook.layout;

/**
 * One labelled cell of the cover sheet.
 *
 * @param path where its value goes in the plan document, as a JSON pointer ({@code /source/title})
 */
public record Field(
    String label, String path, ValueKind value, CellKind cell, String picklist, boolean required) {}
