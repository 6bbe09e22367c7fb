package bcf.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.workbook.layout.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workbook's problems on a page: the sheet and cell in words, never Excel's reference. */
class WorkbookProblemsTest {

  @Test
  void aCellIsSaidAsItsSheetAndCell() {
    assertThat(WorkbookProblems.where("'4. Income'!G5")).isEqualTo("Sheet 4. Income, cell G5");
    assertThat(WorkbookProblems.where("Lists!A1")).isEqualTo("Sheet Lists, cell A1");
    assertThat(WorkbookProblems.where("'Bob''s sheet'!B2")).isEqualTo("Sheet Bob's sheet, cell B2");
    assertThat(WorkbookProblems.where("")).isEmpty();
    assertThat(WorkbookProblems.where(null)).isEmpty();
  }

  @Test
  void aRowKeepsTheMessageAndWhetherItIsAnError() {
    List<WorkbookProblems.Row> rows =
        WorkbookProblems.rows(
            List.of(
                new Problem(
                    "workbook-amount",
                    true,
                    "'4. Income'!G5",
                    "contributions[0].actual",
                    "'TBC' is not an amount")));

    assertThat(rows)
        .containsExactly(
            new WorkbookProblems.Row("Sheet 4. Income, cell G5", "'TBC' is not an amount", true));
  }

  @Test
  void aFileNameIsItsLastPartAndNeverEmpty() {
    assertThat(WorkbookUploads.nameOf("C:\\Users\\me\\plan.xlsx")).isEqualTo("plan.xlsx");
    assertThat(WorkbookUploads.nameOf("../../plan.xlsx")).isEqualTo("plan.xlsx");
    assertThat(WorkbookUploads.nameOf("")).isEqualTo("the workbook");
    assertThat(WorkbookUploads.nameOf(null)).isEqualTo("the workbook");
  }
}
