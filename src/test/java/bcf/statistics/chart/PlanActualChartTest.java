package bcf.statistics.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.statistics.chart.PlanActualChart.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PlanActualChartTest {

  static final String UNIT = "per 100,000";

  /**
   * Five quarters: interval on the first three, a NaN limit on the fourth, no actual on the last.
   */
  static PlanActualChart quarters() {
    return new PlanActualChart(
        "Non-elective admissions",
        UNIT,
        List.of(
            new Period("2017/18 Q2", 2400.0, 2450.0, 2380.0, 2520.0, "amber"),
            new Period("2017/18 Q3", 2380.0, 2300.0, 2231.0, 2369.0, "green"),
            new Period("2017/18 Q4", 2360.0, 2501.0, 2430.0, 2572.0, "red"),
            new Period("2018/19 Q1", 2340.0, 2350.0, Double.NaN, 2420.0, null),
            new Period("2018/19 Q2", 2320.0, null, null, null, null)));
  }

  static List<Period> months(int count) {
    List<Period> periods = new ArrayList<>();
    YearMonth month = YearMonth.of(2017, 7);
    for (int i = 0; i < count; i++) {
      double actual = 80 + 5 * Math.sin(i / 3.0);
      periods.add(
          new Period(
              month.plusMonths(i).toString(),
              84.0 + i * 0.1,
              actual,
              actual - 2.5,
              actual + 2.5,
              null));
    }
    return periods;
  }

  @Test
  void the_svg_is_well_formed_and_labelled_for_assistive_technology() {
    PlanActualChart chart = quarters();
    SvgDocument svg = SvgDocument.parse(chart.svg());

    Element root = svg.root();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 320");
    assertThat(root.getAttribute("width")).isEqualTo("100%");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    String[] ids = root.getAttribute("aria-labelledby").split(" ");
    assertThat(ids).hasSize(2);
    Element title = svg.select("/svg/title").get(0);
    Element desc = svg.select("/svg/desc").get(0);
    assertThat(title.getAttribute("id")).isEqualTo(ids[0]);
    assertThat(desc.getAttribute("id")).isEqualTo(ids[1]);
    assertThat(title.getTextContent()).isEqualTo("Non-elective admissions");
    assertThat(desc.getTextContent())
        .isEqualTo(
            "Plan and actual values (per 100,000) for 5 periods from 2017/18 Q2 to 2018/19 Q2;"
                + " the latest actual is 2,350 in 2018/19 Q1 against a plan of 2,340.");
    assertThat(svg.texts("chart-title")).containsExactly("Non-elective admissions");
    assertThat(svg.texts("unit")).containsExactly(UNIT);
    assertThat(svg.select("//g" + SvgDocument.hasClass("legend") + "/text"))
        .extracting(Element::getTextContent)
        .containsExactly("Plan", "Actual with 95% interval", "Green", "Amber", "Red");
  }

  @Test
  void one_marker_for_each_period_with_an_actual_coloured_by_its_status() {
    SvgDocument svg = SvgDocument.parse(quarters().svg());

    List<Element> actuals = svg.inGroup("plot", "circle", "actual");
    assertThat(actuals).hasSize(4);
    assertThat(actuals)
        .extracting(circle -> circle.getAttribute("fill"))
        .containsExactly("#f47738", "#00703c", "#d4351c", "#0b0c0c");
  }

  @Test
  void whiskers_only_where_both_limits_are_present_centred_on_their_actual() {
    SvgDocument svg = SvgDocument.parse(quarters().svg());

    List<Element> whiskers = svg.inGroup("plot", "path", "whisker");
    List<Element> actuals = svg.inGroup("plot", "circle", "actual");
    assertThat(whiskers).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String d = whiskers.get(i).getAttribute("d");
      String x = actuals.get(i).getAttribute("cx");
      assertThat(d).startsWith("M" + x + " ");
      // the stem runs from the upper limit down to the lower limit, around the actual
      Matcher stem = Pattern.compile("^M[-0-9.]+ ([-0-9.]+)V([-0-9.]+)").matcher(d);
      assertThat(stem.find()).isTrue();
      double cy = SvgDocument.number(actuals.get(i), "cy");
      assertThat(Double.parseDouble(stem.group(1))).isLessThan(cy);
      assertThat(Double.parseDouble(stem.group(2))).isGreaterThan(cy);
    }
  }

  @Test
  void the_plan_is_one_dashed_line_through_every_planned_period() {
    SvgDocument svg = SvgDocument.parse(quarters().svg());

    List<Element> lines = svg.inGroup("plot", "polyline", "plan-line");
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).getAttribute("points").split(" ")).hasSize(5);
    assertThat(lines.get(0).getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(svg.inGroup("plot", "circle", "plan-point")).hasSize(5);
  }

  @Test
  void a_missing_plan_breaks_the_line_rather_than_bridging_the_gap() {
    List<Period> periods = new ArrayList<>(months(6));
    Period third = periods.get(2);
    periods.set(2, new Period(third.label(), null, third.actual(), null, null, null));
    Period fifth = periods.get(5);
    periods.set(5, new Period(fifth.label(), Double.NaN, fifth.actual(), null, null, null));

    SvgDocument svg = SvgDocument.parse(new PlanActualChart("Gaps", "%", periods).svg());

    assertThat(svg.inGroup("plot", "polyline", "plan-line"))
        .extracting(line -> line.getAttribute("points").split(" ").length)
        .containsExactly(2, 2);
    assertThat(svg.inGroup("plot", "circle", "plan-point")).hasSize(4);
    assertThat(svg.inGroup("plot", "circle", "actual")).hasSize(6);
    assertThat(svg.inGroup("plot", "path", "whisker")).hasSize(4);
  }

  @Test
  void the_value_axis_covers_every_value_and_limit_with_nice_ticks() {
    SvgDocument svg = SvgDocument.parse(quarters().svg());

    List<Double> ticks = tickValues(svg);
    assertThat(ticks.get(0)).isLessThanOrEqualTo(2231.0);
    assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(2572.0);
    assertThat(ticks.get(0)).as("far from zero, so not forced to it").isGreaterThan(2000.0);
    assertThat(ticks).hasSizeBetween(4, 8);
    double step = ticks.get(1) - ticks.get(0);
    assertThat(YScaleTest.isNice(step)).as("step %s", step).isTrue();
    for (int i = 1; i < ticks.size(); i++) {
      assertThat(ticks.get(i) - ticks.get(i - 1))
          .isCloseTo(step, org.assertj.core.api.Assertions.within(1e-9));
    }
    assertThat(svg.texts("tick-label")).contains("2,300");
  }

  @Test
  void every_drawn_value_lies_inside_the_plot_area() {
    SvgDocument svg = SvgDocument.parse(new PlanActualChart("Months", "%", months(60)).svg());
    List<Element> grid = svg.withClass("text", "tick-label");
    double top = SvgDocument.number(grid.get(grid.size() - 1), "y") - 6;
    double bottom = SvgDocument.number(grid.get(0), "y");
    for (Element circle : svg.select("//g" + SvgDocument.hasClass("plot") + "//circle")) {
      assertThat(SvgDocument.number(circle, "cy")).isBetween(top, bottom);
      assertThat(SvgDocument.number(circle, "cx")).isBetween(0.0, 720.0);
    }
  }

  @Test
  void sixty_monthly_labels_are_thinned_to_every_sixth_month_so_they_do_not_collide() {
    SvgDocument svg = SvgDocument.parse(new PlanActualChart("Months", "%", months(60)).svg());

    List<Element> labels = svg.withClass("text", "period-label");
    assertThat(labels)
        .extracting(Element::getTextContent)
        .containsExactly(
            "2017-07", "2018-01", "2018-07", "2019-01", "2019-07", "2020-01", "2020-07", "2021-01",
            "2021-07", "2022-01");
    double width = ChartFrame.textWidth("2017-07", 13);
    for (int i = 1; i < labels.size(); i++) {
      assertThat(
              SvgDocument.number(labels.get(i), "x") - SvgDocument.number(labels.get(i - 1), "x"))
          .isGreaterThan(width);
    }
    assertThat(svg.inGroup("plot", "circle", "actual")).hasSize(60);
    // so many periods are drawn as the dashed line alone, without a marker on each plan point
    assertThat(
            svg.inGroup("plot", "polyline", "plan-line").get(0).getAttribute("points").split(" "))
        .hasSize(60);
    assertThat(svg.inGroup("plot", "circle", "plan-point")).isEmpty();
  }

  @Test
  void a_few_periods_are_all_labelled() {
    SvgDocument svg = SvgDocument.parse(quarters().svg());

    assertThat(svg.texts("period-label"))
        .containsExactly("2017/18 Q2", "2017/18 Q3", "2017/18 Q4", "2018/19 Q1", "2018/19 Q2");
  }

  @Test
  void a_title_with_markup_characters_is_escaped_and_survives_parsing() {
    String title = "A&E <4 hours> \"type 1\" & 'all'";
    PlanActualChart chart = new PlanActualChart(title, "<%>", months(3));

    String text = chart.svg();
    SvgDocument svg = SvgDocument.parse(text);

    assertThat(text).contains("A&amp;E &lt;4 hours&gt; &quot;type 1&quot; &amp; &#39;all&#39;");
    assertThat(svg.select("/svg/title").get(0).getTextContent()).isEqualTo(title);
    assertThat(svg.texts("chart-title")).containsExactly(title);
    assertThat(svg.texts("unit")).containsExactly("<%>");
  }

  @Test
  void control_characters_and_broken_surrogates_do_not_break_the_document() {
    PlanActualChart chart = new PlanActualChart("Bad\u0001 \uD800title\u0007", "x", months(2));

    SvgDocument svg = SvgDocument.parse(chart.svg());

    assertThat(svg.texts("chart-title")).containsExactly("Bad \uFFFDtitle");
  }

  @Test
  void no_periods_give_an_empty_frame_saying_no_data() {
    PlanActualChart chart = new PlanActualChart("Nothing yet", UNIT, List.of());

    SvgDocument svg = SvgDocument.parse(chart.svg());

    assertThat(svg.texts("no-data")).containsExactly("No data");
    assertThat(svg.withClass("rect", "plot-frame")).hasSize(1);
    assertThat(svg.select("//circle")).isEmpty();
    assertThat(svg.select("//polyline")).isEmpty();
    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.select("/svg/desc").get(0).getTextContent())
        .isEqualTo("No plan or actual values to show.");
    assertThat(chart.table().rows()).isEmpty();
  }

  @Test
  void periods_without_any_value_also_say_no_data() {
    PlanActualChart chart =
        new PlanActualChart(
            "Nothing yet",
            UNIT,
            List.of(Period.of("2017-07", null, null), Period.of("2017-08", Double.NaN, null)));

    SvgDocument svg = SvgDocument.parse(chart.svg());

    assertThat(svg.texts("no-data")).containsExactly("No data");
    assertThat(chart.description()).endsWith("; no actual values yet.");
  }

  @Test
  void a_single_period_is_centred_and_its_flat_range_padded() {
    PlanActualChart chart =
        new PlanActualChart("One", "%", List.of(Period.of("2017/18 Q2", 85.0, 85.0)));

    SvgDocument svg = SvgDocument.parse(chart.svg());

    Element actual = svg.inGroup("plot", "circle", "actual").get(0);
    Element plan = svg.inGroup("plot", "circle", "plan-point").get(0);
    assertThat(actual.getAttribute("cx")).isEqualTo(plan.getAttribute("cx"));
    assertThat(svg.inGroup("plot", "polyline", "plan-line")).isEmpty();
    List<Double> ticks = tickValues(svg);
    assertThat(ticks.get(0)).isLessThan(85.0);
    assertThat(ticks.get(ticks.size() - 1)).isGreaterThan(85.0);
    double cy = SvgDocument.number(actual, "cy");
    assertThat(cy).isStrictlyBetween(100.0, 280.0);
  }

  @Test
  void zeros_everywhere_give_an_axis_from_zero_to_one() {
    PlanActualChart chart =
        new PlanActualChart("Zero", "people per day", List.of(Period.of("2017-07", 0.0, 0.0)));

    assertThat(tickValues(SvgDocument.parse(chart.svg()))).startsWith(0.0).endsWith(1.0);
  }

  @Test
  void a_negative_lower_limit_takes_the_axis_below_zero() {
    PlanActualChart chart =
        new PlanActualChart(
            "Small numbers",
            "people per day",
            List.of(
                new Period("2017-07", 1.0, 0.5, -1.2, 2.2, null),
                new Period("2017-08", 1.0, 1.5, 0.1, 2.9, null)));

    SvgDocument svg = SvgDocument.parse(chart.svg());

    assertThat(tickValues(svg).get(0)).isLessThanOrEqualTo(-1.2);
    assertThat(svg.withClass("line", "zero-line")).hasSize(1);
    assertThat(svg.inGroup("plot", "path", "whisker")).hasSize(2);
  }

  @Test
  void only_plain_svg_elements_and_presentation_attributes_are_used_so_pdf_renderers_cope() {
    List<String> allowed =
        List.of("svg", "title", "desc", "g", "rect", "line", "polyline", "path", "circle", "text");
    for (String text :
        List.of(
            quarters().svg(),
            new PlanActualChart("", "", List.of()).svg(),
            SpcChartTest.rebased(10.0).svg())) {
      SvgDocument svg = SvgDocument.parse(text);
      assertThat(svg.select("//*")).extracting(Element::getLocalName).allMatch(allowed::contains);
      assertThat(text).doesNotContain("style").doesNotContain("var(").doesNotContain("href");
      assertThat(svg.root().getAttribute("font-family")).isEqualTo("Arial, sans-serif");
    }
  }

  @Test
  void coordinates_have_at_most_two_decimals() {
    String text = new PlanActualChart("Months", "%", months(60)).svg();

    Matcher numbers = Pattern.compile("\\d+\\.(\\d+)").matcher(text);
    int found = 0;
    while (numbers.find()) {
      assertThat(numbers.group(1)).hasSizeLessThanOrEqualTo(2);
      found++;
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void the_same_chart_always_gives_the_same_bytes_and_different_charts_different_ids() {
    String first = quarters().svg();
    String again = quarters().svg();
    PlanActualChart other = new PlanActualChart("Other", UNIT, quarters().periods().subList(0, 2));

    assertThat(again).isEqualTo(first);
    assertThat(SvgDocument.parse(other.svg()).root().getAttribute("aria-labelledby"))
        .isNotEqualTo(SvgDocument.parse(first).root().getAttribute("aria-labelledby"));
  }

  @Test
  void a_long_title_wraps_onto_two_lines_and_the_rest_is_shortened() {
    String title =
        "Delayed transfers of care from hospital per 100,000 population aged 18 and over,"
            + " all reasons, NHS and social care, Barking and Dagenham, Havering and Redbridge"
            + " combined with a very long qualifying note";
    SvgDocument svg = SvgDocument.parse(new PlanActualChart(title, UNIT, months(3)).svg());

    List<String> lines = svg.texts("chart-title");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("…");
    assertThat(svg.select("/svg/title").get(0).getTextContent()).isEqualTo(title);
  }

  @Test
  void the_table_lists_each_period_with_formatted_values() {
    ChartTable table = quarters().table();

    assertThat(table.caption()).isEqualTo("Non-elective admissions");
    assertThat(table.header())
        .containsExactly(
            "Period",
            "Plan (per 100,000)",
            "Actual (per 100,000)",
            "Lower 95% limit",
            "Upper 95% limit",
            "Status");
    assertThat(table.rows().get(0))
        .containsExactly("2017/18 Q2", "2,400", "2,450", "2,380", "2,520", "Amber");
    assertThat(table.rows().get(3))
        .containsExactly("2018/19 Q1", "2,340", "2,350", "", "2,420", "");
    assertThat(table.rows().get(4)).containsExactly("2018/19 Q2", "2,320", "", "", "", "");
    assertThat(table.numeric(0)).isFalse();
    assertThat(table.numeric(2)).isTrue();
  }

  @Test
  void without_statuses_the_table_has_no_status_column() {
    ChartTable table = new PlanActualChart("Months", "", months(2)).table();

    assertThat(table.header())
        .containsExactly("Period", "Plan", "Actual", "Lower 95% limit", "Upper 95% limit");
  }

  @Test
  void an_unknown_status_is_refused_and_case_does_not_matter() {
    assertThat(new Period("p", 1.0, 1.0, null, null, " Green ").rag()).isEqualTo("green");
    assertThat(new Period("p", 1.0, 1.0, null, null, "").rag()).isNull();
    assertThatThrownBy(() -> new Period("p", 1.0, 1.0, null, null, "blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blue");
  }

  static List<Double> tickValues(SvgDocument svg) {
    List<Double> ticks = new ArrayList<>();
    for (String label : svg.texts("tick-label")) {
      ticks.add(Double.parseDouble(label.replace(",", "")));
    }
    return ticks;
  }
}
