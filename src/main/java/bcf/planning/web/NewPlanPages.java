package bcf.planning.web;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanningException;
import bcf.planning.StartRefused;
import bcf.reference.HwbDirectory;
import bcf.round.Round;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Start a plan ({@code /plans/new}): the round, the HWB (another added for a joint plan by a
 * button, without JavaScript), the ICB, and blank or carried forward from one of the HWB's plans.
 * Every choice is made from a list that shows names; the service builds and checks the plan.
 */
@Controller
class NewPlanPages {

  private final PlanService plans;

  NewPlanPages(PlanService plans) {
    this.plans = plans;
  }

  /** What was chosen so far: the round, the HWBs (one select each), the ICB and the start. */
  public record StartForm(String round, List<String> hwbs, String icb, String from) {
    /** The HWB chosen in select {@code i}, or null. */
    public String hwb(int i) {
      return i < hwbs.size() ? hwbs.get(i) : null;
    }
  }

  /** An option of a select or radio: the value sent and the words shown. */
  public record Option(String value, String label) {}

  /** The ICBs in one group of the select: those of the chosen HWB's region first. */
  public record IcbGroup(String label, List<Option> icbs) {}

  /** Any signed-in user may open it; one who edits no HWB is told why they cannot start a plan. */
  @GetMapping("/plans/new")
  String form(Actor actor, Model model) {
    actor.requireSignedIn();
    List<HwbDirectory.HwbEntry> hwbs = plans.startableHwbs(actor);
    String only = hwbs.size() == 1 ? hwbs.get(0).id() : null;
    StartForm form =
        new StartForm(currentRound(), only == null ? List.of() : List.of(only), null, "");
    return page(actor, form, Map.of(), model);
  }

  @PostMapping("/plans/new")
  String start(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(name = "hwb", required = false) List<String> hwb,
      @RequestParam(required = false) String icb,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String action,
      HttpServletResponse response,
      Model model) {
    requireStarter(actor);
    List<String> chosen =
        hwb == null ? List.of() : hwb.stream().filter(h -> !blank(h)).distinct().toList();
    StartForm form = new StartForm(round, chosen, icb, from == null ? "" : from);
    if ("add-hwb".equals(action)) {
      List<String> more = new ArrayList<>(chosen);
      more.add("");
      return page(actor, new StartForm(round, more, icb, form.from()), Map.of(), model);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (blank(round)) {
      errors.put("round", "Choose the round the plan is for");
    }
    if (chosen.isEmpty()) {
      errors.put("hwb", "Choose the Health and Wellbeing Board");
    }
    if (blank(icb)) {
      errors.put("icb", "Choose the integrated care board");
    }
    if (errors.isEmpty()) {
      try {
        PlanRecord created =
            plans.start(
                actor,
                new PlanService.Start(
                    round, chosen, List.of(icb), blank(from) ? null : from.strip()));
        return "redirect:/plans/" + created.id() + "?started=1";
      } catch (StartRefused e) {
        errors.put(field(e.field()), message(e));
      } catch (PlanningException.AccessRefused e) {
        // An HWB the form did not offer: refused as any other forbidden request is.
        throw e;
      } catch (PlanningException e) {
        // The plan's id is taken by a plan of other HWBs.
        errors.put("hwb", e.getMessage());
      }
    }
    response.setStatus(400);
    return page(actor, form, errors, model);
  }

  private String page(Actor actor, StartForm form, Map<String, String> errors, Model model) {
    List<HwbDirectory.HwbEntry> hwbs = plans.startableHwbs(actor);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "rounds", plans.rounds().stream().map(r -> new Option(r.id(), r.name())).toList());
    model.addAttribute("hwbOptions", hwbs.stream().map(h -> new Option(h.id(), h.name())).toList());
    model.addAttribute("hwbSelects", Math.max(1, form.hwbs().size()));
    model.addAttribute("icbGroups", icbGroups(hwbs, form));
    model.addAttribute("carryForward", carryForward(actor, hwbs));
    return "plans/new";
  }

  /** The ICBs of the first chosen HWB's NHS England region first, then the rest, by name. */
  private List<IcbGroup> icbGroups(List<HwbDirectory.HwbEntry> hwbs, StartForm form) {
    String region =
        form.hwbs().stream()
            .map(id -> hwbs.stream().filter(h -> h.id().equals(id)).findFirst().orElse(null))
            .filter(Objects::nonNull)
            .map(HwbDirectory.HwbEntry::region)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    List<HwbDirectory.IcbEntry> icbs = plans.icbs();
    if (region == null) {
      return List.of(new IcbGroup(null, options(icbs)));
    }
    return List.of(
        new IcbGroup(
            "In the " + region + " region",
            options(icbs.stream().filter(i -> region.equals(i.region())).toList())),
        new IcbGroup(
            "Elsewhere in England",
            options(icbs.stream().filter(i -> !region.equals(i.region())).toList())));
  }

  private static List<Option> options(List<HwbDirectory.IcbEntry> icbs) {
    return icbs.stream().map(i -> new Option(i.code(), i.name())).toList();
  }

  /** The plans of the HWBs the user may start plans for that they can see, newest round first. */
  private List<Option> carryForward(Actor actor, List<HwbDirectory.HwbEntry> hwbs) {
    Set<String> ids = hwbs.stream().map(HwbDirectory.HwbEntry::id).collect(Collectors.toSet());
    Map<String, String> roundNames =
        plans.rounds().stream().collect(Collectors.toMap(Round::id, Round::name));
    return plans.list(actor, PlanService.Filter.NONE).stream()
        .map(PlanService.Listing::record)
        .filter(r -> r.hwbs().stream().anyMatch(ids::contains))
        .sorted(Comparator.comparing(PlanRecord::round).reversed().thenComparing(PlanRecord::title))
        .map(
            r ->
                new Option(
                    r.id(), r.title() + " (" + roundNames.getOrDefault(r.round(), r.round()) + ")"))
        .toList();
  }

  /** The round whose years are latest: the one being planned now. */
  private String currentRound() {
    return plans.rounds().stream()
        .max(Comparator.comparing(r -> r.years().get(r.years().size() - 1)))
        .map(Round::id)
        .orElse(null);
  }

  private static void requireStarter(Actor actor) {
    actor.requireSignedIn();
    if (!actor.has(Role.EDITOR) && !actor.has(Role.ADMIN)) {
      throw new PlanningException.AccessRefused(
          "Plans are started by the editors of an HWB's plans, and by admins.");
    }
  }

  private static String field(String field) {
    return switch (field) {
      case "round" -> "round";
      case "icbs" -> "icb";
      case "from" -> "from";
      default -> "hwb";
    };
  }

  /** The refusal in the page's words: the choices are names, so no code is repeated back. */
  private static String message(StartRefused e) {
    return switch (e.rule()) {
      case "unknown-round" -> "Choose one of the rounds listed";
      case "unknown-hwb" -> "Choose a Health and Wellbeing Board from the list";
      case "unknown-icb" -> "Choose an integrated care board from the list";
      case "unknown-plan-to-carry-forward" ->
          "Choose one of the plans listed to carry forward, or a blank plan";
      case "plan-to-carry-forward-of-other-hwbs" ->
          "The plan to carry forward must be a plan of the Health and Wellbeing Board chosen";
      default -> e.getMessage().replaceFirst("^[a-z]+: ", "");
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
