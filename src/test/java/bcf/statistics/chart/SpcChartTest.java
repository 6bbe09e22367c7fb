package bcf.statistics.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.statistics.chart.SpcChart.Point;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SpcChartTest {

  /**
   * 24 months re-based after the 12th: mean 20 (limits 11 to 29) then 15 (limits 8 to 22); point 5
   * is a concern, 17 to 23 an improving run, point 9 neutral.
   */
  static SpcChart rebased(Double target) {
    List<Point> points = new ArrayList<>();
    YearMonth month = YearMonth.of(2017, 4);
    for (int i = 0; i < 24; i++) {
      boolean before = i < 12;
      String type = "common";
      double value = (before ? 20 : 15) + ((i * 7) % 5 - 2);
      if (i == 5) {
        type = "concern";
        value = 31;
      } else if (i == 9) {
        type = "neutral";
      } else if (i >= 17) {
        type = "improvement";
        value = 12 + (i % 2);
      }
      points.add(
          new Point(
              month.plusMonths(i).toString(),
              value,
              before ? 20.0 : 15.0,
              before ? 11.0 : 8.0,
              before ? 29.0 : 22.0,
              type));
    }
    return new SpcChart("Delayed days per day", "people per day", points, target);
  }

  @Test
  void the_svg_is_well_formed_and_labelled_for_assistive_technology() {
    SpcChart chart = rebased(10.0);
    SvgDocument svg = SvgDocument.parse(chart.svg());

    String[] ids = svg.root().getAttribute("aria-labelledby").split(" ");
    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.select("//title[@id='" + ids[0] + "']").get(0).getTextContent())
        .isEqualTo("Delayed days per day");
    assertThat(svg.select("//desc[@id='" + ids[1] + "']").get(0).getTextContent())
        .isEqualTo(
            "Statistical process control chart of 24 values (people per day) from 2017-04 to"
                + " 2019-03 with the mean and process limits; 9 points show special cause"
                + " variation (7 improvement, 1 concern, 1 neutral); the target is 10.");
    assertThat(svg.select("//g" + SvgDocument.hasClass("legend") + "/text"))
        .extracting(Element::getTextContent)
        .containsExactly(
            "Value", "Mean", "Process limits", "Improvement", "Concern", "Neutral", "Target");
  }

  @Test
  void special_cause_points_take_the_making_data_count_colours() {
    SvgDocument svg = SvgDocument.parse(rebased(null).svg());

    List<Element> points = svg.inGroup("plot", "circle", "point");
    assertThat(points).hasSize(24);
    assertThat(points.get(5).getAttribute("fill")).isEqualTo("#e46c0a");
    assertThat(points.get(9).getAttribute("fill")).isEqualTo("#490092");
    assertThat(points.get(17).getAttribute("fill")).isEqualTo("#1d70b8");
    assertThat(points.get(23).getAttribute("fill")).isEqualTo("#1d70b8");
    assertThat(points.get(0).getAttribute("fill")).isEqualTo("#7f7f7f");
    assertThat(svg.inGroup("plot", "circle", "point-improvement")).hasSize(7);
    assertThat(svg.inGroup("plot", "circle", "point-common")).hasSize(15);
    assertThat(SvgDocument.number(points.get(5), "r"))
        .isGreaterThan(SvgDocument.number(points.get(0), "r"));
  }

  @Test
  void the_mean_and_limits_step_where_the_process_is_rebased() {
    SvgDocument svg = SvgDocument.parse(rebased(null).svg());

    List<Element> means = svg.inGroup("plot", "line", "mean");
    List<Element> uppers = svg.inGroup("plot", "line", "upper-limit");
    List<Element> lowers = svg.inGroup("plot", "line", "lower-limit");
    assertThat(means).hasSize(2);
    assertThat(uppers).hasSize(2);
    assertThat(lowers).hasSize(2);
    assertThat(means.get(0).getAttribute("stroke-dasharray")).isEmpty();
    assertThat(uppers.get(0).getAttribute("stroke-dasharray")).isNotEmpty();
    // the first segment ends where the second begins, halfway between points 12 and 13
    assertThat(means.get(0).getAttribute("x2")).isEqualTo(means.get(1).getAttribute("x1"));
    List<Element> points = svg.inGroup("plot", "circle", "point");
    double between =
        (SvgDocument.number(points.get(11), "cx") + SvgDocument.number(points.get(12), "cx")) / 2;
    assertThat(SvgDocument.number(means.get(0), "x2"))
        .isCloseTo(between, org.assertj.core.api.Assertions.within(0.02));
    // the re-based mean is lower, so further down the page
    assertThat(SvgDocument.number(means.get(1), "y1"))
        .isGreaterThan(SvgDocument.number(means.get(0), "y1"));
    assertThat(SvgDocument.number(uppers.get(0), "y1"))
        .isLessThan(SvgDocument.number(means.get(0), "y1"));
  }

  @Test
  void the_values_are_one_line_broken_where_a_value_is_missing() {
    List<Point> points = new ArrayList<>(rebased(null).points());
    Point gap = points.get(6);
    points.set(6, new Point(gap.label(), null, gap.mean(), gap.lower(), gap.upper(), null));
    points.set(7, new Point("x", Double.NaN, gap.mean(), gap.lower(), gap.upper(), null));

    SvgDocument svg = SvgDocument.parse(new SpcChart("Gap", "", points).svg());

    assertThat(svg.inGroup("plot", "polyline", "series-line"))
        .extracting(line -> line.getAttribute("points").split(" ").length)
        .containsExactly(6, 16);
    assertThat(svg.inGroup("plot", "circle", "point")).hasSize(22);
  }

  @Test
  void the_target_is_a_labelled_red_dashed_line() {
    SvgDocument svg = SvgDocument.parse(rebased(10.0).svg());

    List<Element> lines = svg.inGroup("plot", "line", "target-line");
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).getAttribute("stroke")).isEqualTo("#d4351c");
    assertThat(lines.get(0).getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(svg.texts("target-label")).containsExactly("Target 10");
    assertThat(PlanActualChartTest.tickValues(svg).get(0)).isLessThanOrEqualTo(8.0);
  }

  @Test
  void the_target_label_sits_where_it_covers_no_value() {
    SvgDocument svg = SvgDocument.parse(rebased(10.0).svg());

    Element patch = svg.select("//g" + SvgDocument.hasClass("target") + "/rect").get(0);
    double x = SvgDocument.number(patch, "x");
    double y = SvgDocument.number(patch, "y");
    double width = SvgDocument.number(patch, "width");
    double height = SvgDocument.number(patch, "height");
    for (Element point : svg.inGroup("plot", "circle", "point")) {
      double cx = SvgDocument.number(point, "cx");
      double cy = SvgDocument.number(point, "cy");
      boolean inside = cx >= x && cx <= x + width && cy >= y && cy <= y + height;
      assertThat(inside).as("point at %s,%s under the label", cx, cy).isFalse();
    }
  }

  @Test
  void the_target_label_hides_no_mean_or_limit_line_when_it_can_sit_elsewhere() {
    // Just under the later mean of 15, above the improving values of 12 and 13 at the right.
    SvgDocument svg = SvgDocument.parse(rebased(14.0).svg());

    Element patch = svg.select("//g" + SvgDocument.hasClass("target") + "/rect").get(0);
    double x = SvgDocument.number(patch, "x");
    double y = SvgDocument.number(patch, "y");
    double width = SvgDocument.number(patch, "width");
    double height = SvgDocument.number(patch, "height");
    for (String kind : List.of("mean", "upper-limit", "lower-limit")) {
      for (Element line : svg.inGroup("plot", "line", kind)) {
        double ly = SvgDocument.number(line, "y1");
        boolean across =
            ly >= y
                && ly <= y + height
                && SvgDocument.number(line, "x1") < x + width
                && SvgDocument.number(line, "x2") > x;
        assertThat(across).as("%s line at y %s under the label", kind, ly).isFalse();
      }
    }
  }

  @Test
  void no_target_no_target_line() {
    SvgDocument svg = SvgDocument.parse(rebased(Double.NaN).svg());

    assertThat(svg.select("//line" + SvgDocument.hasClass("target-line"))).isEmpty();
    assertThat(rebased(null).description()).doesNotContain("target");
  }

  @Test
  void negative_lower_limits_take_the_axis_below_zero() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      points.add(new Point("M" + (i + 1), (double) (i % 4), 1.5, -2.6, 5.6, null));
    }

    SvgDocument svg = SvgDocument.parse(new SpcChart("Few events", "", points).svg());

    List<Double> ticks = PlanActualChartTest.tickValues(svg);
    assertThat(ticks.get(0)).isLessThanOrEqualTo(-2.6);
    assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(5.6);
    assertThat(svg.withClass("line", "zero-line")).hasSize(1);
    assertThat(svg.inGroup("plot", "line", "lower-limit")).hasSize(1);
    assertThat(svg.texts("tick-label")).anyMatch(label -> label.startsWith("-"));
  }

  @Test
  void missing_limits_leave_only_those_lines_out() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      points.add(new Point("M" + i, 5.0 + i, 6.5, Double.NaN, null, "common"));
    }

    SvgDocument svg = SvgDocument.parse(new SpcChart("No limits", "", points).svg());

    assertThat(svg.inGroup("plot", "line", "mean")).hasSize(1);
    assertThat(svg.select("//line" + SvgDocument.hasClass("limit"))).isEmpty();
  }

  @Test
  void no_points_give_an_empty_frame_saying_no_data() {
    SpcChart chart = new SpcChart("Nothing", "%", List.of(), 90.0);

    SvgDocument svg = SvgDocument.parse(chart.svg());

    assertThat(svg.texts("no-data")).containsExactly("No data");
    assertThat(svg.select("//circle")).isEmpty();
    assertThat(svg.select("//line")).isEmpty();
    assertThat(chart.description()).isEqualTo("No values to show.");
  }

  @Test
  void a_single_flat_point_is_drawn_on_a_padded_axis() {
    SpcChart chart =
        new SpcChart("One", "%", List.of(new Point("2017-07", 50.0, 50.0, 50.0, 50.0, null)));

    SvgDocument svg = SvgDocument.parse(chart.svg());

    assertThat(svg.inGroup("plot", "circle", "point")).hasSize(1);
    assertThat(svg.inGroup("plot", "line", "mean")).hasSize(1);
    List<Double> ticks = PlanActualChartTest.tickValues(svg);
    assertThat(ticks.get(0)).isLessThan(50.0);
    assertThat(ticks.get(ticks.size() - 1)).isGreaterThan(50.0);
    assertThat(chart.description())
        .contains("1 value (%) in 2017-07")
        .contains("every point shows");
  }

  @Test
  void the_same_chart_always_gives_the_same_bytes() {
    assertThat(rebased(10.0).svg()).isEqualTo(rebased(10.0).svg());
    assertThat(rebased(10.0).svg()).isNotEqualTo(rebased(11.0).svg());
  }

  @Test
  void the_table_lists_value_mean_limits_and_variation() {
    ChartTable table = rebased(10.0).table();

    assertThat(table.caption()).isEqualTo("Delayed days per day (target 10)");
    assertThat(table.header())
        .containsExactly(
            "Period",
            "Value (people per day)",
            "Mean",
            "Lower process limit",
            "Upper process limit",
            "Variation");
    assertThat(table.rows()).hasSize(24);
    assertThat(table.rows().get(5)).containsExactly("2017-09", "31", "20", "11", "29", "Concern");
    assertThat(table.rows().get(17).get(5)).isEqualTo("Improvement");
    assertThat(table.rows().get(0).get(5)).isEqualTo("Common cause");
  }

  @Test
  void an_unknown_point_type_is_refused_and_null_means_common() {
    assertThat(new Point("p", 1.0, 1.0, 0.0, 2.0, null).type()).isEqualTo("common");
    assertThat(new Point("p", 1.0, 1.0, 0.0, 2.0, "CONCERN").type()).isEqualTo("concern");
    assertThatThrownBy(() -> new Point("p", 1.0, 1.0, 0.0, 2.0, "special"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("special");
  }
}
