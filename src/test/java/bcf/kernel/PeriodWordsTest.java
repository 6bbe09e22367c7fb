package bcf.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodWordsTest {

  @Test
  void aMonthIsItsNameAndYear() {
    assertThat(PeriodWords.of(Period.parse("2025-04"))).isEqualTo("April 2025");
    assertThat(PeriodWords.of(Period.parse("2026-01"))).isEqualTo("January 2026");
  }

  @Test
  void aQuarterIsNumberedInTheFinancialYearAndNamesItsMonths() {
    assertThat(PeriodWords.of(Period.parse("2025-26 Q1")))
        .isEqualTo("Quarter 1 (April to June 2025)");
    assertThat(PeriodWords.of(Period.parse("2025-26 Q3")))
        .isEqualTo("Quarter 3 (October to December 2025)");
    assertThat(PeriodWords.of(Period.parse("2025-26 Q4")))
        .isEqualTo("Quarter 4 (January to March 2026)");
  }

  @Test
  void aFinancialYearIsWrittenAsPlansPrintIt() {
    assertThat(PeriodWords.of(Period.parse("2017-18"))).isEqualTo("2017/18");
  }

  @Test
  void aRangeNamesBothEndsAndTheYearOnceWhereItIsOneYear() {
    assertThat(PeriodWords.of(Period.parse("2017-01..2017-05"))).isEqualTo("January to May 2017");
    assertThat(PeriodWords.of(Period.parse("2016-11..2017-02")))
        .isEqualTo("November 2016 to February 2017");
  }

  @Test
  void textThatIsNotAPeriodIsShownAsItIsAndBlankAsNothing() {
    assertThat(PeriodWords.of("2025-26 Q2")).isEqualTo("Quarter 2 (July to September 2025)");
    assertThat(PeriodWords.of("before the Autumn")).isEqualTo("before the Autumn");
    assertThat(PeriodWords.of((String) null)).isEmpty();
    assertThat(PeriodWords.of(" ")).isEmpty();
  }
}
