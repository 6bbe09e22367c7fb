package bcf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefilteredMappingsTest {

  @Test
  void a_patterns_literal_start_ends_at_its_first_variable_or_wildcard() {
    assertThat(PrefilteredMappings.literalStart("/api/v1/plans/{id}/summary"))
        .isEqualTo("/api/v1/plans/");
    assertThat(PrefilteredMappings.literalStart("/assets/**")).isEqualTo("/assets/");
    assertThat(PrefilteredMappings.literalStart("/plan?")).isEqualTo("/plan");
    assertThat(PrefilteredMappings.literalStart("/plans")).isEqualTo("/plans");
  }

  @Test
  void a_path_without_the_literal_start_of_any_pattern_is_passed_over() {
    List<String> starts = List.of("/api/v1/plans/", "/plans/");
    assertThat(PrefilteredMappings.couldMatch("/api/v1/plans/x/summary", starts)).isTrue();
    assertThat(PrefilteredMappings.couldMatch("/plans/x", starts)).isTrue();
    assertThat(PrefilteredMappings.couldMatch("/api/v1/metrics/x", starts)).isFalse();
    assertThat(PrefilteredMappings.couldMatch("/national", starts)).isFalse();
  }

  @Test
  void escaped_paths_and_mappings_without_patterns_are_left_to_spring() {
    List<String> starts = List.of("/api/v1/plans/");
    assertThat(PrefilteredMappings.couldMatch("/api/v1/pl%61ns/x/summary", starts)).isTrue();
    assertThat(PrefilteredMappings.couldMatch("/api/v1/x;a=b", starts)).isTrue();
    assertThat(PrefilteredMappings.couldMatch("/anything", List.of())).isTrue();
  }
}
