package bcf.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edges of the value types: scales, ranges, comparisons and equality. */
class KernelEdgesTest {

  @Test
  void money_accepts_trailing_zeros_beyond_the_penny_but_not_fractions_of_it() {
    assertThat(Money.of("1.000")).isEqualTo(Money.of("1.00"));
    assertThat(Money.of("1.10").pounds().scale()).isEqualTo(2);
    assertThat(Money.of("1.010")).isEqualTo(Money.of("1.01"));
    assertThat(new Money(new BigDecimal("1E+3"))).isEqualTo(Money.of(1000));
    assertThatThrownBy(() -> Money.of("1.005"))
        .hasMessage("an amount of money has at most two decimal places: 1.005");
    assertThatThrownBy(() -> new Money(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void money_compares_by_amount() {
    Money one = Money.of(1);
    assertThat(one.isLessThan(Money.of(1))).isFalse();
    assertThat(one.isLessThan(Money.of("1.01"))).isTrue();
    assertThat(one.isGreaterThan(Money.of(1))).isFalse();
    assertThat(one.isGreaterThan(Money.of("0.99"))).isTrue();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.of("-0.01").isNegative()).isTrue();
    assertThat(Money.of("0.01").isZero()).isFalse();
    assertThat(one.negate()).isEqualTo(Money.of(-1));
    assertThat(Money.of(-5).abs()).isEqualTo(Money.of(5));
    assertThat(one.minus(Money.of(3))).isEqualTo(Money.of(-2));
    assertThat(Money.of(3).times(4)).isEqualTo(Money.of(12));
    assertThat(Money.of(10).times(new BigDecimal("0.3333"))).isEqualTo(Money.of("3.33"));
    assertThat(Money.of(1).times(new BigDecimal("0.005"))).isEqualTo(Money.of("0.01"));
    assertThat(Money.of(1355).toPlain()).isEqualTo(new BigDecimal("1355.00"));
    assertThat(Money.of("-234.5").toString()).isEqualTo("-£234.50");
    assertThat(Money.of(1000).format()).isEqualTo("£1,000");
  }

  @Test
  void money_is_formatted_as_a_uk_decimal_format_would_format_it() {
    assertThat(Money.of(0).format()).isEqualTo("£0");
    assertThat(Money.of("0.5").format()).isEqualTo("£0.50");
    assertThat(Money.of("0.05").format()).isEqualTo("£0.05");
    assertThat(Money.of("-0.01").format()).isEqualTo("-£0.01");
    assertThat(Money.of(999).format()).isEqualTo("£999");
    assertThat(Money.of(100_000).format()).isEqualTo("£100,000");
    assertThat(Money.of("-1234.05").format()).isEqualTo("-£1,234.05");
    assertThat(Money.of("12345678901234.9").format()).isEqualTo("£12,345,678,901,234.90");
    // Every length of whole pounds, with and without pence, against the JDK's own formatter.
    java.util.Random random = new java.util.Random(14);
    for (int digits = 1; digits <= 18; digits++) {
      for (int k = 0; k < 50; k++) {
        long whole = (long) (random.nextDouble() * Math.pow(10, digits));
        int pence = k % 3 == 0 ? 0 : random.nextInt(100);
        BigDecimal pounds = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(pence, 2));
        if (k % 2 == 1) {
          pounds = pounds.negate();
        }
        java.text.DecimalFormat jdk =
            new java.text.DecimalFormat(
                pence == 0 ? "#,##0" : "#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        String expected = (pounds.signum() < 0 ? "-£" : "£") + jdk.format(pounds.abs());
        assertThat(new Money(pounds).format()).as("%s", pounds).isEqualTo(expected);
      }
    }
  }

  @Test
  void financial_years_run_from_1900_to_2999() {
    assertThat(new FinancialYear(1900).toString()).isEqualTo("1900-01");
    assertThat(new FinancialYear(2999).display()).isEqualTo("2999/00");
    assertThat(new FinancialYear(2009).toString()).isEqualTo("2009-10");
    assertThat(new FinancialYear(2017).display()).isEqualTo("2017/18");
    assertThatThrownBy(() -> new FinancialYear(1899))
        .hasMessage("financial year out of range: 1899");
    assertThatThrownBy(() -> new FinancialYear(3000))
        .hasMessage("financial year out of range: 3000");
    assertThatThrownBy(() -> FinancialYear.parse(null))
        .hasMessage("'null' is not a financial year written like 2017-18");
    assertThat(FinancialYear.isValid("2017-18")).isTrue();
    assertThat(FinancialYear.isValid("2017-19")).isFalse();
  }

  @Test
  void financial_years_know_their_months_and_neighbours() {
    FinancialYear year = FinancialYear.parse("2017-18");
    assertThat(year.firstMonth()).isEqualTo(YearMonth.of(2017, 4));
    assertThat(year.lastMonth()).isEqualTo(YearMonth.of(2018, 3));
    assertThat(year.previous()).isEqualTo(FinancialYear.parse("2016-17"));
    assertThat(FinancialYear.containing(YearMonth.of(2017, 4))).isEqualTo(year);
    assertThat(FinancialYear.containing(YearMonth.of(2017, 3))).isEqualTo(year.previous());
    assertThat(year.compareTo(year.next())).isNegative();
    assertThat(year.compareTo(year)).isZero();
  }

  @Test
  void a_period_cannot_end_before_it_starts_but_may_be_one_month() {
    YearMonth july = YearMonth.of(2017, 7);
    assertThat(new Period(Period.Kind.MONTH, july, july).months()).isEqualTo(1);
    assertThatThrownBy(() -> new Period(Period.Kind.RANGE, july, july.minusMonths(1)))
        .hasMessage("a period cannot end before it starts");
  }

  @Test
  void periods_parse_with_spaces_and_reject_other_forms_saying_which_are_accepted() {
    assertThat(Period.parse(" 2017-07 ")).isEqualTo(Period.of(YearMonth.of(2017, 7)));
    assertThat(Period.parse("2017-07..2017-07").kind()).isEqualTo(Period.Kind.RANGE);
    assertThat(Period.parse("2017-18 Q1"))
        .isEqualTo(new Period(Period.Kind.QUARTER, YearMonth.of(2017, 4), YearMonth.of(2017, 6)));
    String accepted =
        "is not a period: write a financial year (2017-18), a month (2017-07), a quarter"
            + " (2017-18 Q2) or a range of months (2013-04..2013-12)";
    assertThatThrownBy(() -> Period.parse(null)).hasMessage("'null' " + accepted);
    assertThatThrownBy(() -> Period.parse("..2017-07")).hasMessage("'..2017-07' " + accepted);
    assertThatThrownBy(() -> Period.parse("2017-7..2017-08"))
        .hasMessage("'2017-7..2017-08' " + accepted);
    assertThatThrownBy(() -> Period.parse("2017-13")).hasMessage("'2017-13' " + accepted);
    assertThatThrownBy(() -> Period.parse("+12017-07..+12017-08"))
        .hasMessage("'+12017-07..+12017-08' " + accepted);
    assertThatThrownBy(() -> Period.parse("2017-18 Q5")).hasMessage("'2017-18 Q5' " + accepted);
  }

  @Test
  void a_period_is_within_a_year_when_all_its_months_are() {
    FinancialYear year = FinancialYear.parse("2017-18");
    assertThat(Period.parse("2017-04").within(year)).isTrue();
    assertThat(Period.parse("2018-03").within(year)).isTrue();
    assertThat(Period.parse("2017-18").within(year)).isTrue();
    assertThat(Period.parse("2017-03").within(year)).isFalse();
    assertThat(Period.parse("2018-04").within(year)).isFalse();
    assertThat(Period.parse("2018-03..2018-04").within(year)).isFalse();
    assertThat(Period.parse("2018-01").startYear()).isEqualTo(year);
  }

  @Test
  void periods_order_by_start_then_end_and_are_equal_by_kind_and_months() {
    Period q2 = Period.parse("2017-18 Q2");
    Period range = new Period(Period.Kind.RANGE, q2.first(), q2.last());
    assertThat(q2).isEqualTo(Period.parse("2017-18 Q2")).isNotEqualTo(range);
    assertThat(q2).isNotEqualTo(Period.parse("2017-18 Q3")).isNotEqualTo("2017-18 Q2");
    assertThat(q2)
        .isNotEqualTo(new Period(Period.Kind.QUARTER, q2.first(), q2.last().plusMonths(1)));
    assertThat(q2.compareTo(range)).isZero();
    assertThat(Period.parse("2017-07").compareTo(q2)).isNegative();
    assertThat(Period.parse("2017-08").compareTo(q2)).isPositive();
  }

  @Test
  void every_month_quarter_and_range_of_a_decade_has_its_own_hash() {
    Set<Integer> hashes = new HashSet<>();
    int periods = 0;
    for (YearMonth m = YearMonth.of(2010, 4);
        m.isBefore(YearMonth.of(2020, 4));
        m = m.plusMonths(1)) {
      hashes.add(Period.of(m).hashCode());
      hashes.add(new Period(Period.Kind.RANGE, m, m.plusMonths(2)).hashCode());
      hashes.add(new Period(Period.Kind.RANGE, m, m.plusMonths(5)).hashCode());
      periods += 3;
    }
    assertThat(hashes).hasSize(periods);
    assertThat(Period.parse("2017-18 Q2").hashCode())
        .isEqualTo(Period.parse("2017-18 Q2").hashCode())
        .isNotEqualTo(
            new Period(Period.Kind.RANGE, YearMonth.of(2017, 7), YearMonth.of(2017, 9)).hashCode());
  }

  @Test
  void a_share_is_between_none_and_all_of_a_positive_whole() {
    assertThat(Share.of(BigDecimal.ZERO).of(Money.of(100))).isEqualTo(Money.ZERO);
    assertThat(Share.of(BigDecimal.ONE).of(Money.of(100))).isEqualTo(Money.of(100));
    assertThat(Share.parse("3/3").value()).isEqualByComparingTo("1");
    assertThat(Share.parse(" 1 / 4 ").value()).isEqualByComparingTo("0.25");
    assertThat(Share.parse("1/3").isFraction()).isTrue();
    assertThat(Share.of(new BigDecimal("0.5")).isFraction()).isFalse();
    assertThat(Share.parse("1/3").toString()).isEqualTo("1/3");
    assertThat(Share.of(new BigDecimal("0.25")).toString()).isEqualTo("0.25");
    assertThatThrownBy(() -> new Share(BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessage("a share's denominator must be positive");
    assertThatThrownBy(() -> new Share(BigDecimal.ZERO, new BigDecimal("-1")))
        .hasMessage("a share's denominator must be positive");
    assertThatThrownBy(() -> Share.of(new BigDecimal("-0.01")))
        .hasMessage("a share is between 0 and 1");
    assertThatThrownBy(() -> Share.of(new BigDecimal("1.01")))
        .hasMessage("a share is between 0 and 1");
    assertThatThrownBy(() -> Share.parse("a third"))
        .hasMessage("'a third' is not a fraction written like 1/3");
  }
}
