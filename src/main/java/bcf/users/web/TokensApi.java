package bcf.users.web;

import bcf.access.Actor;
import bcf.json.Json;
import bcf.users.AccountRefusals;
import bcf.users.ApiTokenRepository;
import bcf.users.ApiTokens;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The caller's personal API tokens: {@code POST /api/v1/me/tokens} (the token in the answer, the
 * only time it is shown), {@code GET} (never a secret), {@code DELETE .../{tokenId}} to revoke.
 * Creating one needs the caller signed in, with a password or another token.
 */
@RestController
@RequestMapping(path = "/api/v1/me/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class TokensApi {

  /** A new token: {@code token} is the secret, shown only in this answer. */
  record CreatedToken(long id, String name, String token, Instant created, Instant expires) {}

  /** A token as listed: no secret. */
  record TokenItem(
      long id, String name, Instant created, Instant expires, Instant lastUsed, boolean expired) {}

  private static final Set<String> FIELDS = Set.of("name", "expiresInDays");

  private final ApiTokens tokens;
  private final Clock clock;

  TokensApi(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CreatedToken> create(Actor actor, @RequestBody(required = false) byte[] body) {
    actor.requireSignedIn();
    JsonNode request = object(body);
    JsonNode name = request.get("name");
    if (name != null && !name.isString()) {
      throw new AccountRefusals.BadInput("name", "Give the name as text.");
    }
    JsonNode days = request.get("expiresInDays");
    if (days != null && !days.isIntegralNumber()) {
      throw new AccountRefusals.BadInput(
          "expiresInDays",
          "Give the number of days until the token expires, a whole number from 1 to "
              + ApiTokens.LONGEST_DAYS
              + ".");
    }
    ApiTokens.Created created =
        tokens.create(
            actor.username(),
            name == null ? null : name.asString(),
            days == null ? null : (days.canConvertToInt() ? days.asInt() : Integer.MAX_VALUE));
    return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id()))
        .header("Cache-Control", "no-store")
        .body(
            new CreatedToken(
                created.id(),
                created.name(),
                created.token(),
                created.created(),
                created.expires()));
  }

  @GetMapping
  List<TokenItem> list(Actor actor) {
    actor.requireSignedIn();
    Instant now = clock.instant();
    return tokens.list(actor.username()).stream().map(t -> item(t, now)).toList();
  }

  @DeleteMapping("/{tokenId}")
  ResponseEntity<Void> revoke(Actor actor, @PathVariable String tokenId) {
    actor.requireSignedIn();
    tokens.revoke(actor.username(), id(tokenId));
    return ResponseEntity.noContent().build();
  }

  static long id(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new AccountRefusals.NotFound("token-not-found", "There is no token '" + text + "'.");
    }
  }

  private static TokenItem item(ApiTokenRepository.TokenRow t, Instant now) {
    return new TokenItem(
        t.id(), t.name(), t.created(), t.expires(), t.lastUsed(), !now.isBefore(t.expires()));
  }

  private static JsonNode object(byte[] body) {
    JsonNode node;
    try {
      node = body == null || body.length == 0 ? null : Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new AccountRefusals.BadInput("body", "The body is not usable JSON: " + Json.reason(e));
    }
    if (node == null || !node.isObject()) {
      throw new AccountRefusals.BadInput(
          "body", "Send a JSON object such as {\"name\": \"reporting\", \"expiresInDays\": 90}.");
    }
    for (String field : node.propertyNames()) {
      if (!FIELDS.contains(field)) {
        throw new AccountRefusals.BadInput(
            field, "This field is not known (known: expiresInDays, name).");
      }
    }
    return node;
  }
}
