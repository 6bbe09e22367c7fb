package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.workbook.layout.Problem;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Importing a filled return workbook: each problem at its {@code 'Sheet'!Cell} in words, amounts
 * typed as text read or refused, picklists with their allowed values, formulas by their cached
 * values, the return's findings at their cells, and a plan workbook refused as a return (and a
 * return workbook as a plan) with the reason.
 */
class ReturnWorkbookImportTest {

  static final ReturnWorkbooks WORKBOOKS = ReturnWorkbookRoundTripTest.WORKBOOKS;

  static byte[] dorset() throws Exception {
    return WORKBOOKS.filled(ReturnWorkbookRoundTripTest.dorset());
  }

  static ReturnWorkbooks.Imported imported(byte[] book) {
    return WORKBOOKS.importWorkbook(new ByteArrayInputStream(book), null, Optional.empty());
  }

  @Test
  void anAmountTypedAsTextIsReadWhenItCanBe() throws Exception {
    byte[] book = Books.withText(dorset(), "8. Expenditure", "G5", "£1.2m");

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.problems()).isEmpty();
    assertThat(
            imported
                .document()
                .at("/incomeAndExpenditure/expenditure/0/actualToDate")
                .decimalValue())
        .isEqualByComparingTo("1200000");
  }

  @Test
  void anAmountThatCannotBeReadIsAProblemAtItsCellAndNothingIsKept() throws Exception {
    byte[] book = Books.withText(dorset(), "8. Expenditure", "H6", "TBC");

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("workbook-amount");
              assertThat(p.error()).isTrue();
              assertThat(p.cell()).isEqualTo("'8. Expenditure'!H6");
              assertThat(p.where())
                  .isEqualTo("incomeAndExpenditure.expenditure[1].forecastOutturn");
              assertThat(p.message()).startsWith("Forecast outturn (£): ").contains("TBC");
            });
    assertThat(imported.complete()).isFalse();
  }

  @Test
  void aValueNotInTheRoundsListNamesTheAllowedValues() throws Exception {
    byte[] book = Books.withText(dorset(), "5. National conditions", "D5", "Nearly");

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.problems())
        .filteredOn(p -> p.rule().equals("workbook-picklist"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.cell()).isEqualTo("'5. National conditions'!D5");
              assertThat(p.message())
                  .isEqualTo(
                      "Status: 'Nearly' is not in the round's list; choose one of: Met; Not met;"
                          + " Partly met");
            });
    // the value is kept as typed, so the return's own check reports it too, at the same cell
    assertThat(imported.problems())
        .filteredOn(p -> p.rule().equals("return-values"))
        .extracting(Problem::cell)
        .containsExactly("'5. National conditions'!D5");
  }

  @Test
  void aFindingOfTheReturnPointsToItsCell() throws Exception {
    // a condition met, yet with a date it is expected to be met by: return-met-date
    byte[] book = Books.withText(dorset(), "5. National conditions", "E5", "2016-04-01");

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("return-met-date");
              assertThat(p.cell()).startsWith("'5. National conditions'!").endsWith("5");
            });
  }

  @Test
  void aFormulaIsReadByTheValueItLastShowed() throws Exception {
    byte[] book =
        Books.changed(
            dorset(),
            w -> {
              var cell = Books.cell(w, "8. Expenditure", "G5");
              cell.setCellFormula("1000+234");
              w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            });

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.problems()).isEmpty();
    assertThat(
            imported
                .document()
                .at("/incomeAndExpenditure/expenditure/0/actualToDate")
                .decimalValue())
        .isEqualByComparingTo("1234");
  }

  @Test
  void aBlankReturnWorkbookSaysWhatIsMissing() throws Exception {
    byte[] book = WORKBOOKS.blank("2017-19");

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.quarterlyReturn()).isEmpty();
    assertThat(imported.problems())
        .allSatisfy(p -> assertThat(p.rule()).isEqualTo("return-document"))
        .anySatisfy(p -> assertThat(p.cell()).isEqualTo("'2. Cover'!B5"));
  }

  @Test
  void aPlanWorkbookIsRefusedAsAReturnAndAReturnWorkbookAsAPlan() throws Exception {
    assertThatThrownBy(() -> imported(Books.warwickshire()))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("it is a plan workbook, not a quarterly return workbook");
    assertThatThrownBy(() -> Books.imported(dorset()))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("it is a quarterly return workbook, not a plan workbook");
  }

  @Test
  void aWorkbookOfAnotherTemplateVersionIsRefusedWithTheReason() throws Exception {
    byte[] book = Books.withText(dorset(), "Lists", "B2", "1.00000000");

    assertThatThrownBy(() -> imported(book))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageContaining("made from version 1.00000000 of the 2014-16 return template");
  }

  @Test
  void aMovedHeadingIsRefusedAtItsCell() throws Exception {
    byte[] book = Books.withText(dorset(), "7. Income", "E4", "Amount");

    assertThatThrownBy(() -> imported(book))
        .isInstanceOf(UnusableWorkbookException.class)
        .hasMessageStartingWith(
            "'7. Income'!E4 should say 'Plan for the year (£)' but says 'Amount'");
  }

  @Test
  void theVarianceIsAFormulaOfForecastLessPlanAndIsNotReadBack() throws Exception {
    byte[] book =
        Books.changed(
            dorset(),
            w -> {
              Books.cell(w, "8. Expenditure", "H5").setCellValue(27_500_000);
              w.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    try (var w = WorkbookCells.open(book)) {
      var variance = Books.cell(w, "8. Expenditure", "I5");
      assertThat(variance.getCellFormula())
          .isEqualTo("IF(AND(ISNUMBER(F5),ISNUMBER(H5)),H5-F5,\"\")");
      assertThat(variance.getNumericCellValue()).isEqualTo(461_000.0);
      assertThat(variance.getCellStyle().getLocked()).isTrue();
      assertThat(w.getSheet("8. Expenditure").getProtect()).isTrue();
    }

    ReturnWorkbooks.Imported imported = imported(book);

    assertThat(imported.problems()).isEmpty();
    var line = imported.document().at("/incomeAndExpenditure/expenditure/0");
    assertThat(line.path("forecastOutturn").decimalValue()).isEqualByComparingTo("27500000");
    assertThat(line.has("variance")).isFalse();
  }

  @Test
  void aReturnRoundWithTheHighImpactChangeModelHasItsSheetAndNoPaymentForPerformance()
      throws Exception {
    try (var w = WorkbookCells.open(WORKBOOKS.blank("2017-19"))) {
      assertThat(w.getSheet("9. High Impact Change Model")).isNotNull();
      assertThat(w.getSheet("9. Payment for performance")).isNull();
      assertThat(w.getName("List_hicmLevel")).isNotNull();
      assertThat(w.isSheetHidden(w.getSheetIndex("Lists"))).isTrue();
      assertThat(w.getSheet("2. Cover").getRow(1).getCell(0).getCellFormula())
          .contains("\"Complete Template\",\"Incomplete Template\"");
    }
    try (var w = WorkbookCells.open(WORKBOOKS.blank("2014-16"))) {
      assertThat(w.getSheet("9. Payment for performance")).isNotNull();
      assertThat(w.getName("List_hicmLevel")).isNull();
    }
  }
}
