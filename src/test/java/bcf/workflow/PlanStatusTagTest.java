package bcf.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanStatusTagTest {

  /** The GOV.UK Frontend tag colours (govuk-frontend 5). */
  private static final Set<String> GOV_UK_TAGS =
      Set.of(
          "grey",
          "green",
          "turquoise",
          "blue",
          "light-blue",
          "purple",
          "pink",
          "red",
          "orange",
          "yellow");

  @Test
  void every_status_has_its_own_gov_uk_tag_colour() {
    Set<String> colours =
        Arrays.stream(PlanStatus.values()).map(PlanStatus::tagColour).collect(Collectors.toSet());
    assertThat(colours).hasSize(PlanStatus.values().length);
    assertThat(GOV_UK_TAGS).containsAll(colours);
    assertThat(PlanStatus.DRAFT.tagColour()).isEqualTo("grey");
    assertThat(PlanStatus.ASSURED.tagColour()).isEqualTo("green");
  }
}
