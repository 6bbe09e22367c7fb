/** Reading an .xlsx file's sheets as rows (fastexcel, streaming), after the guard has passed it. */
@NamedInterface("xlsx")
package bcf.sheets.xlsx;

import org.springframework.modulith.NamedInterface;
