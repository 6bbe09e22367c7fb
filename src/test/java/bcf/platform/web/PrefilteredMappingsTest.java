package bcf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefilteredMappingsTest {

  private static List<String[]> shapes(String... patterns) {
    List<String[]> shapes = new ArrayList<>();
    for (String pattern : patterns) {
      shapes.add(PrefilteredMappings.shape(pattern));
    }
    return shapes;
  }

  private static boolean could(String path, String... patterns) {
    return PrefilteredMappings.couldMatch(PrefilteredMappings.segments(path), shapes(patterns));
  }

  @Test
  void a_path_of_the_patterns_shape_is_tested_and_others_are_passed_over() {
    assertThat(could("/api/v1/plans/x/summary", "/api/v1/plans/{id}/summary")).isTrue();
    assertThat(could("/api/v1/plans/x/metrics", "/api/v1/plans/{id}/summary")).isFalse();
    assertThat(could("/api/v1/plans/x", "/api/v1/plans/{id}/summary")).isFalse();
    assertThat(could("/api/v1/plans/x/summary/y", "/api/v1/plans/{id}/summary")).isFalse();
    assertThat(could("/plans/x.xlsx", "/plans/{file}.xlsx")).isTrue();
    assertThat(could("/national", "/plans", "/national")).isTrue();
    assertThat(could("/", "/")).isTrue();
    assertThat(could("/plans/", "/plans")).isTrue(); // Spring decides trailing separators
  }

  @Test
  void escaped_paths_empty_segments_and_open_patterns_are_left_to_spring() {
    assertThat(could("/api/v1/pl%61ns/x/summary", "/api/v1/plans/{id}/summary")).isTrue();
    assertThat(could("/api/v1/x;a=b", "/api/v1/plans/{id}")).isTrue();
    assertThat(could("/api//plans", "/api/v1/plans")).isTrue();
    assertThat(could("/assets/a/b/c.css", "/assets/**")).isTrue();
    assertThat(could("/files/a/b", "/files/{*rest}")).isTrue();
    assertThat(PrefilteredMappings.couldMatch(PrefilteredMappings.segments("/x"), List.of()))
        .isTrue();
  }
}
