package bcf.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which edits of a register end its sign-offs: all but a review. */
class RegisterKindTest {

  @Test
  void reviewing_does_not_end_a_sign_off_of_the_register_and_other_edits_do() {
    RegisterKind kind = RegisterKind.REGISTER;
    assertThat(kind.editInvalidatesSignOffs(RegisterPart.REVIEWS)).isFalse();
    assertThat(kind.editInvalidatesSignOffs(RegisterPart.ENTRIES)).isTrue();
    assertThat(kind.editInvalidatesSignOffs(RegisterPart.SCALE)).isTrue();
    assertThat(kind.editInvalidatesSignOffs(RegisterPart.DETAILS)).isTrue();
  }

  @Test
  void every_top_level_field_but_id_and_plan_is_in_exactly_one_part() {
    assertThat(kind().parts().stream().flatMap(p -> p.fields().stream()).sorted().toList())
        .containsExactly("arrangements", "entries", "reviews", "scale", "source", "title");
    assertThat(RegisterPart.REVIEWS.contains("/reviews/3/rating/likelihood")).isTrue();
    assertThat(RegisterPart.ENTRIES.contains("/reviews/3")).isFalse();
  }

  private static RegisterKind kind() {
    return RegisterKind.REGISTER;
  }
}
