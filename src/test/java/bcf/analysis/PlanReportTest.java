package bcf.analysis;

import static bcf.finance.FigureKey.Kind.EXPENDITURE_TOTAL;
import static bcf.finance.FigureKey.Kind.INCOME_BY_SOURCE;
import static bcf.finance.FigureKey.Kind.INCOME_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.golden.Examples;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReportTest {

  private static final FinancialYear Y2017 = FinancialYear.parse("2017-18");
  private static final FinancialYear Y2018 = FinancialYear.parse("2018-19");

  private final PlanAnalysis warwickshire = Examples.analyse("warwickshire-2017-19");
  private final PlanReport report = PlanReport.of(warwickshire);

  @Test
  void its_rows_are_the_engines_figures_with_names_people_read() {
    var income = report.section(PlanReport.INCOME);
    assertThat(income.title()).isEqualTo("Income");
    assertThat(income.row(INCOME_TOTAL.key()).label()).isEqualTo("Total contributions");
    assertThat(income.row(INCOME_TOTAL.key()).amount(Y2017)).contains(Money.of(117_601_234));

    var bySource = income.table("income-by-source");
    assertThat(bySource.caption()).isEqualTo("Income by funding source");
    var ibcf = bySource.rows().get(1);
    assertThat(ibcf.key()).contains(INCOME_BY_SOURCE.key("ibcf"));
    assertThat(ibcf.item()).contains("ibcf");
    assertThat(ibcf.label()).isEqualTo("Improved Better Care Fund (iBCF)");
    assertThat(ibcf.amount(Y2018)).contains(Money.of(10_659_261));
    assertThat(bySource.total().label()).isEqualTo("Total");
    assertThat(bySource.total().amounts()).isEqualTo(income.row(INCOME_TOTAL.key()).amounts());

    var byOrganisation = income.table("income-by-organisation");
    assertThat(byOrganisation.rows().get(0).label()).isEqualTo("Warwickshire County Council");
    assertThat(byOrganisation.rows().get(0).item()).contains("wcc");
  }

  @Test
  void every_breakdown_row_is_its_figure_for_every_year() {
    var figures = warwickshire.summary().figures();
    int rows = 0;
    for (var section : report.sections()) {
      for (var table : section.tables()) {
        var byItem = figures.under(table.kind());
        assertThat(table.rows()).hasSize(byItem.size());
        for (var row : table.rows()) {
          var years = figures.years(row.key().orElseThrow());
          assertThat(row.amounts().keySet()).isEqualTo(years.keySet());
          years.forEach((year, tally) -> assertThat(row.amount(year)).contains(tally.amount()));
          rows++;
        }
      }
    }
    assertThat(rows).isGreaterThan(30);
  }

  @Test
  void money_with_no_source_or_theme_is_marked_not_stated_and_keeps_its_key() {
    var byArea = report.section(PlanReport.EXPENDITURE).table("spend-by-area");
    assertThat(byArea.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.notStated()).isTrue();
              assertThat(row.item()).contains("unspecified");
              assertThat(row.amount(Y2018)).contains(Money.of(120_103_000));
            });
    assertThat(report.section(PlanReport.EXPENDITURE).table("spend-by-theme").rows())
        .noneMatch(PlanReport.Row::notStated);
  }

  @Test
  void sources_and_uses_shows_the_engines_difference_only_where_both_sides_are_given() {
    var section = report.section(PlanReport.SOURCES_AND_USES);
    assertThat(section.rows())
        .extracting(PlanReport.Row::label)
        .containsExactly("Contributions", "Spend", "Spend less contributions");
    var difference = section.row(PlanReport.DIFFERENCE);
    assertThat(difference.key()).isEmpty();
    for (FinancialYear year : List.of(Y2017, Y2018)) {
      var comparison =
          warwickshire.summary().sourcesVsUses().forYear(year).orElseThrow().comparison();
      assertThat(difference.amount(year)).isEqualTo(comparison.map(c -> c.difference()));
    }
    assertThat(difference.amount(Y2017)).contains(Money.of(-234));
    assertThat(section.row(EXPENDITURE_TOTAL.key()).amount(Y2018)).contains(Money.of(120_103_000));

    var coventry = PlanReport.of(Examples.analyse("coventry-2014-16"));
    assertThat(coventry.section(PlanReport.SOURCES_AND_USES).row(PlanReport.DIFFERENCE).amounts())
        .isEmpty();
  }

  @Test
  void declared_figures_carry_their_label_and_the_engines_check() {
    var first = report.declared().get(0);
    assertThat(first.label()).isEqualTo("Total BCF pooled budget 2017-18");
    assertThat(first.check().key()).contains(INCOME_TOTAL.key());
    assertThat(first.check().comparison().orElseThrow().difference()).isEqualTo(Money.ZERO);
    assertThat(report.declared()).hasSameSizeAs(warwickshire.plan().declared());
  }

  @Test
  void a_joint_plan_has_each_hwbs_income_and_spend_and_minimums_are_named() {
    var dorset = PlanReport.of(Examples.analyse("dorset-2015-16"));
    assertThat(dorset.byHwb()).containsOnlyKeys("dorset", "bournemouth-poole");
    assertThat(dorset.byHwb().get("dorset"))
        .extracting(PlanReport.Section::id)
        .containsExactly(PlanReport.INCOME, PlanReport.EXPENDITURE);
    assertThat(dorset.minimumContributions()).isNotEmpty();
    assertThat(dorset.minimumContributions().get(0).surplus()).isEqualTo(Money.of(4_149_000));
    assertThat(dorset.hwbNames()).hasSize(2);
    assertThat(dorset.findings()).isEqualTo(dorset.analysis().findings());
  }
}
