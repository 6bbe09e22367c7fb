package bcf.users.web;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import bcf.reference.HwbDirectory;
import bcf.users.AccountRefusals;
import bcf.users.SigningChoices;
import bcf.users.UserAccount;
import bcf.users.UserAdministration;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin pages: users listed with their roles and scopes in words; add a user; change roles and
 * scopes; disable and enable; reset a password. Roles are checkboxes, scopes are chosen from
 * England's HWBs (by name, grouped by NHS England region), the regions and "all of England": nobody
 * types a code. A new or reset password is shown once, on the answer to the form.
 */
@Controller
class AdminPages {

  /** A user as a row of the list. */
  record UserRow(
      String username, String name, String roles, List<String> scopes, boolean disabled) {}

  /** A checkbox: value, words, whether ticked. */
  record Option(String value, String label, String hint, boolean checked) {}

  /** The HWBs of one region, as a group of checkboxes. */
  record HwbGroup(String region, String id, List<Option> hwbs, long ticked) {}

  /**
   * What the roles-and-scopes fields show: the options, ticked as given; the signing authorities
   * given (checkboxes, ticked to keep), and the organisations (of the HWBs ticked) and positions to
   * add another from, with what was chosen in each.
   */
  record Fields(
      List<Option> roles,
      boolean national,
      List<Option> regions,
      List<HwbGroup> hwbGroups,
      List<Option> authorities,
      List<Option> organisations,
      List<Option> positions,
      boolean hwbsChosen) {}

  /** The signing-authority part of a form as posted: those ticked, and the pair chosen to add. */
  record AuthorityInput(List<String> ticked, String organisation, String position) {
    static final AuthorityInput NONE = new AuthorityInput(List.of(), null, null);

    /** The authorities the form gives: those ticked and, when both are chosen, the new pair. */
    List<SigningAuthority> authorities() {
      List<SigningAuthority> all = new ArrayList<>();
      for (String value : ticked) {
        all.add(decode(value));
      }
      boolean org = !blank(organisation);
      boolean pos = !blank(position);
      if (org != pos) {
        throw new AccountRefusals.BadInput(
            "authorities",
            org
                ? "Choose the position they sign in, as well as the organisation."
                : "Choose the organisation they sign for, as well as the position.");
      }
      if (org) {
        all.add(new SigningAuthority(organisation, position));
      }
      return all;
    }

    /** The same, with the chosen pair moved to those ticked (for "Add another"). */
    AuthorityInput added() {
      List<String> all = new ArrayList<>();
      for (SigningAuthority a : authorities()) {
        String value = encode(a);
        if (!all.contains(value)) {
          all.add(value);
        }
      }
      return new AuthorityInput(all, null, null);
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }

  /**
   * A checkbox's value for an authority: the position (or {@code *}), a colon, the organisation.
   */
  static String encode(SigningAuthority authority) {
    return (authority.position() == null ? "*" : authority.position())
        + ":"
        + authority.organisation();
  }

  static SigningAuthority decode(String value) {
    int colon = value == null ? -1 : value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new AccountRefusals.BadInput(
          "authorities", "Choose the organisations and positions they sign for from the lists.");
    }
    String position = value.substring(0, colon);
    return new SigningAuthority(value.substring(colon + 1), position.equals("*") ? null : position);
  }

  private final UserAdministration admin;
  private final HwbDirectory directory;

  AdminPages(UserAdministration admin, HwbDirectory directory) {
    this.admin = admin;
    this.directory = directory;
  }

  @GetMapping("/admin/users")
  String list(Actor actor, Model model) {
    List<UserRow> rows =
        admin.list(actor).stream()
            .map(
                u ->
                    new UserRow(
                        u.username(),
                        u.displayName(),
                        Words.roles(u.roles()),
                        Words.scopes(u.scopes(), directory),
                        u.disabled()))
            .toList();
    model.addAttribute("users", rows);
    return "admin/users";
  }

  @GetMapping("/admin/users/new")
  String newUser(Actor actor, Model model) {
    admin.list(actor); // admins only
    return newPage(model, Map.of(), "", "", fields(Set.of(), Set.of(), AuthorityInput.NONE));
  }

