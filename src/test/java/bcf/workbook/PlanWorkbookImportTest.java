package bcf.workbook;

import static bcf.workbook.Books.cell;
import static bcf.workbook.Books.changed;
import static bcf.workbook.Books.imported;
import static bcf.workbook.Books.withText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.workbook.layout.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Importing a filled workbook: amounts typed as text, picklist values, formulas, another round or
 * template version, files that are not workbooks, and findings that point to their cells.
 */
class PlanWorkbookImportTest {

  static byte[] book;

  @BeforeAll
  static void write() {
    book = Books.warwickshire();
  }

  private static BigDecimal firstActual(PlanWorkbooks.Imported imported) {
    return imported.plan().orElseThrow().contributions().get(0).actual().pounds();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,200k|1200000",
        "£1.2m|1200000",
        "£ 850,000.50|850000.5",
        "2bn|2000000000",
        "52596000|52596000"
      })
  void anAmountTypedAsTextIsReadAtItsCell(String typed, String pounds) {
    PlanWorkbooks.Imported imported = imported(withText(book, "4. Income", "G5", typed));

    assertThat(imported.problems()).filteredOn(p -> p.rule().startsWith("workbook-")).isEmpty();
    assertThat(firstActual(imported)).isEqualByComparingTo(pounds);
  }

  @ParameterizedTest
  @CsvSource({"TBC", "n/a", "'1,20,0'", "about 5m"})
  void anAmountThatIsNotOneIsRefusedAtItsCell(String typed) {
    PlanWorkbooks.Imported imported = imported(withText(book, "4. Income", "G5", typed));

    assertThat(imported.problems())
        .filteredOn(p -> p.rule().equals("workbook-amount"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.cell()).isEqualTo("'4. Income'!G5");
              assertThat(p.where()).isEqualTo("contributions[0].actual");
              assertThat(p.message()).contains(typed.strip()).contains("Actual");
              assertThat(p.error()).isTrue();
            });
    assertThat(imported.complete()).isFalse();
    assertThat(imported.hasErrors()).isTrue();
  }

  @Test
  void aPicklistValueNotInTheRoundsListIsReportedWithTheAllowedValues() {
    PlanWorkbooks.Imported imported = imported(withText(book, "4. Income", "C5", "Lottery money"));

    assertThat(imported.problems())
        .filteredOn(p -> p.rule().equals("workbook-picklist"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.cell()).isEqualTo("'4. Income'!C5");
              assertThat(p.message())
                  .contains("'Lottery money' is not in the round's list")
                  .contains("CCG minimum contribution")
                  .contains("Disabled Facilities Grant");
            });
  }

  @Test
  void aPicklistNameIsStoredAsItsCode() {
    PlanWorkbooks.Imported imported =
        imported(withText(book, "4. Income", "C5", "  ccg minimum CONTRIBUTION "));

    assertThat(imported.plan().orElseThrow().contributions().get(0).stream())
        .isEqualTo("ccg-minimum");
  }

  @Test
  void aFormulaIsReadAsItsCachedValue() {
    byte[] withFormula =
        changed(
            book,
            w -> {
              Cell cell = cell(w, "4. Income", "G5");
              cell.setCellFormula("1000*2");
              w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            });

    assertThat(firstActual(imported(withFormula))).isEqualByComparingTo("2000");
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws Exception {
    byte[] written =
        withText(book, "5. Expenditure", "B5", "=HYPERLINK(\"http://example.invalid\",\"x\")");
    PlanWorkbooks.Imported imported = imported(written);
    String name = imported.plan().orElseThrow().schemes().get(0).name();

    byte[] again = Books.WORKBOOKS.filled(imported.plan().get());
    try (var workbook = WorkbookCells.open(again)) {
      Cell cell = workbook.getSheet("5. Expenditure").getRow(4).getCell(1);
      assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo(name);
    }
    assertThat(name).startsWith("=HYPERLINK");
  }

  @Test
  void aPlanThatCannotBeMadeSaysWhichCell() {
    PlanWorkbooks.Imported imported = imported(withText(book, "5. Expenditure", "B5", ""));

    assertThat(imported.plan()).isEmpty();
    assertThat(imported.problems())
        .filteredOn(Problem::error)
        .extracting(Problem::cell, Problem::where)
        .contains(org.assertj.core.groups.Tuple.tuple("'5. Expenditure'!B5", "schemes[0].name"));
  }

  @Test
  void aFindingOfTheImportedPlanPointsToItsCell() {
    PlanWorkbooks.Imported imported = imported(withText(book, "13. Dates", "B7", "2017-09-11"));
    PlanWorkbooks.Imported without = imported(book);

    assertThat(without.problems())
        .filteredOn(p -> p.rule().equals("required-fields"))
        .extracting(Problem::cell, Problem::where)
        .contains(org.assertj.core.groups.Tuple.tuple("'13. Dates'!B7", "dates[2].date"));
    assertThat(imported.problems())
        .filteredOn(p -> p.rule().equals("required-fields"))
        .extracting(Problem::cell)
        .doesNotContain("'13. Dates'!B7");
  }

  @Test
  void changedIncomeBreaksIncomeEqualsExpenditureAtTheIncomeSheet() {
    PlanWorkbooks.Imported imported = imported(withText(book, "4. Income", "G5", "1"));

    assertThat(imported.problems())
        .filteredOn(p -> p.rule().equals("income-equals-expenditure"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.error()).isTrue());
  }

  @Test
  void aBlankWorkbookImportsToAPlanThatLacksItsId() {
    byte[] blank = Books.WORKBOOKS.blank("2025-26");

    PlanWorkbooks.Imported imported = imported(blank);

    assertThat(imported.hasErrors()).isTrue();
    assertThat(imported.problems())
        .filteredOn(Problem::error)
        .extracting(Problem::cell)
        .contains("'2. Cover'!B5");
  }

  @Test
  void theBlankTemplateFilledInByAnHwbImportsAsThatHwbsPlan() {
    byte[] filled =
        withText(
            withText(Books.WORKBOOKS.blank("2025-26"), "10. HWBs", "A5", " E09000002 "),
            "10. HWBs",
            "B5",
            "Barking and Dagenham");

    PlanWorkbooks.Imported imported = imported(filled);

    assertThat(imported.plan()).isPresent();
    assertThat(imported.plan().get().id()).isEqualTo("e09000002-2025-26");
    assertThat(imported.problems()).extracting(Problem::cell).doesNotContain("'2. Cover'!B5");
    // An id typed on the cover is kept as typed.
    PlanWorkbooks.Imported named =
        imported(withText(filled, "2. Cover", "B5", "barking-and-dagenham-2025-26"));
    assertThat(named.plan().orElseThrow().id()).isEqualTo("barking-and-dagenham-2025-26");
  }

  @Test
  void aWorkbookOfAnotherRoundIsRefusedWithTheReason() {
    byte[] blank = Books.WORKBOOKS.blank("2014-16");

    assertThatThrownBy(
            () -> Books.WORKBOOKS.importWorkbook(new ByteArrayInputStream(blank), "2017-19"))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("for the 2014-16 round but the plan is of the 2017-19 round");
  }

  @Test
  void aWorkbookOfAnotherTemplateVersionIsRefused() {
    byte[] old = withText(book, "Lists", "B2", "1.00000000");

    assertThatThrownBy(() -> imported(old))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("version 1.00000000 of the 2017-19 template");
  }

  @Test
  void aWorkbookOfARoundThisBcfDoesNotKnowIsRefused() {
    byte[] strange = withText(book, "Lists", "B1", "2031-33");

    assertThatThrownBy(() -> imported(strange))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("'2031-33', which this bcf does not know");
  }

  @Test
  void aSheetWhoseColumnsMovedIsRefusedAtTheHeading() {
    byte[] moved = withText(book, "4. Income", "G4", "Amount");

    assertThatThrownBy(() -> imported(moved))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("'4. Income'!G4 should say 'Actual' but says 'Amount'");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() {
    byte[] csv = "id,name\nx,y\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> imported(csv))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("not an Excel workbook");
  }

  @Test
  void aWorkbookThatIsNotBcfsIsRefused() throws Exception {
    byte[] other = changed(book, w -> w.removeSheetAt(w.getSheetIndex("Lists")));

    assertThatThrownBy(() -> imported(other))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("not a bcf plan workbook");
  }
}
