package bcf.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanAccessTest {

  private static final PlanAccess.PlanFacts WARWICKSHIRE =
      new PlanAccess.PlanFacts(Set.of("warwickshire"), Set.of("Midlands"), false);

  private static Actor actor(Set<Role> roles, Set<Scope> scopes) {
    return new Actor("someone", "Someone", roles, scopes);
  }

  @Test
  void an_assurer_of_the_region_assures() {
    Actor assurer = actor(Set.of(Role.ASSURER), Set.of(Scope.region("Midlands")));
    assertThat(PlanAccess.assures(assurer, WARWICKSHIRE)).isTrue();
    assertThat(PlanAccess.moves(assurer, Set.of(Role.ASSURER), WARWICKSHIRE)).isTrue();
    Actor elsewhere = actor(Set.of(Role.ASSURER), Set.of(Scope.region("South West")));
    assertThat(PlanAccess.assures(elsewhere, WARWICKSHIRE)).isFalse();
  }

  @Test
  void nobody_assures_a_plan_of_an_hwb_they_edit_or_sign_for() {
    for (Role own : Set.of(Role.EDITOR, Role.SIGNATORY)) {
      Actor both =
          actor(Set.of(own, Role.ASSURER), Set.of(Scope.hwb("warwickshire"), Scope.NATIONAL));
      assertThat(PlanAccess.assures(both, WARWICKSHIRE)).as(own.code()).isFalse();
      assertThat(PlanAccess.moves(both, Set.of(Role.ASSURER), WARWICKSHIRE)).isFalse();
      // ... but still assures the plans of other HWBs.
      PlanAccess.PlanFacts coventry =
          new PlanAccess.PlanFacts(Set.of("coventry"), Set.of("Midlands"), false);
      assertThat(PlanAccess.assures(both, coventry)).as(own.code()).isTrue();
    }
  }

  @Test
  void a_plans_hwbs_change_only_by_an_editor_of_every_hwb_before_and_after() {
    Actor warwickshire = actor(Set.of(Role.EDITOR), Set.of(Scope.hwb("warwickshire")));
    Actor both =
        actor(Set.of(Role.EDITOR), Set.of(Scope.hwb("warwickshire"), Scope.hwb("coventry")));
    Set<String> before = Set.of("warwickshire");
    assertThat(PlanAccess.changesHwbs(warwickshire, before, Set.of("coventry"))).isFalse();
    assertThat(PlanAccess.changesHwbs(warwickshire, before, Set.of("warwickshire", "coventry")))
        .isFalse();
    assertThat(PlanAccess.changesHwbs(both, before, Set.of("warwickshire", "coventry"))).isTrue();
    // Taking a partner off a joint plan needs that partner too.
    assertThat(
            PlanAccess.changesHwbs(
                warwickshire, Set.of("warwickshire", "coventry"), Set.of("warwickshire")))
        .isFalse();
    assertThat(PlanAccess.changesHwbs(both, before, Set.of())).isFalse();
    Actor signatory = actor(Set.of(Role.SIGNATORY), Set.of(Scope.hwb("warwickshire")));
    assertThat(PlanAccess.changesHwbs(signatory, before, before)).isFalse();
    assertThat(PlanAccess.changesHwbs(actor(Set.of(Role.ADMIN), Set.of()), before, Set.of("x")))
        .isTrue();
  }

  @Test
  void a_signatory_signs_only_for_the_organisations_and_positions_given() {
    Actor ce =
        new Actor(
            "sig",
            "Sig",
            Set.of(Role.SIGNATORY),
            Set.of(Scope.hwb("warwickshire")),
            List.of(new SigningAuthority(" Warwickshire County Council ", "chief-executive")));
    assertThat(PlanAccess.signsFor(ce, "wcc", "Warwickshire County Council", "chief-executive"))
        .isTrue();
    assertThat(PlanAccess.signsFor(ce, "wcc", "warwickshire county council", "chief-executive"))
        .isTrue();
    assertThat(PlanAccess.signsFor(ce, "wcc", "Warwickshire County Council", "s151-officer"))
        .as("the same organisation in another position")
        .isFalse();
    assertThat(PlanAccess.signsFor(ce, "ccg", "NHS Warwickshire North CCG", "chief-executive"))
        .as("another organisation in the same position")
        .isFalse();
  }

  @Test
  void an_authority_carried_over_without_a_position_covers_every_position_of_its_organisation() {
    Actor council =
        new Actor(
            "sig",
            "Sig",
            Set.of(Role.SIGNATORY),
            Set.of(Scope.hwb("warwickshire")),
            List.of(new SigningAuthority("wcc", null)));
    assertThat(PlanAccess.signsFor(council, "wcc", "Warwickshire County Council", "council"))
        .isTrue();
    assertThat(PlanAccess.signsFor(council, "wcc", null, "s151-officer")).isTrue();
    assertThat(PlanAccess.signsFor(council, "ccg", "NHS Warwickshire North CCG", "council"))
        .isFalse();
    Actor unlinked = actor(Set.of(Role.SIGNATORY), Set.of(Scope.hwb("warwickshire")));
    assertThat(PlanAccess.signsFor(unlinked, "ccg", "NHS Warwickshire North CCG", "council"))
        .as("no authority recorded: no signature")
        .isFalse();
  }
}
