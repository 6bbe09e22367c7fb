package bcf.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password1234!",
        "            ",
        "aaaaaaaaaaaa",
        "abababababab",
        "123456789012",
        "098765432109",
        "qwertyuiop12",
        "passwordpassword",
        "Welcome12345",
        "1q2w3e4r5t6y",
        "!!letmein!!2024",
        "BetterCareFund2025",
        "short"
      })
  void common_short_or_repetitive_passwords_are_refused(String password) {
    assertThat(PasswordPolicy.problem("ann.lead", password)).as(password).isPresent();
  }

  @Test
  void a_password_containing_the_username_is_refused() {
    assertThat(PasswordPolicy.problem("ann.lead", "my-ann.lead-secret-42"))
        .hasValue("a password cannot contain the username");
    assertThat(PasswordPolicy.problem("Ann.Lead", "my-ann.lead-secret-42")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"correct horse battery", "tulip-kettle-granite", "Xq7#mZ2!pL9v", "a4Kp9wQz2mRt"})
  void long_unrelated_passwords_are_accepted(String password) {
    assertThat(PasswordPolicy.problem("ann.lead", password)).as(password).isEmpty();
  }

  @Test
  void the_limits_are_twelve_and_a_hundred_and_twenty_eight_characters() {
    assertThat(PasswordPolicy.problem("x", "tulip-kettle-".repeat(9) + "abcdefghijk")).isEmpty();
    assertThat(PasswordPolicy.problem("x", "tulip-kettl")).isPresent();
    assertThat(PasswordPolicy.problem("x", "tulip-kettle")).isEmpty();
    assertThat(PasswordPolicy.problem("x", "tulip-kettle-".repeat(9) + "abcdefghijkl"))
        .hasValue("a password can have at most 128 characters");
  }

  @Test
  void the_random_passwords_bcf_gives_pass() {
    for (int i = 0; i < 200; i++) {
      String password = UserAccounts.randomPassword();
      assertThat(PasswordPolicy.problem("admin", password)).as(password).isEmpty();
    }
  }
}
