package bcf.users.web;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.users.AccountRefusals;
import bcf.users.ApiTokenRepository;
import bcf.users.ApiTokens;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's API tokens as a page: the list (name, created, expires, last used), a form
 * to create one (the token shown once, on the answer to the form), and revoking.
 */
@Controller
class AccountPages {

  /** A token as a row of the table. */
  record TokenRow(
      long id, String name, String created, String expires, String lastUsed, boolean expired) {}

  /** An expiry the form offers: days and words. */
  record Choice(int days, String label) {}

  private final ApiTokens tokens;
  private final Clock clock;

  AccountPages(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @GetMapping("/account/tokens")
  String list(Actor actor, @RequestParam(required = false) String revoked, Model model) {
    actor.requireSignedIn();
    return page(actor, model, Map.of(), "", 90, null, revoked != null);
  }

  @PostMapping("/account/tokens")
  String create(
      Actor actor,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String expiresInDays,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    Integer days = null;
    if (expiresInDays != null && ApiTokens.OFFERED_DAYS.contains(parse(expiresInDays))) {
      days = parse(expiresInDays);
    }
    try {
      ApiTokens.Created created = tokens.create(actor.username(), name, days);
      // Shown in this answer only: not kept by the browser or any cache.
      response.setHeader("Cache-Control", "no-store");
      return page(actor, model, Map.of(), "", 90, created, false);
    } catch (AccountRefusals.BadInput e) {
      response.setStatus(400);
      String field = e.field().equals("expiresInDays") ? "expires" : "name";
      return page(
          actor,
          model,
          Map.of(field, e.getMessage()),
          name == null ? "" : name,
          days == null ? 0 : days,
          null,
          false);
    }
  }

  @PostMapping("/account/tokens/{tokenId}/revoke")
  String revoke(Actor actor, @PathVariable String tokenId) {
    actor.requireSignedIn();
    tokens.revoke(actor.username(), TokensApi.id(tokenId));
    return "redirect:/account/tokens?revoked";
  }

  private String page(
      Actor actor,
      Model model,
      Map<String, String> errors,
      String name,
      int days,
      ApiTokens.Created created,
      boolean revoked) {
    Instant now = clock.instant();
    List<TokenRow> rows = tokens.list(actor.username()).stream().map(t -> row(t, now)).toList();
    model.addAttribute("tokens", rows);
    model.addAttribute("errors", errors);
    model.addAttribute("name", name);
    model.addAttribute("days", days);
    model.addAttribute(
        "choices",
        ApiTokens.OFFERED_DAYS.stream()
            .map(d -> new Choice(d, d == 365 ? "1 year" : d + " days"))
            .toList());
    model.addAttribute("created", created);
    model.addAttribute("createdExpires", created == null ? null : Words.day(created.expires()));
    model.addAttribute("revoked", revoked);
    model.addAttribute("admin", actor.has(Role.ADMIN));
    return "account/tokens";
  }

  private static TokenRow row(ApiTokenRepository.TokenRow t, Instant now) {
    return new TokenRow(
        t.id(),
        t.name(),
        Words.day(t.created()),
        Words.day(t.expires()),
        Words.when(t.lastUsed()),
        !now.isBefore(t.expires()));
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
