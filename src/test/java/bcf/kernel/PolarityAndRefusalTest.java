package bcf.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PolarityAndRefusalTest {

  @Test
  void polarity_reads_the_round_words_and_the_directions_in_any_case() {
    assertThat(Polarity.parse("high-is-good")).isEqualTo(Polarity.HIGH_IS_GOOD);
    assertThat(Polarity.parse(" DOWN ")).isEqualTo(Polarity.LOW_IS_GOOD);
    assertThat(Polarity.parse("neutral")).isEqualTo(Polarity.NO_JUDGEMENT);
    assertThat(Polarity.parse(null)).isEqualTo(Polarity.NO_JUDGEMENT);
    assertThat(Polarity.parse("  ")).isEqualTo(Polarity.NO_JUDGEMENT);
    assertThat(Polarity.HIGH_IS_GOOD.code()).isEqualTo("high-is-good");
    assertThatThrownBy(() -> Polarity.parse("sideways"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'sideways' is not a polarity: write high-is-good (up), low-is-good (down) or"
                + " no-judgement (neutral)");
  }

  @Test
  void better_and_worse_are_strict_and_follow_the_direction() {
    assertThat(Polarity.HIGH_IS_GOOD.better(2, 1)).isTrue();
    assertThat(Polarity.HIGH_IS_GOOD.better(1, 1)).isFalse();
    assertThat(Polarity.HIGH_IS_GOOD.better(1, 2)).isFalse();
    assertThat(Polarity.LOW_IS_GOOD.better(1, 2)).isTrue();
    assertThat(Polarity.LOW_IS_GOOD.better(2, 2)).isFalse();
    assertThat(Polarity.LOW_IS_GOOD.better(3, 2)).isFalse();
    assertThat(Polarity.NO_JUDGEMENT.better(3, 2)).isFalse();
    assertThat(Polarity.HIGH_IS_GOOD.worse(1, 2)).isTrue();
    assertThat(Polarity.HIGH_IS_GOOD.worse(2, 2)).isFalse();
    assertThat(Polarity.LOW_IS_GOOD.worse(3, 2)).isTrue();
    assertThat(Polarity.LOW_IS_GOOD.worse(2, 2)).isFalse();
    assertThat(Polarity.LOW_IS_GOOD.worse(1, 2)).isFalse();
    assertThat(Polarity.NO_JUDGEMENT.worse(1, 2)).isFalse();
  }

  static final class Closed extends Refusal {
    Closed() {
      super(Kind.CONFLICT, "closed", "The round is closed.");
    }
  }

  @Test
  void a_refusal_carries_its_kind_rule_and_words_and_no_details_unless_it_has_some() {
    Refusal refusal = new Closed();
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(refusal.rule()).isEqualTo("closed");
    assertThat(refusal.describe()).isEqualTo("The round is closed.");
    assertThat(refusal.details()).isEqualTo(Map.of());
  }
}
