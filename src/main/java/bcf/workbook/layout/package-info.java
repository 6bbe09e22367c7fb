/**
 * The plan workbook's layout as plain data: which sheets, which cells, what each cell holds (a path
 * into the plan document), whether it is input, pre-filled or calculated, and which of the round's
 * picklists it takes. Built from the round and the plan's JSON Schema, never per round in code; the
 * writer and the reader both follow it, so they cannot drift. Framework-free.
 */
package bcf.workbook.layout;
