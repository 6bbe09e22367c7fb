package bcf.register.model;

import static bcf.register.model.RegisterBuilder.aRegister;
import static bcf.register.model.RegisterBuilder.aRisk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeatMapTest {

  private static final LocalDate DAY = LocalDate.of(2017, 10, 1);

  @Test
  void live_entries_are_counted_in_the_cell_of_their_latest_rating() {
    Register register =
        aRegister()
            .with(aRisk("a"))
            .with(aRisk("b"))
            .with(aRisk("c"))
            .with(aRisk("closed").status(EntryStatus.CLOSED))
            .with(aRisk("score"))
            .with(aRisk("unrated"))
            .rated("a", DAY.minusDays(9), Rating.of(1, 1))
            .rated("a", DAY, Rating.of(4, 5))
            .rated("b", DAY, Rating.of(4, 5))
            .rated("c", DAY, Rating.of(2, 3))
            .rated("closed", DAY, Rating.of(4, 5))
            .rated("score", DAY, Rating.ofScore(16))
            .build();
    HeatMap map = HeatMap.of(register);
    assertThat(map.count(4, 5)).isEqualTo(2);
    assertThat(map.count(2, 3)).isEqualTo(1);
    assertThat(map.count(1, 1)).isZero();
    assertThat(map.onGrid()).isEqualTo(3);
    assertThat(map.notOnGrid()).isEqualTo(1);
    assertThat(map.unrated()).isEqualTo(1);
    assertThat(map.cells()).hasSize(25);
    assertThat(map.row(4).get(4).band()).isEqualTo("Very high");
  }

  @Test
  void the_svg_has_a_title_a_description_and_each_count() {
    Register register = aRegister().with(aRisk("a")).rated("a", DAY, Rating.of(4, 5)).build();
    String svg = HeatMapSvg.of(HeatMap.of(register), register.scale(), "map");
    assertThat(svg)
        .startsWith("<svg")
        .contains("role=\"img\"", "aria-labelledby=\"map-title map-desc\"")
        .contains("<title id=\"map-title\">Heat map of live entries</title>")
        .contains("<desc id=\"map-desc\">1 entry by likelihood")
        .contains(">1</text>");
  }

  @Test
  void the_svg_titles_its_axes_likelihood_up_the_side_and_impact_along_the_bottom() {
    Register register = aRegister().with(aRisk("a")).rated("a", DAY, Rating.of(4, 5)).build();
    String svg = HeatMapSvg.of(HeatMap.of(register), register.scale(), "map");
    assertThat(svg)
        .contains(
            "<text x=\"18\" y=\"140\" transform=\"rotate(-90 18 140)\" text-anchor=\"middle\"")
        .contains("class=\"axis-title\">Likelihood</text>")
        .contains("<text x=\"204\" y=\"328\"")
        .contains("class=\"axis-title\">Impact</text>")
        // Below the impact numbers (at 302), inside the drawing (348 high).
        .contains("height=\"348\"");
  }
}
