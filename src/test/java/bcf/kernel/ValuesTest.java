package bcf.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void money_is_exact_to_the_penny() {
    Money a = Money.of("0.10");
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(a);
    }
    assertThat(sum).isEqualTo(Money.of(1));
    assertThat(Money.thousands(1355)).isEqualTo(Money.of(1_355_000));
    assertThat(Money.of("1234567.5").format()).isEqualTo("£1,234,567.50");
    assertThat(Money.of(-234).format()).isEqualTo("-£234");
    assertThatThrownBy(() -> Money.of("0.001")).hasMessageContaining("two decimal places");
  }

  @Test
  void financial_years_run_april_to_march() {
    FinancialYear year = FinancialYear.parse("2017-18");
    assertThat(year.display()).isEqualTo("2017/18");
    assertThat(year.toString()).isEqualTo("2017-18");
    assertThat(year.next()).isEqualTo(FinancialYear.parse("2018-19"));
    assertThat(FinancialYear.parse("1999-00").next()).isEqualTo(FinancialYear.parse("2000-01"));
    assertThat(FinancialYear.containing(java.time.YearMonth.of(2018, 3))).isEqualTo(year);
    assertThatThrownBy(() -> FinancialYear.parse("2017/18"))
        .hasMessageContaining("written like 2017-18");
    assertThatThrownBy(() -> FinancialYear.parse("2017-19"))
        .hasMessageContaining("the year after 2017");
  }

  @Test
  void periods_in_four_forms() {
    assertThat(Period.parse("2017-18 Q2").first()).isEqualTo(java.time.YearMonth.of(2017, 7));
    assertThat(Period.parse("2017-18 Q4").first()).isEqualTo(java.time.YearMonth.of(2018, 1));
    assertThat(Period.parse("2017-18 Q4").toString()).isEqualTo("2017-18 Q4");
    assertThat(Period.parse("2013-04..2013-12").months()).isEqualTo(9);
    assertThat(Period.parse("2012-13").months()).isEqualTo(12);
    assertThat(Period.parse("2017-07").toString()).isEqualTo("2017-07");
    assertThatThrownBy(() -> Period.parse("July 2017")).hasMessageContaining("is not a period");
    assertThatThrownBy(() -> Period.parse("2013-12..2013-04"))
        .hasMessageContaining("is not a period");
  }

  @Test
  void a_third_of_five_million_is_exact_to_the_penny() {
    assertThat(Share.parse("1/3").of(Money.of(5_000_000))).isEqualTo(Money.of("1666666.67"));
    assertThat(Share.of(new java.math.BigDecimal("0.25")).of(Money.of(979_990)))
        .isEqualTo(Money.of("244997.50"));
    assertThatThrownBy(() -> Share.parse("4/3")).hasMessageContaining("between 0 and 1");
  }
}
