package bcf.statistics.chart;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Polarity;
import bcf.statistics.spc.SpcObservation;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.XmrChart;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/** Each Making Data Count icon: its letter, its colour and its name in words. */
class SpcIconsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "special-cause-improvement-high, H, #1d70b8, 'special cause, improving, high (or rising) values'",
    "special-cause-improvement-low, L, #1d70b8, 'special cause, improving, low (or falling) values'",
    "special-cause-concern-high, H, #e46c0a, 'special cause, concerning, high (or rising) values'",
    "special-cause-concern-low, L, #e46c0a, 'special cause, concerning, low (or falling) values'",
    "special-cause-neither-high, H, #490092, 'neither improving nor concerning, high'",
  })
  void a_special_cause_icon_has_its_letter_and_colour(
      String code, String letter, String colour, String words) {
    SvgDocument icon = SvgDocument.parse(SpcIcons.variation(code));
    assertThat(icon.root().getAttribute("role")).isEqualTo("img");
    assertThat(icon.root().getAttribute("aria-label")).startsWith("Variation: ").contains(words);
    assertThat(icon.select("//title").get(0).getTextContent()).contains(words);
    Element text = icon.select("//text").get(0);
    assertThat(text.getTextContent()).isEqualTo(letter);
    assertThat(text.getAttribute("fill")).isEqualTo(colour);
    assertThat(icon.select("//circle").get(0).getAttribute("stroke")).isEqualTo(colour);
  }

  @Test
  void common_cause_is_a_grey_zig_zag_without_a_letter() {
    SvgDocument icon = SvgDocument.parse(SpcIcons.variation(SpcResult.COMMON_CAUSE));
    assertThat(icon.select("//text")).isEmpty();
    assertThat(icon.select("//polyline").get(0).getAttribute("stroke")).isEqualTo("#7f7f7f");
    assertThat(icon.root().getAttribute("aria-label"))
        .isEqualTo("Variation: common cause, no significant change");
  }

  @Test
  void assurance_says_pass_fail_or_hit_and_miss_and_nothing_without_a_target() {
    // Low is good; a stable process around 50 with limits about 40 to 60.
    List<SpcObservation> points = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      points.add(new SpcObservation("p" + i, 50 + (i % 2 == 0 ? 3 : -3)));
    }
    SpcOptions lowIsGood = SpcOptions.defaults().withPolarity(Polarity.LOW_IS_GOOD);
    assertThat(assurance(points, lowIsGood.withTarget(80.0))).isEqualTo("P");
    assertThat(assurance(points, lowIsGood.withTarget(20.0))).isEqualTo("F");
    assertThat(assurance(points, lowIsGood.withTarget(50.0))).isEqualTo("?");
    assertThat(SpcIcons.assurance(XmrChart.calculate(points, lowIsGood))).isNull();
    String pass = SpcIcons.assurance(XmrChart.calculate(points, lowIsGood.withTarget(80.0)));
    assertThat(SvgDocument.parse(pass).root().getAttribute("aria-label"))
        .isEqualTo("Assurance: the process consistently passes the target 80");
  }

  private static String assurance(List<SpcObservation> points, SpcOptions options) {
    String svg = SpcIcons.assurance(XmrChart.calculate(points, options));
    return SvgDocument.parse(svg).select("//text").get(0).getTextContent();
  }
}