  @PostMapping("/admin/users/new")
  String add(
      Actor actor,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String fullName,
      @RequestParam(required = false) List<String> roles,
      @RequestParam(required = false) String national,
      @RequestParam(required = false) List<String> regions,
      @RequestParam(required = false) List<String> hwbs,
      @RequestParam(required = false) List<String> authority,
      @RequestParam(required = false) String signsFor,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) String then,
      HttpServletResponse response,
      Model model) {
    admin.list(actor); // admins only, before reading anything
    Set<Role> roleSet = new LinkedHashSet<>();
    Set<Scope> scopes = scopes(national, regions, hwbs);
    AuthorityInput input = new AuthorityInput(list(authority), signsFor, position);
    try {
      roleSet = roles(roles);
      if (then != null) {
        // "Add another" or "Show organisations": the form again, nothing saved.
        return newPage(
            model,
            Map.of(),
            username == null ? "" : username,
            fullName == null ? "" : fullName,
            fields(roleSet, scopes, again(then, input)));
      }
      String password =
          admin.add(
              actor,
              username,
              fullName,
              new UserAdministration.Grant(roleSet, scopes, input.authorities()));
      return passwordPage(
          response, model, "User added", username.strip(), fullName.strip(), password);
    } catch (AccountRefusals.BadInput e) {
      response.setStatus(400);
      return newPage(
          model,
          Map.of(e.field(), e.getMessage()),
          username == null ? "" : username,
          fullName == null ? "" : fullName,
          fields(roleSet, scopes, input));
    }
  }

  @GetMapping("/admin/users/{username}")
  String user(
      Actor actor,
      @PathVariable String username,
      @RequestParam(required = false) String done,
      Model model) {
    UserAccount user = admin.get(actor, username);
    String message =
        done == null
            ? null
            : switch (done) {
              case "saved" -> "Roles and scopes saved. The user must sign in again.";
              case "disabled" ->
                  "The account is disabled: the user is signed out and their API tokens no"
                      + " longer work.";
              case "enabled" -> "The account is enabled: the user can sign in again.";
              default -> null;
            };
    return userPage(
        actor, model, user, Map.of(), fields(user.roles(), user.scopes(), held(user)), message);
  }

  @PostMapping("/admin/users/{username}")
  String change(
      Actor actor,
      @PathVariable String username,
      @RequestParam(required = false) List<String> roles,
      @RequestParam(required = false) String national,
      @RequestParam(required = false) List<String> regions,
      @RequestParam(required = false) List<String> hwbs,
      @RequestParam(required = false) List<String> authority,
      @RequestParam(required = false) String signsFor,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) String then,
      HttpServletResponse response,
      Model model) {
    UserAccount user = admin.get(actor, username);
    Set<Role> roleSet = new LinkedHashSet<>();
    Set<Scope> scopes = scopes(national, regions, hwbs);
    AuthorityInput input = new AuthorityInput(list(authority), signsFor, position);
    try {
      roleSet = roles(roles);
      if (then != null) {
        return userPage(
            actor, model, user, Map.of(), fields(roleSet, scopes, again(then, input)), null);
      }
      admin.change(
          actor,
          user.username(),
          new UserAdministration.Grant(roleSet, scopes, input.authorities()));
      return "redirect:/admin/users/" + user.username() + "?done=saved";
    } catch (AccountRefusals.BadInput e) {
      response.setStatus(400);
      return userPage(
          actor,
          model,
          user,
          Map.of(e.field(), e.getMessage()),
          fields(roleSet, scopes, input),
          null);
    } catch (AccountRefusals.NotYourself e) {
      response.setStatus(409);
      return userPage(
          actor,
          model,
          user,
          Map.of("roles", e.getMessage()),
          fields(roleSet, scopes, input),
          null);
    }
  }

  @PostMapping("/admin/users/{username}/disable")
  String disable(
      Actor actor, @PathVariable String username, HttpServletResponse response, Model model) {
    return setDisabled(actor, username, true, response, model);
  }

  @PostMapping("/admin/users/{username}/enable")
  String enable(
      Actor actor, @PathVariable String username, HttpServletResponse response, Model model) {
    return setDisabled(actor, username, false, response, model);
  }

  @PostMapping("/admin/users/{username}/password")
  String resetPassword(
      Actor actor, @PathVariable String username, HttpServletResponse response, Model model) {
    UserAccount user = admin.get(actor, username);
    String password = admin.resetPassword(actor, user.username());
    return passwordPage(
        response, model, "New password", user.username(), user.displayName(), password);
  }

  private String setDisabled(
      Actor actor, String username, boolean disabled, HttpServletResponse response, Model model) {
    UserAccount user = admin.get(actor, username);
    try {
      admin.setDisabled(actor, user.username(), disabled);
      return "redirect:/admin/users/"
          + user.username()
          + "?done="
          + (disabled ? "disabled" : "enabled");
    } catch (AccountRefusals.NotYourself e) {
      response.setStatus(409);
      return userPage(
          actor,
          model,
          user,
          Map.of("disable", e.getMessage()),
          fields(user.roles(), user.scopes(), held(user)),
          null);
    }
  }

  private String newPage(
      Model model, Map<String, String> errors, String username, String fullName, Fields fields) {
    model.addAttribute("errors", errors);
    model.addAttribute("username", username);
    model.addAttribute("fullName", fullName);
    model.addAttribute("fields", fields);
    return "admin/new";
  }

  private String userPage(
      Actor actor,
      Model model,
      UserAccount user,
      Map<String, String> errors,
      Fields fields,
      String message) {
    model.addAttribute(
        "user",
        new UserRow(
            user.username(),
            user.displayName(),
            Words.roles(user.roles()),
            Words.scopes(user.scopes(), directory),
            user.disabled()));
    List<SigningChoices.Position> positions = admin.positions();
    model.addAttribute(
        "signsFor", user.authorities().stream().map(a -> words(a, positions)).toList());
    model.addAttribute("self", user.username().equalsIgnoreCase(actor.username()));
    model.addAttribute("errors", errors);
    model.addAttribute("fields", fields);
    model.addAttribute("message", message);
    return "admin/user";
  }

  private static String passwordPage(
      HttpServletResponse response,
      Model model,
      String heading,
      String username,
      String name,
      String password) {
    // Shown in this answer only: not kept by the browser or any cache.
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("heading", heading);
    model.addAttribute("username", username);
    model.addAttribute("name", name);
    model.addAttribute("password", password);
    return "admin/password";
  }

  private static Set<Role> roles(List<String> codes) {
    Set<Role> roles = new LinkedHashSet<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      try {
        roles.add(Role.of(code));
      } catch (IllegalArgumentException e) {
        throw new AccountRefusals.BadInput("roles", "Choose roles from the list.");
      }
    }
    return roles;
  }

  private static Set<Scope> scopes(String national, List<String> regions, List<String> hwbs) {
    Set<Scope> scopes = new LinkedHashSet<>();
    if (national != null) {
      scopes.add(Scope.NATIONAL);
    }
    for (String region : regions == null ? List.<String>of() : regions) {
      if (!region.isBlank()) {
        scopes.add(Scope.region(region));
      }
    }
    for (String hwb : hwbs == null ? List.<String>of() : hwbs) {
      if (!hwb.isBlank()) {
        scopes.add(Scope.hwb(hwb));
      }
    }
    return scopes;
  }

  private Fields fields(Set<Role> roles, Set<Scope> scopes, AuthorityInput input) {
    List<Option> roleOptions = new ArrayList<>();
    for (Role role : Role.values()) {
      roleOptions.add(
          new Option(role.code(), Words.role(role), roleHint(role), roles.contains(role)));
    }
    List<Option> regions =
        directory.regions().stream()
            .map(r -> new Option(r, r, null, scopes.contains(Scope.region(r))))
            .toList();
    Map<String, List<Option>> byRegion = new TreeMap<>();
    for (HwbDirectory.HwbEntry hwb : directory.hwbs()) {
      byRegion
          .computeIfAbsent(hwb.region() == null ? "Other" : hwb.region(), r -> new ArrayList<>())
          .add(
              new Option(
                  hwb.id(),
                  hwb.name(),
                  null,
                  scopes.contains(Scope.hwb(hwb.id())) || scopes.contains(Scope.hwb(hwb.code()))));
    }
    List<HwbGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Option>> e : byRegion.entrySet()) {
      String id = "hwbs-" + e.getKey().toLowerCase().replaceAll("[^a-z0-9]+", "-");
      groups.add(
          new HwbGroup(
              e.getKey(), id, e.getValue(), e.getValue().stream().filter(Option::checked).count()));
    }
    List<SigningChoices.Position> positions = admin.positions();
    List<Option> authorities = new ArrayList<>();
    for (String value : input.ticked()) {
      SigningAuthority authority;
      try {
        authority = decode(value);
      } catch (AccountRefusals.BadInput e) {
        continue;
      }
      authorities.add(new Option(encode(authority), words(authority, positions), null, true));
    }
    List<Option> organisations =
        admin.organisations(scopes).stream()
            .map(
                o ->
                    new Option(
                        o.name(),
                        o.name() + " (" + o.kind() + ")",
                        null,
                        o.name().equalsIgnoreCase(input.organisation())))
            .toList();
    List<Option> positionOptions =
        positions.stream()
            .map(p -> new Option(p.code(), p.name(), null, p.code().equals(input.position())))
            .toList();
    return new Fields(
        roleOptions,
        scopes.contains(Scope.NATIONAL),
        regions,
        groups,
        authorities,
        organisations,
        positionOptions,
        scopes.stream().anyMatch(s -> s.kind() == Scope.Kind.HWB));
  }

  /** A user's authorities as the form's ticked checkboxes. */
  private static AuthorityInput held(UserAccount user) {
    return new AuthorityInput(
        user.authorities().stream().map(AdminPages::encode).toList(), null, null);
  }

  /** The form again after "Add another" (the chosen pair ticked) or "Show organisations". */
  private static AuthorityInput again(String then, AuthorityInput input) {
    return "add-authority".equals(then) ? input.added() : input;
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }

  /** An authority in words: the organisation and the position by its name. */
  static String words(SigningAuthority authority, List<SigningChoices.Position> positions) {
    String position =
        authority.position() == null
            ? "any position (recorded before positions were)"
            : positions.stream()
                .filter(p -> p.code().equals(authority.position()))
                .map(SigningChoices.Position::name)
                .findFirst()
                .orElse("a position no round asks for");
    return authority.organisation() + ": " + position;
  }

  private static String roleHint(Role role) {
    return switch (role) {
      case EDITOR -> "Writes the plans of the HWBs chosen below.";
      case SIGNATORY ->
          "Signs the plans of the HWBs chosen below, for the organisations and positions chosen"
              + " below only.";
      case ASSURER -> "NHS England: assures the plans of the regions chosen below.";
      case ADMIN -> "Manages users; reads every plan.";
    };
  }
}
