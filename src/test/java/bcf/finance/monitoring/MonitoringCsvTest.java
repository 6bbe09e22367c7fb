package bcf.finance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.csv.CsvException;
import bcf.golden.Examples;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoringCsvTest {

  private static final Plan PLAN = Examples.plan("warwickshire-2017-19");
  private static final List<bcf.kernel.FinancialYear> YEARS =
      List.of(bcf.kernel.FinancialYear.parse("2017-18"), bcf.kernel.FinancialYear.parse("2018-19"));
  private static final String HEADER = "period,kind,scheme,source,partner,amount\n";

  @Test
  void reads_months_and_quarters_of_actuals_and_forecasts() {
    List<MonitoringEntry> entries =
        MonitoringCsv.read(
            HEADER
                + "2017-04,actual,reablement,,wcc,\"386,500.25\"\n"
                + "2017-18 Q4,Forecast,ibcf-market-stability,ibcf,wcc,691250\n",
            PLAN,
            YEARS);
    assertThat(entries)
        .containsExactly(
            new MonitoringEntry(
                Period.parse("2017-04"),
                MonitoringEntry.Kind.ACTUAL,
                "reablement",
                "",
                "wcc",
                Money.of("386500.25")),
            new MonitoringEntry(
                Period.parse("2017-18 Q4"),
                MonitoringEntry.Kind.FORECAST,
                "ibcf-market-stability",
                "ibcf",
                "wcc",
                Money.of(691250)));
  }

  @Test
  void every_bad_row_is_named_with_its_column_and_nothing_is_taken() {
    assertThatThrownBy(
            () ->
                MonitoringCsv.read(
                    HEADER
                        + "2017-04,actual,reablement,,wcc,100\n"
                        + "2017-05,actual,nursing-homes,,wcc,100\n"
                        + "2017-06,forecast,reablement,,wcc,about a million\n"
                        + "2020-04,actual,reablement,lottery,acme,100\n"
                        + "2017-04,actual,reablement,,wcc,1\n"
                        + "2017-18 Q1,actual,reablement,,wcc,5\n"
                        + "2017-07,spent,reablement,,wcc,1.005\n",
                    PLAN,
                    YEARS))
        .isInstanceOf(CsvException.class)
        .satisfies(
            e ->
                assertThat(((CsvException) e).problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "row 3, column scheme: the plan has no scheme 'nursing-homes' (its schemes"
                            + " are "
                            + String.join(", ", PLAN.schemes().stream().map(s -> s.id()).toList())
                            + ")",
                        "row 4, column amount: 'about a million' is not a number",
                        "row 5, column partner: the plan has no partner 'acme' (its partners are "
                            + String.join(
                                ", ", PLAN.organisations().stream().map(o -> o.id()).toList())
                            + ")",
                        "row 5, column period: April 2020 is outside the plan, which covers"
                            + " 2017/18, 2018/19",
                        "row 5, column source: the plan has no funding source 'lottery' (its"
                            + " sources are ccg-additional, ccg-minimum, ibcf, la-contribution)",
                        "row 6, column period: the same period, kind, scheme, source and partner"
                            + " is already on row 2",
                        "row 7, column period: Quarter 1 (April to June 2017) overlaps April 2017"
                            + " on row 2 for the same scheme, source, partner and kind: give"
                            + " months or quarters, not both",
                        "row 8, column amount: an amount is in pounds and pence, with at most two"
                            + " decimals",
                        "row 8, column kind: 'spent' is neither actual nor forecast"));
  }
}
