package bcf.users.web;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.reference.HwbDirectory;
import bcf.users.AccountRefusals;
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

  /** What the roles-and-scopes fields show: the options, ticked as given. */
  record Fields(
      List<Option> roles,
      boolean national,
      List<Option> regions,
      List<HwbGroup> hwbGroups,
      String organisation) {}

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
    return newPage(model, Map.of(), "", "", fields(Set.of(), Set.of(), null));
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
      @RequestParam(required = false) String organisation,
      HttpServletResponse response,
      Model model) {
    admin.list(actor); // admins only, before reading anything
    Set<Role> roleSet = new LinkedHashSet<>();
    Set<Scope> scopes = scopes(national, regions, hwbs);
    try {
      roleSet = roles(roles);
      String password =
          admin.add(
              actor,
              username,
              fullName,
              new UserAdministration.Grant(roleSet, scopes, organisation));
      return passwordPage(
          response, model, "User added", username.strip(), fullName.strip(), password);
    } catch (AccountRefusals.BadInput e) {
      response.setStatus(400);
      return newPage(
          model,
          Map.of(e.field(), e.getMessage()),
          username == null ? "" : username,
          fullName == null ? "" : fullName,
          fields(roleSet, scopes, organisation));
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
        actor,
        model,
        user,
        Map.of(),
        fields(user.roles(), user.scopes(), user.organisation()),
        message);
  }

  @PostMapping("/admin/users/{username}")
  String change(
      Actor actor,
      @PathVariable String username,
      @RequestParam(required = false) List<String> roles,
      @RequestParam(required = false) String national,
      @RequestParam(required = false) List<String> regions,
      @RequestParam(required = false) List<String> hwbs,
      @RequestParam(required = false) String organisation,
      HttpServletResponse response,
      Model model) {
    UserAccount user = admin.get(actor, username);
    Set<Role> roleSet = new LinkedHashSet<>();
    Set<Scope> scopes = scopes(national, regions, hwbs);
    try {
      roleSet = roles(roles);
      admin.change(
          actor, user.username(), new UserAdministration.Grant(roleSet, scopes, organisation));
      return "redirect:/admin/users/" + user.username() + "?done=saved";
    } catch (AccountRefusals.BadInput e) {
      response.setStatus(400);
      return userPage(
          actor,
          model,
          user,
          Map.of(e.field(), e.getMessage()),
          fields(roleSet, scopes, organisation),
          null);
    } catch (AccountRefusals.NotYourself e) {
      response.setStatus(409);
      return userPage(
          actor,
          model,
          user,
          Map.of("roles", e.getMessage()),
          fields(roleSet, scopes, organisation),
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
          fields(user.roles(), user.scopes(), user.organisation()),
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
    model.addAttribute("organisation", user.organisation());
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

  private Fields fields(Set<Role> roles, Set<Scope> scopes, String organisation) {
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
    return new Fields(roleOptions, scopes.contains(Scope.NATIONAL), regions, groups, organisation);
  }

  private static String roleHint(Role role) {
    return switch (role) {
      case EDITOR -> "Writes the plans of the HWBs chosen below.";
      case SIGNATORY -> "Signs the plans of the HWBs chosen below for their organisation.";
      case ASSURER -> "NHS England: assures the plans of the regions chosen below.";
      case ADMIN -> "Manages users; reads every plan.";
    };
  }
}
