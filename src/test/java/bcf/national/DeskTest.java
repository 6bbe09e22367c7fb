package bcf.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.finance.Figures;
import bcf.finance.FinanceEngine;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workflow.PlanStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assurer's desk over plain plans: counts, queue, sorting, totals and comparison. */
class DeskTest {

  private static final Round ROUND = RoundCatalogue.load().find("2025-26").orElseThrow();
  private static final FinancialYear YEAR = FinancialYear.parse("2025-26");
  private static final List<Desk.Column> COLUMNS = Desk.columns(ROUND.years());

  private static final Desk.Area BEDFORD = area("E06000055", "Bedford");
  private static final Desk.Area CENTRAL = area("E06000056", "Central Bedfordshire");
  private static final Desk.Area LUTON = area("E06000032", "Luton");
  private static final Desk.Area ESSEX = area("E10000012", "Essex");

  private static Desk.Area area(String code, String name) {
    return new Desk.Area(code, code, name, "East of England");
  }

  /** A plan with this income (null: no contribution at all) and these HWBs. */
  private static Desk.Entry plan(
      String id, PlanStatus status, Instant submitted, String income, String... hwbs) {
    String contributions =
        income == null
            ? ""
            : ", \"organisations\": [{\"id\": \"c\", \"name\": \"C\"}], \"contributions\":"
                + " [{\"organisation\": \"c\", \"stream\": \"dfg\", \"year\": \"2025-26\","
                + " \"actual\": "
                + income
                + "}]";
    String json =
        "{\"id\": \""
            + id
            + "\", \"round\": \"2025-26\", \"title\": \"T\", \"hwbs\": [{\"id\": \"h\", \"name\":"
            + " \"H\"}]"
            + contributions
            + "}";
    Figures figures =
        new FinanceEngine().compute(new PlanDocumentReader().read(json), ROUND).figures();
    return new Desk.Entry(
        id,
        "Plan " + id,
        List.of(hwbs),
        String.join("; ", hwbs),
        status,
        status.label(),
        submitted,
        null,
        1,
        2,
        0,
        figures);
  }

  @Test
  void a_joint_plan_counts_for_each_of_its_hwbs_and_an_hwb_counts_once_at_its_furthest_status() {
    Desk.Coverage coverage =
        Desk.coverage(
            List.of(BEDFORD, CENTRAL, LUTON, ESSEX),
            List.of(
                plan("joint", PlanStatus.SUBMITTED, Instant.EPOCH, "1", BEDFORD.id(), CENTRAL.id()),
                plan("luton-old", PlanStatus.ASSURED, Instant.EPOCH, "1", LUTON.id()),
                plan("luton-new", PlanStatus.DRAFT, null, "1", LUTON.id()),
                plan("elsewhere", PlanStatus.DRAFT, null, "1", "E99999999")));
    assertThat(coverage.hwbs()).isEqualTo(4);
    assertThat(coverage.byStatus().get(PlanStatus.SUBMITTED)).isEqualTo(2);
    assertThat(coverage.byStatus().get(PlanStatus.ASSURED)).isEqualTo(1);
    assertThat(coverage.byStatus().get(PlanStatus.DRAFT)).isZero();
    assertThat(coverage.submitted()).isEqualTo(3);
    assertThat(coverage.notStarted()).containsExactly(ESSEX);
  }

  @Test
  void the_queue_holds_submitted_plans_longest_waiting_first() {
    List<Desk.Entry> queue =
        Desk.queue(
            List.of(
                plan("a", PlanStatus.SUBMITTED, Instant.parse("2026-03-02T10:00:00Z"), "1"),
                plan("b", PlanStatus.SUBMITTED, Instant.parse("2026-03-01T10:00:00Z"), "1"),
                plan("c", PlanStatus.ASSURED, Instant.parse("2026-02-01T10:00:00Z"), "1"),
                plan("d", PlanStatus.DRAFT, null, "1")));
    assertThat(queue).extracting(Desk.Entry::id).containsExactly("b", "a");
  }

