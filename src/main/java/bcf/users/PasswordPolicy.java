package bcf.users;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, following the NCSC's guidance: long rather than complex (at least {@link
 * #MINIMUM_LENGTH} characters, no composition rules), not one that is commonly used or guessed (a
 * deny-list of common passwords and of the words and keyboard runs they are made of, with digits
 * and symbols around them), not the username, and not a single repeated character. Framework-free;
 * the reason is in words for the person choosing.
 */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 128;

  /**
   * Common passwords and the words and runs they are built from, lower case; a password that is one
   * of these, or one of these with only digits and symbols added, is refused.
   */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passw0rd",
          "p@ssword",
          "p@ssw0rd",
          "passwort",
          "motdepasse",
          "qwerty",
          "qwertyuiop",
          "qwertyuiopasdf",
          "asdfghjkl",
          "asdfghjkl;",
          "zxcvbnm",
          "azerty",
          "1q2w3e4r5t6y",
          "1qaz2wsx3edc",
          "q1w2e3r4t5y6",
          "abcdefghijkl",
          "abcdefghijklmnop",
          "abc",
          "abcd",
          "abcdef",
          "letmein",
          "welcome",
          "iloveyou",
          "admin",
          "administrator",
          "changeme",
          "changeit",
          "secret",
          "monkey",
          "dragon",
          "football",
          "baseball",
          "soccer",
          "sunshine",
          "princess",
          "master",
          "shadow",
          "superman",
          "batman",
          "trustno1",
          "starwars",
          "whatever",
          "freedom",
          "hello",
          "helloworld",
          "login",
          "test",
          "testing",
          "default",
          "guest",
          "user",
          "root",
          "temp",
          "temporary",
          "summer",
          "winter",
          "spring",
          "autumn",
          "january",
          "february",
          "december",
          "london",
          "england",
          "nhs",
          "nhsengland",
          "council",
          "bcf",
          "bettercarefund",
          "bettercare",
          "carefund",
          "healthandwellbeing",
          "wellbeing",
          "health",
          "care",
          "socialcare",
          "pooledbudget",
          "computer",
          "internet",
          "security",
          "football1",
          "liverpool",
          "arsenal",
          "chelsea",
          "manchester",
          "united",
          "michael",
          "jessica",
          "charlie",
          "thomas",
          "jordan",
          "hunter",
          "ranger",
          "killer",
          "pokemon",
          "minecraft",
          "qazwsx",
          "qazwsxedc",
          "zaq1zaq1",
          "zaq12wsx",
          "aaaaaa",
          "111111",
          "123123",
          "121212",
          "654321",
          "987654321",
          "0987654321",
          "1234567890",
          "12345678910",
          "123456789",
          "12345678",
          "1234567",
          "123456",
          "12345",
          "1234",
          "123",
          "000000",
          "696969",
          "7777777",
          "159753",
          "147258369",
          "11223344",
          "opensesame",
          "mypassword",
          "newpassword",
          "yourpassword",
          "thepassword",
          "correcthorsebatterystaple");

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it will do. */
  public static Optional<String> problem(String username, String password) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      return Optional.of(
          "a password needs at least "
              + MINIMUM_LENGTH
              + " characters (a few unrelated words make a strong one)");
    }
    if (password.length() > MAXIMUM_LENGTH) {
      return Optional.of("a password can have at most " + MAXIMUM_LENGTH + " characters");
    }
    if (password.isBlank()) {
      return Optional.of("a password cannot be only spaces");
    }
    if (password.codePoints().distinct().count() < 4) {
      return Optional.of("a password needs more than a few different characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("a password cannot contain the username");
    }
    String core = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
    String letters = lower.replaceAll("[^a-z0-9]", "");
    if (COMMON.contains(lower)
        || COMMON.contains(letters)
        || (!core.isEmpty() && COMMON.contains(core))
        || (core.isEmpty() && isRun(letters))
        || repeats(core)) {
      return Optional.of(
          "that password is one of those most often used or guessed; choose another (a few"
              + " unrelated words make a strong one)");
    }
    return Optional.empty();
  }

  /** Digits that are a run up or down ("123456789012", "987654321098"). */
  private static boolean isRun(String digits) {
    if (digits.length() < 4 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < digits.length(); i++) {
      int step = (digits.charAt(i) - digits.charAt(i - 1) + 10) % 10;
      up &= step == 1;
      down &= step == 9;
    }
    return up || down;
  }

  /** A common word said twice or more ("passwordpassword"). */
  private static boolean repeats(String core) {
    for (String word : COMMON) {
      if (word.length() >= 3 && core.length() > word.length() && core.replace(word, "").isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
