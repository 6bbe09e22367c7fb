package bcf.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The limits' own arithmetic: excerpts, sizes in words, and the edges of a number's size. */
class LimitsTest {

  @Test
  void an_excerpt_keeps_short_text_and_cuts_long_text_saying_its_length() {
    assertThat(Limits.excerpt(null)).isEmpty();
    String exact = "x".repeat(Limits.EXCERPT_CHARS);
    assertThat(Limits.excerpt(exact)).isEqualTo(exact);
    String longer = "y".repeat(Limits.EXCERPT_CHARS + 1);
    assertThat(Limits.excerpt(longer))
        .isEqualTo(
            "y".repeat(Limits.EXCERPT_CHARS)
                + "\u2026 ("
                + (Limits.EXCERPT_CHARS + 1)
                + " characters)");
  }

  @Test
  void an_excerpt_never_cuts_a_character_in_half() {
    // An emoji (two UTF-16 units) straddling the cut is left out whole.
    String text = "a".repeat(Limits.EXCERPT_CHARS - 1) + "\uD83D\uDE00" + "tail";
    String excerpt = Limits.excerpt(text);
    assertThat(excerpt).startsWith("a".repeat(Limits.EXCERPT_CHARS - 1) + "\u2026");
    assertThat(excerpt).doesNotContain("\uD83D");
  }

  @Test
  void sizes_are_said_in_mebibytes() {
    assertThat(Limits.mebibytes(10L * 1024 * 1024)).isEqualTo("10 MiB");
    assertThat(Limits.mebibytes(11L * 1024 * 1024 + 512 * 1024)).isEqualTo("11.5 MiB");
    assertThat(Limits.mebibytes(1024 * 1024 + 1)).isEqualTo("1.0 MiB");
  }

  @Test
  void a_number_as_long_as_allowed_is_read_and_one_longer_is_refused() {
    String longest = "1" + "0".repeat(Limits.NUMBER_CHARS - 1);
    if (Limits.NUMBER_CHARS - 1 <= Limits.NUMBER_EXPONENT) {
      assertThat(Limits.number(longest)).isEqualTo(new BigDecimal(longest));
    }
    assertThatThrownBy(() -> Limits.number(longest + "0"))
        .hasMessageContaining("longer than a number may be");
    assertThat(Limits.number("  12.5 ")).isEqualTo(new BigDecimal("12.5"));
    assertThat(Limits.number("twelve")).isNull();
  }
}
