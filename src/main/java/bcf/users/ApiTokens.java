package bcf.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates them (shown once), lists them (never the secret), revokes
 * them; a request bearing one is checked by one indexed lookup of its SHA-256, and carries the
 * user's roles and scopes as a password would. A token of a disabled user, an expired or a revoked
 * one is refused, saying which.
 */
@Service
public class ApiTokens {

  /** The longest a token may live. */
  public static final int LONGEST_DAYS = 365;

  /** The lifetimes the page offers (the API takes any number of days up to a year). */
  public static final List<Integer> OFFERED_DAYS = List.of(30, 90, 365);

  /** Tokens a user may have working at once. */
  public static final int MOST_ACTIVE = 20;

  public static final int LONGEST_NAME = 100;

  /** A token just made: the only time its secret is seen. */
  public record Created(long id, String name, String token, Instant created, Instant expires) {}

  /** The outcome of checking a bearer token. */
  public sealed interface Check {}

  /** The token is good: the request is the user's. */
  public record Accepted(UserAccount user) implements Check {}

  /** The token is refused: {@code rule} says why, {@code message} in words. */
  public record Refused(String rule, String message) implements Check {}

  private final ApiTokenRepository tokens;
  private final UserRepository users;
  private final Clock clock;

  public ApiTokens(ApiTokenRepository tokens, UserRepository users, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
  }

  /** A new token for the user, or a refusal naming the field (name, expiresInDays). */
  @Transactional
  public Created create(String username, String name, Integer days) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new AccountRefusals.BadInput(
          "name", "Enter a name for the token, such as the program that will use it.");
    }
    if (clean.length() > LONGEST_NAME || clean.chars().anyMatch(Character::isISOControl)) {
      throw new AccountRefusals.BadInput(
          "name", "The name must be " + LONGEST_NAME + " characters or fewer, on one line.");
    }
    if (days == null || days < 1 || days > LONGEST_DAYS) {
      throw new AccountRefusals.BadInput(
          "expiresInDays", "Choose when the token expires: 1 to " + LONGEST_DAYS + " days.");
    }
    UserAccount user = user(username);
    Instant now = clock.instant();
    if (tokens.countActive(user.id(), now) >= MOST_ACTIVE) {
      throw new AccountRefusals.BadInput(
          "name",
          "You already have " + MOST_ACTIVE + " tokens that work. Revoke one you no longer use.");
    }
    String secret = ApiTokenSecrets.generate();
    Instant expires = now.plus(Duration.ofDays(days));
    long id = tokens.insert(user.id(), clean, ApiTokenSecrets.hash(secret), now, expires);
    return new Created(id, clean, secret, now, expires);
  }

  /** The user's tokens that are not revoked (expired ones included, to be seen as such). */
  @Transactional(readOnly = true)
  public List<ApiTokenRepository.TokenRow> list(String username) {
    return tokens.list(user(username).id());
  }

  /** Revokes one of the user's tokens; another user's, or none, is not found. */
  @Transactional
  public void revoke(String username, long tokenId) {
    if (!tokens.revoke(user(username).id(), tokenId, clock.instant())) {
      throw new AccountRefusals.NotFound(
          "token-not-found", "You have no token " + tokenId + " that works.");
    }
  }

  /** Whether the bearer token is good; records its use (to the minute). */
  @Transactional
  public Check check(String token) {
    Optional<ApiTokenRepository.Found> found =
        token == null || token.isBlank()
            ? Optional.empty()
            : tokens.find(ApiTokenSecrets.hash(token.strip()));
    if (found.isEmpty()) {
      return new Refused("token-unknown", "The API token is not known: check it was copied whole.");
    }
    ApiTokenRepository.Found row = found.get();
    Instant now = clock.instant();
    if (row.revoked() != null) {
      return new Refused("token-revoked", "The API token has been revoked: create a new one.");
    }
    if (!now.isBefore(row.expires())) {
      return new Refused("token-expired", "The API token has expired: create a new one.");
    }
    if (row.user().disabled()) {
      return new Refused("user-disabled", "The account this API token belongs to is disabled.");
    }
    if (row.lastUsed() == null || row.lastUsed().isBefore(now.minusSeconds(60))) {
      tokens.used(row.tokenId(), now);
    }
    return new Accepted(row.user());
  }

  private UserAccount user(String username) {
    return users
        .find(username)
        .orElseThrow(
            () -> new AccountRefusals.NotFound("user-not-found", "There is no such user."));
  }
}
