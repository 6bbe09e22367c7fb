package bcf.plan;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalyser;
import bcf.kernel.FinancialYear;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanStarterTest {

  private static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  private static final Round ROUND_2025 = ROUNDS.find("2025-26").orElseThrow();
  private static final PlanStarter.HwbFacts HARTLEPOOL =
      new PlanStarter.HwbFacts("E06000001", "Hartlepool", "North East and Yorkshire");
  private static final PlanStarter.HwbFacts MIDDLESBROUGH =
      new PlanStarter.HwbFacts("E06000002", "Middlesbrough", "North East and Yorkshire");
  private static final PlanStarter.IcbFacts NENC =
      new PlanStarter.IcbFacts("QHM", "NHS North East and North Cumbria Integrated Care Board");

  @Test
  void a_blank_plan_names_the_hwb_its_council_and_the_icb_with_ids_nobody_typed() {
    Plan plan = PlanStarter.blank(ROUND_2025, List.of(HARTLEPOOL), List.of(NENC));

    assertThat(plan.id()).isEqualTo("e06000001-2025-26");
    assertThat(plan.round()).isEqualTo("2025-26");
    assertThat(plan.years()).containsExactly(FinancialYear.parse("2025-26"));
    assertThat(plan.title()).isEqualTo("Better Care Fund 2025-26: Hartlepool");
    assertThat(plan.published()).isFalse();
    assertThat(plan.hwbs())
        .containsExactly(
            new Hwb(
                "E06000001", "Hartlepool", "hartlepool-council", "North East and Yorkshire", null));
    assertThat(plan.organisations())
        .extracting(Organisation::id, Organisation::name, Organisation::type, Organisation::hwbs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "hartlepool-council",
                "Hartlepool Council",
                "local-authority",
                List.of("E06000001")),
            org.assertj.core.groups.Tuple.tuple(
                "north-east-and-north-cumbria-icb",
                "NHS North East and North Cumbria Integrated Care Board",
                "icb",
                List.of("E06000001")));
    assertThat(plan.narrative())
        .extracting(NarrativeSection::key, NarrativeSection::title, NarrativeSection::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "overview", "Overview of the plan and the local system", ""),
            org.assertj.core.groups.Tuple.tuple(
                "objectives", "How the plan delivers the BCF objectives", ""),
            org.assertj.core.groups.Tuple.tuple("governance", "Governance", ""));
    assertThat(plan.schemes()).isEmpty();
    assertThat(plan.contributions()).isEmpty();
    assertThat(plan.signOffs()).isEmpty();
  }

  @Test
  void a_blank_plan_reads_back_as_stored_and_validates_with_findings_for_what_is_empty() {
    Plan plan = PlanStarter.blank(ROUND_2025, List.of(HARTLEPOOL), List.of(NENC));
    String stored = new PlanDocumentWriter().write(plan);
    Plan read = new PlanDocumentReader().read(stored);
    assertThat(new PlanDocumentWriter().write(read)).isEqualTo(stored);

    List<Finding> findings = new PlanAnalyser(ROUNDS).analyse(read).findings();
    assertThat(findings).isNotEmpty();
    // Nothing about the organisations or HWBs it was given: they are whole.
    assertThat(findings)
        .noneMatch(
            f -> f.message().contains("Hartlepool Council") && f.message().contains("unknown"));
  }

  @Test
  void the_council_is_named_from_the_hwb_as_councils_name_themselves() {
    assertThat(PlanStarter.councilName("Hartlepool")).isEqualTo("Hartlepool Council");
    assertThat(PlanStarter.councilName("Bristol, City of")).isEqualTo("Bristol City Council");
    assertThat(PlanStarter.councilName("Herefordshire, County of"))
        .isEqualTo("Herefordshire Council");
  }

  @Test
  void a_joint_plan_has_each_hwb_with_its_own_council_and_the_icb_serving_both() {
    Plan plan = PlanStarter.blank(ROUND_2025, List.of(HARTLEPOOL, MIDDLESBROUGH), List.of(NENC));

    assertThat(plan.id()).isEqualTo("e06000001-2025-26");
    assertThat(plan.title()).isEqualTo("Better Care Fund 2025-26: Hartlepool and Middlesbrough");
    assertThat(plan.isJoint()).isTrue();
    assertThat(plan.hwbs())
        .extracting(Hwb::id, Hwb::localAuthority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E06000001", "hartlepool-council"),
            org.assertj.core.groups.Tuple.tuple("E06000002", "middlesbrough-council"));
    assertThat(plan.organisation("north-east-and-north-cumbria-icb").orElseThrow().hwbs())
        .containsExactly("E06000001", "E06000002");
  }

  @Test
  void carried_forward_keeps_the_partners_schemes_risks_and_narrative_and_drops_the_old_years()
      throws Exception {
    Plan previous =
        new PlanDocumentReader()
            .read(Files.readString(Path.of("examples/plans/warwickshire-2017-19.json")));
    PlanStarter.HwbFacts warwickshire =
        new PlanStarter.HwbFacts("warwickshire", "Warwickshire", "Midlands");

    Plan plan =
        PlanStarter.carriedForward(
            ROUND_2025,
            List.of(warwickshire),
            List.of(
                new PlanStarter.IcbFacts(
                    "QWU", "NHS Coventry and Warwickshire Integrated Care Board")),
            previous);

    assertThat(plan.id()).isEqualTo("warwickshire-2025-26");
    assertThat(plan.round()).isEqualTo("2025-26");
    assertThat(plan.published()).isFalse();
    // The partners as they were, the council kept as the HWB's, and the new ICB added.
    assertThat(plan.organisations()).containsAll(previous.organisations());
    assertThat(plan.organisations()).hasSize(previous.organisations().size() + 1);
    assertThat(plan.hwbs().get(0).localAuthority()).isEqualTo("wcc");
    // Schemes and their classification carried, their 2017-19 spend not.
    assertThat(plan.schemes())
        .extracting(Scheme::id)
        .containsExactlyElementsOf(previous.schemes().stream().map(Scheme::id).toList());
    assertThat(plan.schemes()).allMatch(s -> s.spend().isEmpty() && s.benefits().isEmpty());
    assertThat(plan.risks()).isEqualTo(previous.risks());
    // The earlier narrative as it was, and the round's sections added empty.
    assertThat(plan.narrative()).containsAll(previous.narrative());
    assertThat(plan.narrative())
        .filteredOn(s -> "overview".equals(s.key()))
        .singleElement()
        .extracting(NarrativeSection::text)
        .isEqualTo("");
    // Not carried: sign-offs, dates as printed, declared figures, explanations, conditions,
    // contributions of other years, the source and printed versions.
    assertThat(previous.signOffs()).isNotEmpty();
    assertThat(plan.signOffs()).isEmpty();
    assertThat(plan.declared()).isEmpty();
    assertThat(plan.explanations()).isEmpty();
    assertThat(plan.nationalConditions()).isEmpty();
    assertThat(plan.contributions()).isEmpty();
    assertThat(plan.dfg().passThrough()).isEmpty();
    assertThat(plan.source()).isNull();
    assertThat(plan.versions()).isEmpty();
    assertThat(plan.dates())
        .extracting(PlanDate::event, PlanDate::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("submitted", null));

    String stored = new PlanDocumentWriter().write(plan);
    assertThat(new PlanDocumentWriter().write(new PlanDocumentReader().read(stored)))
        .isEqualTo(stored);
  }

  @Test
  void carried_forward_keeps_amounts_of_the_new_rounds_years() {
    FinancialYear y2025 = FinancialYear.parse("2025-26");
    Plan previous = PlanStarter.blank(ROUND_2025, List.of(HARTLEPOOL), List.of());
    Contribution kept =
        new Contribution(
            null,
            "hartlepool-council",
            "dfg",
            null,
            y2025,
            null,
            bcf.kernel.Money.of("1000"),
            null);
    Contribution dropped =
        new Contribution(
            null,
            "hartlepool-council",
            "dfg",
            null,
            FinancialYear.parse("2024-25"),
            null,
            bcf.kernel.Money.of("900"),
            null);
    Plan withMoney =
        new Plan(
            previous.id(),
            previous.round(),
            previous.years(),
            previous.title(),
            false,
            previous.statedIn(),
            null,
            previous.hwbs(),
            previous.organisations(),
            previous.dates(),
            previous.pooledBudget(),
            List.of(kept, dropped),
            previous.schemes(),
            previous.dfg(),
            previous.ibcf(),
            previous.outOfHospital(),
            previous.socialCareMaintenance(),
            previous.contingency(),
            null,
            previous.nationalConditions(),
            previous.metrics(),
            previous.risks(),
            previous.signOffs(),
            previous.narrative(),
            previous.versions(),
            previous.declared(),
            previous.explanations());

    Plan plan = PlanStarter.carriedForward(ROUND_2025, List.of(HARTLEPOOL), List.of(), withMoney);

    assertThat(plan.contributions()).containsExactly(kept);
    // The council is the earlier plan's, not a second one.
    assertThat(plan.organisations())
        .extracting(Organisation::id)
        .containsExactly("hartlepool-council");
  }
}
