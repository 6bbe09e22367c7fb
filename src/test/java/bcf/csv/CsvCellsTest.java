package bcf.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text; numbers stay numbers. */
class CsvCellsTest {

  @Test
  void formula_triggers_are_neutralised_with_a_quote() {
    assertThat(CsvCells.cell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(CsvCells.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.cell("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void plain_numbers_and_ordinary_text_are_left_alone() {
    for (String text : List.of("-12.5", "+3", "-1e5", "12", "0.5", "65-69", "90+", "a=b", "")) {
      assertThat(CsvCells.cell(text)).as(text).isEqualTo(text);
      assertThat(CsvCells.formulaLike(text)).as(text).isFalse();
    }
    assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.line(List.of("a", "=b", "-1"))).isEqualTo("a,'=b,-1\n");
  }
}
