package bcf.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A personal API token: {@code bcf_} and 256 random bits (43 characters, base64url), so that it
 * cannot be guessed and a secret scanner can spot it. Only its SHA-256 is stored: a token has far
 * more entropy than any password, so a slow hash (bcrypt) would add nothing but cost per request.
 */
public final class ApiTokenSecrets {

  public static final String PREFIX = "bcf_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokenSecrets() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of the token as given (whatever it is: an unknown token simply matches none). */
  public static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
