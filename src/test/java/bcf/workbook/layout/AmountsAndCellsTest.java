package bcf.workbook.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Amounts typed as text, read exactly or refused with the reason; lists shown by name and stored by
 * code; problems in one line; the layouts' look-ups.
 */
class AmountsAndCellsTest {

  static String read(String typed) {
    Amounts.Result r = Amounts.read(typed);
    return r.amount().map(BigDecimal::toPlainString).orElse("refused: " + r.problem());
  }

  @Test
  void every_unit_and_sign_is_read_exactly() {
    assertThat(read("1,200k")).isEqualTo("1200000");
    assertThat(read("£1.2m")).isEqualTo("1200000");
    assertThat(read("2bn")).isEqualTo("2000000000");
    assertThat(read("1.5 million")).isEqualTo("1500000");
    assertThat(read("3 thousand")).isEqualTo("3000");
    assertThat(read("£ 850,000.50")).isEqualTo("850000.5");
    assertThat(read(" 1200 ")).isEqualTo("1200");
    assertThat(read("1200.00")).isEqualTo("1200");
    assertThat(read(".5m")).isEqualTo("500000");
    assertThat(read("0.001k")).isEqualTo("1");
    assertThat(read("-£5,000")).isEqualTo("-5000");
    assertThat(read("£-5")).isEqualTo("-5");
    assertThat(read("-2K")).isEqualTo("-2000");
    assertThat(read("1\u00a0200")).startsWith("refused");
    assertThat(read("£\u00a0300")).isEqualTo("300");
    assertThat(read("0")).isEqualTo("0");
  }

  @Test
  void a_placeholder_or_misplaced_separators_are_refused_with_the_reason() {
    assertThat(Amounts.read(" TBC ").problem())
        .isEqualTo(
            "'TBC' is not an amount: type a number such as 1200000, 1,200k or £1.2m, or leave the"
                + " cell blank where it is not known");
    assertThat(Amounts.read("TBC").amount()).isEmpty();
    assertThat(Amounts.read("n/a").amount()).isEmpty();
    assertThat(Amounts.read("-").amount()).isEmpty();
    assertThat(Amounts.read("1.2.3").amount()).isEmpty();
    assertThat(Amounts.read("12,00").problem())
        .isEqualTo("'12,00' has its thousands separators in the wrong places");
    assertThat(Amounts.read("1,2345").problem()).contains("thousands separators");
    assertThat(Amounts.read("1234,567").problem()).contains("thousands separators");
    assertThat(Amounts.read("1,234,567.5").amount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1234567.5"));
    assertThat(Amounts.read("1,200k").problem()).isNull();
  }

  @Test
  void a_tidy_amount_has_no_trailing_zeros_nor_an_exponent() {
    assertThat(Amounts.tidy(new BigDecimal("1.2E+6")).toString()).isEqualTo("1200000");
    assertThat(Amounts.tidy(new BigDecimal("12.500")).toString()).isEqualTo("12.5");
    assertThat(Amounts.tidy(new BigDecimal("700")).toString()).isEqualTo("700");
    assertThat(Amounts.tidy(new BigDecimal("0.00")).toString()).isEqualTo("0");
  }

  @Test
  void a_list_shows_codes_by_name_and_takes_either_name_or_code() {
    Picklist list =
        new Picklist(
            "x",
            List.of(
                new Picklist.Option("a", "Apple"),
                new Picklist.Option("apple", "Another"),
                new Picklist.Option("b", "B")));
    assertThat(list.title("a")).isEqualTo("Apple");
    assertThat(list.title("zzz")).isEqualTo("zzz");
    assertThat(list.code(" APPLE ")).contains("a");
    assertThat(list.code("another")).contains("apple");
    assertThat(list.code("A")).contains("a");
    assertThat(list.code("b")).contains("b");
    assertThat(list.code("c")).isEqualTo(Optional.empty());
    assertThat(list.titles()).containsExactly("Apple", "Another", "B");
    assertThat(list.name()).isEqualTo("x");
  }

  @Test
  void a_problem_is_one_line_with_its_cell_and_place() {
    assertThat(
            new Problem("workbook-amount", true, "'4. Income'!G5", "contributions[0].actual", "m")
                .describe())
        .isEqualTo("ERROR workbook-amount  '4. Income'!G5  contributions[0].actual\n        m");
    assertThat(new Problem("r", false, "'4. Income'!G5", "", "m").describe())
        .isEqualTo("WARNING r  '4. Income'!G5\n        m");
    assertThat(new Problem("r", false, "", "schemes[3]", "m").describe())
        .isEqualTo("WARNING r  schemes[3]\n        m");
    assertThat(new Problem("r", true, "", "", "m").describe()).isEqualTo("ERROR r  \n        m");
  }

  @Test
  void a_cell_is_named_as_excel_names_it() {
    assertThat(Cells.column(1)).isEqualTo("B");
    assertThat(Cells.column(27)).isEqualTo("AB");
    assertThat(Cells.column(51)).isEqualTo("AZ");
    assertThat(Cells.column(52)).isEqualTo("BA");
    assertThat(Cells.column(702)).isEqualTo("AAA");
    assertThat(Cells.cell(0, 0)).isEqualTo("A1");
    assertThat(Cells.cell(2, 9)).isEqualTo("C10");
    assertThat(Cells.sheet("Plain")).isEqualTo("'Plain'");
  }

  @Test
  void a_layout_names_what_it_has_and_refuses_what_it_has_not() {
    PlanLayout plan = PlanLayouts.forRound(PlanLayoutsTest.round("2025-26"));
    assertThat(plan.table("4. Income")).isPresent();
    assertThat(plan.table("99. Nothing")).isEmpty();
    assertThatThrownBy(() -> plan.picklist("nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the layout has no list named nothing");
    assertThat(plan.round()).isEqualTo("2025-26");
    assertThat(plan.version()).startsWith(PlanLayouts.SHAPE + ".").hasSize(10);

    ReturnLayout returns = ReturnLayouts.forRound(PlanLayoutsTest.round("2025-26"));
    List<String> sheets = returns.sheets();
    assertThat(sheets.get(0)).isEqualTo(ReturnLayout.GUIDANCE);
    assertThat(sheets.get(sheets.size() - 1)).isEqualTo(ReturnLayout.LISTS);
    assertThat(returns.checklist()).isEqualTo(sheets.get(sheets.size() - 3)).contains("Checklist");
    assertThat(returns.details())
        .isEqualTo(sheets.get(sheets.size() - 2))
        .contains("Other details");
    assertThat(returns.form(ReturnLayout.COVER)).isPresent();
    assertThat(returns.form("99. Nothing")).isEmpty();
    assertThat(returns.table("99. Nothing")).isEmpty();
    assertThat(returns.tables()).allSatisfy(t -> assertThat(returns.table(t.sheet())).contains(t));
    assertThatThrownBy(() -> returns.picklist("nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the layout has no list named nothing");
    assertThat(returns.picklist("yesNo").titles()).containsExactly("Yes", "No");
    assertThat(returns.version()).startsWith(ReturnLayouts.SHAPE + ".");
  }

  @Test
  void only_money_and_numbers_are_numeric() {
    assertThat(ValueKind.MONEY.numeric()).isTrue();
    assertThat(ValueKind.NUMBER.numeric()).isTrue();
    assertThat(ValueKind.WHOLE.numeric()).isTrue();
    assertThat(ValueKind.TEXT.numeric()).isFalse();
    assertThat(ValueKind.DATE.numeric()).isFalse();
    assertThat(ValueKind.TRUE_OR_FALSE.numeric()).isFalse();
  }
}
