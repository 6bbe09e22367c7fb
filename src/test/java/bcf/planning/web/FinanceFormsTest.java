package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Period;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Shares typed as people write them, and periods shown in words. */
class FinanceFormsTest {

  private static final Column SHARE =
      new Column("retainedShare", "Share retained", Kind.SHARE, List.of(), false);

  @Test
  void a_share_is_read_as_a_percentage_a_fraction_or_an_exact_fraction() {
    assertThat(EditForm.convert(SHARE, "25%").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(EditForm.convert(SHARE, " 33.33 % ").decimalValue()).isEqualByComparingTo("0.3333");
    assertThat(EditForm.convert(SHARE, "0.5").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(EditForm.convert(SHARE, "100%").decimalValue()).isEqualByComparingTo("1");
    assertThat(EditForm.convert(SHARE, "1/3").asString()).isEqualTo("1/3");
    assertThat(EditForm.convert(SHARE, "")).isNull();
  }

  @Test
  void a_share_above_100_percent_or_below_nothing_is_refused_naming_the_field() {
    for (String bad : List.of("150%", "1.5", "4/3", "-5%", "1/0", "a quarter")) {
      assertThatThrownBy(() -> EditForm.convert(SHARE, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Enter share retained as a percentage from 0% to 100%");
    }
  }

  @Test
  void a_share_is_shown_as_a_percentage_that_reads_back_the_same() {
    var nodes = JsonNodeFactory.instance;
    assertThat(EditForm.display(SHARE, nodes.numberNode(new java.math.BigDecimal("0.3333"))))
        .isEqualTo("33.33%");
    assertThat(EditForm.display(SHARE, nodes.numberNode(new java.math.BigDecimal("0.25"))))
        .isEqualTo("25%");
    assertThat(EditForm.display(SHARE, nodes.stringNode("1/3"))).isEqualTo("1/3");
  }

  @Test
  void periods_are_shown_in_words() {
    assertThat(MetricForms.words(Period.parse("2025-04"))).isEqualTo("April 2025");
    assertThat(MetricForms.words(Period.parse("2025-26 Q3")))
        .isEqualTo("Quarter 3 (October to December 2025)");
    assertThat(MetricForms.words(Period.parse("2025-26"))).isEqualTo("2025/26");
    assertThat(MetricForms.words(Period.parse("2014-10..2014-12")))
        .isEqualTo("October to December 2014");
    assertThat(MetricForms.words(Period.parse("2014-11..2015-01")))
        .isEqualTo("November 2014 to January 2015");
  }

  @Test
  void rules_are_named_in_words() {
    assertThat(FinanceForms.rule("dfg-passthrough"))
        .isEqualTo("Disabled Facilities Grant passed through");
    assertThat(FinanceForms.rule("some-new-rule")).isEqualTo("Some new rule");
  }
}
