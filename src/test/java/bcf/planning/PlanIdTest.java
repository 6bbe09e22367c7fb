package bcf.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Plan ids are what every address, file name and CSV row can carry without escaping. */
class PlanIdTest {

  @Test
  void every_example_plans_id_is_valid() throws IOException {
    Pattern id = Pattern.compile("\\n  \"id\": \"([^\"]*)\"");
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("examples/plans"))) {
      examples = files.filter(f -> f.toString().endsWith(".json")).toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    for (Path example : examples) {
      Matcher m = id.matcher(Files.readString(example));
      assertThat(m.find()).as(example.toString()).isTrue();
      assertThat(PlanId.valid(m.group(1))).as(m.group(1)).isTrue();
    }
    assertThat(PlanId.valid("warwickshire-2017-19")).isTrue();
    assertThat(PlanId.valid("a")).isTrue();
    assertThat(PlanId.valid("a".repeat(80))).isTrue();
  }

  @Test
  void ids_that_an_address_cannot_carry_are_refused() {
    for (String bad :
        List.of(
            "a b",
            "a\"b",
            "a\\b",
            "a%b",
            "a\tb",
            "a\nb",
            ".",
            "..",
            "a/b",
            "100%",
            "",
            "-a",
            "A",
            "a_b",
            "a.b",
            "é",
            "a".repeat(81),
            "a\u0000")) {
      assertThat(PlanId.valid(bad)).as("[" + bad + "]").isFalse();
      assertThatThrownBy(() -> PlanId.check(bad))
          .isInstanceOf(PlanningException.InvalidPlanId.class)
          .hasMessageContaining("lower-case letters, digits and hyphens");
    }
    assertThat(PlanId.valid(null)).isFalse();
  }

  @Test
  void the_message_shows_control_characters_rather_than_printing_them() {
    assertThatThrownBy(() -> PlanId.check("a\nb"))
        .hasMessageStartingWith("The plan id 'a\\u000ab' cannot be used");
  }
}
