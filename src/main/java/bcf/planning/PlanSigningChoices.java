package bcf.planning;

import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.plan.PlanStarter;
import bcf.reference.HwbDirectory;
import bcf.round.Round;
import bcf.round.SignatoryRequirement;
import bcf.users.SigningChoices;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The positions of the rounds and the organisations of HWBs, for the admin's choice of what a
 * signatory signs for: the reference data (each HWB, its council, the ICBs of its region) and the
 * partners named in the HWBs' stored plans (their CCGs, ICBs and councils, by the plans' names).
 */
@Component
public class PlanSigningChoices implements SigningChoices {

  private final PlanService plans;
  private final HwbDirectory directory;

  public PlanSigningChoices(PlanService plans, HwbDirectory directory) {
    this.plans = plans;
    this.directory = directory;
  }

  @Override
  public List<Position> positions() {
    // A role's name as the newest round gives it (rounds are listed oldest first).
    Map<String, String> names = new LinkedHashMap<>();
    for (Round round : plans.rounds()) {
      for (SignatoryRequirement requirement : round.signatories()) {
        names.put(requirement.role(), requirement.name());
      }
    }
    return names.entrySet().stream()
        .map(e -> new Position(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Position::name))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<SigningChoices.Organisation> organisations(Set<String> hwbs) {
    Map<String, SigningChoices.Organisation> found = new LinkedHashMap<>();
    if (hwbs.isEmpty()) {
      return List.of();
    }
    // The HWBs' plans first: the councils, CCGs and ICBs as the plans name them. A council is
    // made from the HWB's name (as a new plan makes it) only for an HWB no plan names one for.
    Set<String> councilNamed = new HashSet<>();
    for (PlanService.Listing listing :
        plans.currentListings(r -> !Collections.disjoint(r.hwbs(), hwbs))) {
      Plan plan = listing.analysis().plan();
      for (Hwb hwb : plan.hwbs()) {
        add(found, hwb.name(), "health and wellbeing board");
        if (hwb.localAuthority() != null && plan.organisation(hwb.localAuthority()).isPresent()) {
          councilNamed.add(hwb.id());
        }
      }
      for (bcf.plan.Organisation organisation : plan.organisations()) {
        String kind =
            organisation.type() == null
                ? null
                : switch (organisation.type()) {
                  case "local-authority" -> "council";
                  case "ccg" -> "clinical commissioning group";
                  case "icb" -> "integrated care board";
                  default -> null;
                };
        if (kind != null) {
          add(found, organisation.name(), kind);
        }
      }
    }
    for (String id : hwbs) {
      directory
          .hwb(id)
          .ifPresent(
              hwb -> {
                add(found, hwb.name(), "health and wellbeing board");
                if (!councilNamed.contains(hwb.id())) {
                  add(found, PlanStarter.councilName(hwb.name()), "council");
                }
                for (HwbDirectory.IcbEntry icb : directory.icbs()) {
                  if (icb.region() != null && icb.region().equals(hwb.region())) {
                    add(found, icb.name(), "integrated care board");
                  }
                }
              });
    }
    return found.values().stream()
        .sorted(Comparator.comparing(o -> o.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static void add(
      Map<String, SigningChoices.Organisation> found, String name, String kind) {
    if (name != null && !name.isBlank()) {
      found.putIfAbsent(
          name.strip().toLowerCase(Locale.ROOT),
          new SigningChoices.Organisation(name.strip(), kind));
    }
  }
}
