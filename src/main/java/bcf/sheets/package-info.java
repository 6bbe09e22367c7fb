/**
 * Spreadsheets opened safely and read as rows, framework-free: the guard that refuses a hostile or
 * unusable file before it is parsed ({@link bcf.sheets.SpreadsheetGuard}), rows as text ({@link
 * bcf.sheets.SheetRow}), a header row found by its labels with aliases for renamed columns ({@link
 * bcf.sheets.Header}) and the markers published statistics write for a missing value ({@link
 * bcf.sheets.Missing}). Reading an .xlsx file itself (fastexcel) is in {@code bcf.sheets.xlsx}.
 */
package bcf.sheets;