  @Test
  void sorting_by_an_amount_puts_plans_without_it_last_in_either_direction() {
    List<Desk.Entry> plans =
        List.of(
            plan("none", PlanStatus.DRAFT, null, null),
            plan("big", PlanStatus.DRAFT, null, "300"),
            plan("zero", PlanStatus.DRAFT, null, "0"),
            plan("small", PlanStatus.DRAFT, null, "100"));
    assertThat(Desk.sorted(plans, Desk.sort(COLUMNS, "income-2025-26", "asc")))
        .extracting(Desk.Entry::id)
        .containsExactly("zero", "small", "big", "none");
    assertThat(Desk.sorted(plans, Desk.sort(COLUMNS, "income-2025-26", "desc")))
        .extracting(Desk.Entry::id)
        .containsExactly("big", "small", "zero", "none");
    assertThat(Desk.sorted(plans, Desk.sort(COLUMNS, null, null)))
        .extracting(Desk.Entry::id)
        .containsExactly("big", "none", "small", "zero");
  }

  @Test
  void an_unknown_column_or_direction_is_refused_naming_what_is_accepted() {
    assertThatThrownBy(() -> Desk.sort(COLUMNS, "colour", null))
        .isInstanceOf(DeskRefusal.UnknownSortColumn.class)
        .hasMessageContaining("sort by one of plan, hwb, status, submitted, errors, warnings")
        .hasMessageContaining("income-2025-26, spend-2025-26");
    assertThatThrownBy(() -> Desk.sort(COLUMNS, "plan", "up"))
        .isInstanceOf(DeskRefusal.UnknownSortDirection.class)
        .hasMessage("The sort direction 'up' is not known: use asc or desc.");
  }

  @Test
  void totals_add_the_plans_that_give_a_figure_and_give_none_when_no_plan_does() {
    List<Desk.Entry> plans =
        List.of(
            plan("none", PlanStatus.DRAFT, null, null),
            plan("big", PlanStatus.DRAFT, null, "300"),
            plan("zero", PlanStatus.DRAFT, null, "0"));
    Desk.Totals totals = Desk.totals(COLUMNS, plans);
    assertThat(totals.plans()).isEqualTo(3);
    assertThat(totals.errors()).isEqualTo(3);
    assertThat(totals.amounts().get(0)).isEqualTo(new Desk.Total(Optional.of(Money.of(300)), 2));
    assertThat(totals.amounts().get(1)).isEqualTo(new Desk.Total(Optional.empty(), 0));
    assertThat(Desk.show(totals.amounts().get(1).amount())).isEqualTo("not given");
  }

  @Test
  void a_comparison_says_not_given_where_a_plan_has_no_figure_and_zero_where_it_says_zero() {
    List<Desk.ComparisonLine> lines =
        Desk.compare(
            List.of(
                plan("none", PlanStatus.DRAFT, null, null),
                plan("zero", PlanStatus.SUBMITTED, null, "0")),
            List.of(YEAR));
    assertThat(lines)
        .contains(new Desk.ComparisonLine("Total income", "2025/26", List.of("not given", "£0")))
        .contains(new Desk.ComparisonLine("Status", "", List.of("Draft", "Submitted")))
        .contains(
            new Desk.ComparisonLine("Total spend", "2025/26", List.of("not given", "not given")));
  }

  @Test
  void spend_with_no_theme_or_area_is_said_in_words() {
    String json =
        "{\"id\": \"s\", \"round\": \"2025-26\", \"title\": \"S\", \"hwbs\": [{\"id\": \"h\","
            + " \"name\": \"H\"}], \"schemes\": [{\"id\": \"s1\", \"name\": \"S1\", \"spend\":"
            + " {\"2025-26\": {\"total\": 50}}}]}";
    Figures figures =
        new FinanceEngine().compute(new PlanDocumentReader().read(json), ROUND).figures();
    Desk.Entry entry =
        new Desk.Entry(
            "s", "S", List.of("h"), "H", PlanStatus.DRAFT, "Draft", null, null, 0, 0, 1, figures);
    List<Desk.ComparisonLine> lines = Desk.compare(List.of(entry, entry), List.of(YEAR));
    assertThat(lines)
        .contains(
            new Desk.ComparisonLine("Spend with no theme given", "2025/26", List.of("£50", "£50")))
        .contains(
            new Desk.ComparisonLine(
                "Spend with no area of spend given", "2025/26", List.of("£50", "£50")))
        .noneMatch(line -> line.figure().contains("unspecified"));
  }
}
