package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.workbook.layout.PlanLayout;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The written workbook in the template's manner, read back with POI. */
class PlanWorkbookWriterTest {

  static XSSFWorkbook book;

  @BeforeAll
  static void write() throws Exception {
    book = WorkbookCells.open(Books.warwickshire());
  }

  @AfterAll
  static void close() throws Exception {
    book.close();
  }

  private static XSSFCell at(String sheet, int row, int column) {
    return book.getSheet(sheet).getRow(row).getCell(column);
  }

  @Test
  void theSheetsAreNumberedInTheTemplatesOrderWithTheListsHidden() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));

    assertThat(names)
        .containsExactly(
            "1. Guidance",
            "2. Cover",
            "3. Summary",
            "4. Income",
            "5. Expenditure",
            "6. Metrics",
            "7. National conditions",
            "8. Risks",
            "9. Checklist",
            "10. HWBs",
            "11. Organisations",
            "12. Sign-off",
            "13. Dates",
            "14. Narrative",
            "15. Declared figures",
            "16. Other details",
            "Lists");
    assertThat(book.getSheetVisibility(book.getSheetIndex("Lists")))
        .isEqualTo(SheetVisibility.HIDDEN);
    assertThat(at("Lists", 0, 0).getStringCellValue()).isEqualTo(PlanLayout.MARKER);
    assertThat(at("Lists", 0, 1).getStringCellValue()).isEqualTo("2017-19");
  }

  @Test
  void inputCellsAreYellowAndUnlockedOthersGreyAndLockedInProtectedSheets() {
    XSSFCell input = at("4. Income", 4, 6);
    XSSFCell round = at("2. Cover", 5, 1);

    assertThat(input.getNumericCellValue()).isEqualTo(52596000d);
    assertThat(input.getCellStyle().getLocked()).isFalse();
    assertThat(input.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FFFF99");
    assertThat(round.getStringCellValue()).isEqualTo("2017-19");
    assertThat(round.getCellStyle().getLocked()).isTrue();
    assertThat(round.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("D9D9D9");
    book.forEach(s -> assertThat(((XSSFSheet) s).getProtect()).as(s.getSheetName()).isTrue());
  }

  @Test
  void picklistsShowNamesFromNamedRangesAndAmountsAreLimited() {
    XSSFSheet income = book.getSheet("4. Income");
    List<String> formulas =
        income.getDataValidations().stream()
            .map(DataValidation::getValidationConstraint)
            .map(c -> c.getValidationType() + ":" + c.getFormula1() + ":" + c.getFormula2())
            .toList();

    assertThat(at("4. Income", 4, 2).getStringCellValue())
        .isEqualTo("Local authority contribution (excluding iBCF)");
    assertThat(formulas)
        .contains(
            DataValidationConstraint.ValidationType.LIST + ":List_fundingStream:null",
            DataValidationConstraint.ValidationType.DECIMAL + ":0:1000000000");
    assertThat(book.getName("List_fundingStream").getRefersToFormula()).startsWith("'Lists'!$");
    assertThat(book.getName("List_schemeType")).isNotNull();
  }

  @Test
  void theChecklistIsLiveWithLinksColoursAndTheTemplatesStatus() {
    XSSFSheet checklist = book.getSheet("9. Checklist");
    XSSFCell firstCheck = at("9. Checklist", 4, 2);

    assertThat(at("9. Checklist", 4, 0).getStringCellValue()).isEqualTo("Plan id is filled in");
    assertThat(firstCheck.getCellType()).isEqualTo(CellType.FORMULA);
    assertThat(firstCheck.getCellFormula())
        .isEqualTo("IF(LEN(TRIM('2. Cover'!B5))>0,\"Yes\",\"No\")");
    assertThat(at("9. Checklist", 4, 1).getHyperlink().getAddress()).isEqualTo("'2. Cover'!B5");
    assertThat(checklist.getSheetConditionalFormatting().getNumConditionalFormattings())
        .isEqualTo(1);
    assertThat(at("2. Cover", 1, 0).getCellFormula())
        .contains("COUNTIF('9. Checklist'!$C$5:")
        .contains("\"Complete Template\",\"Incomplete Template\"");
    assertThat(at("3. Summary", 4, 1).getCellFormula()).startsWith("SUMIFS('4. Income'!$G$5:");
    assertThat(at("3. Summary", 4, 4).getCellFormula())
        .isEqualTo("IF(ABS(D5)<=1000,\"Yes\",\"No\")");
    List<String> checks = new ArrayList<>();
    checklist.forEach(r -> checks.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
    assertThat(checks)
        .contains("Income equals expenditure in 2017-18", "Income equals expenditure in 2018-19");
  }

  @Test
  void whatNoSheetHasACellForGoesToOtherDetailsInWords() {
    XSSFSheet details = book.getSheet("16. Other details");
    List<String> what = new ArrayList<>();
    details.forEach(r -> what.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));

    assertThat(what).contains("Dfg, pass through 1, amount", "Document version");
    assertThat(details.isColumnHidden(3)).isTrue();
  }
}
