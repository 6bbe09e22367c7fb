package bcf.workbook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ConditionAnswer;
import bcf.plan.Contribution;
import bcf.plan.Plan;
import bcf.plan.PlanStarter;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The national dataset from plans, without workbooks: which amount of a plan goes in which column,
 * the round's columns in its order whatever the plans hold (and a column for each value outside the
 * round's lists, "Not given" last), a row per HWB with blanks where nothing was loaded, England's
 * total, and the CSV.
 */
class NationalDatasetTest {

  static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  static final FinancialYear Y2025 = new FinancialYear(2025);

  static Round round(String id) {
    return ROUNDS.find(id).orElseThrow();
  }

  static final Board BARKING = new Board("E09000002", "E09000002", "Barking and Dagenham");
  static final Board BARNET = new Board("E09000003", "E09000003", "Barnet");
  static final Board BEXLEY = new Board("E09000004", "E09000004", "Bexley");

  static Plan sample(Board board, int n) {
    return SamplePlans.plan(
        round("2025-26"), new PlanStarter.HwbFacts(board.id(), board.name(), "London"), n);
  }

  static Plan with(
      Plan p,
      List<Contribution> contributions,
      List<Scheme> schemes,
      List<ConditionAnswer> conditions) {
    return with(p, p.hwbs(), contributions, schemes, conditions);
  }

  static Plan with(
      Plan p,
      List<bcf.plan.Hwb> hwbs,
      List<Contribution> contributions,
      List<Scheme> schemes,
      List<ConditionAnswer> conditions) {
    return new Plan(
        p.id(),
        p.round(),
        p.years(),
        p.title(),
        p.published(),
        p.statedIn(),
        p.source(),
        hwbs,
        p.organisations(),
        p.dates(),
        p.pooledBudget(),
        contributions,
        schemes,
        p.dfg(),
        p.ibcf(),
        p.outOfHospital(),
        p.socialCareMaintenance(),
        p.contingency(),
        p.paymentForPerformance(),
        conditions,
        p.metrics(),
        p.risks(),
        p.signOffs(),
        p.narrative(),
        p.versions(),
        p.declared(),
        p.explanations());
  }

  static Scheme scheme(String type, String area, FinancialYear year, Split split) {
    TreeMap<FinancialYear, Split> spend = new TreeMap<>();
    spend.put(year, split);
    return scheme(null, type, area, spend);
  }

  static ConditionAnswer answer(String condition, String subItem, ConditionAnswer.Status status) {
    return new ConditionAnswer(null, condition, subItem, status, null, null, null, null, null);
  }

  static Money pounds(long pounds) {
    return Money.of(pounds);
  }

  @Test
  void a_plans_figures_are_its_contributions_by_stream_and_its_spend_by_type_and_area() {
    Plan plan =
        with(
            sample(BARKING, 0),
            List.of(
                new Contribution(
                    null, "a", "nhs-minimum", "x", Y2025, pounds(100), pounds(120), null),
                new Contribution(null, "a", "nhs-minimum", "x", Y2025, pounds(7), null, null),
                new Contribution(null, "a", " dfg ", "x", Y2025, null, null, null),
                new Contribution(null, "a", "", "x", Y2025, null, pounds(3), null),
                new Contribution(null, "a", "dfg", "x", null, null, pounds(1000), null)),
            List.of(
                scheme(
                    "Carers Services",
                    "Social Care",
                    Y2025,
                    new Split(pounds(10), pounds(5), null)),
                scheme(" Carers Services ", null, Y2025, new Split(null, null, pounds(20))),
                scheme("Other", "Acute", Y2025, new Split(null, null, null)),
                scheme("Other", "Acute", Y2025, null),
                new Scheme(
                    "x", "x", null, null, "Other", null, null, null, null, null, "Acute", null,
                    null, null, null, null, null)),
            List.of(
                answer("nc1-jointly-agreed", null, ConditionAnswer.Status.MET),
                answer("nc1-jointly-agreed", null, ConditionAnswer.Status.NOT_MET),
                answer("nc2-bcf-objectives", "a", ConditionAnswer.Status.NOT_MET),
                answer("nc2-bcf-objectives", null, ConditionAnswer.Status.NOT_MET),
                answer("nc3-grant-conditions", null, null)));
    NationalDataset.Figures f = NationalDataset.figures(BARKING, "a.xlsx", plan);
    assertThat(f.board()).isEqualTo(BARKING);
    assertThat(f.file()).isEqualTo("a.xlsx");
    Map<String, String> amounts = new LinkedHashMap<>();
    f.amounts()
        .forEach(
            (k, v) ->
                amounts.put(
                    k.group() + " " + k.category() + " " + k.year(), v.pounds().toPlainString()));
    assertThat(amounts)
        .containsExactly(
            Map.entry("FUNDING nhs-minimum 2025-26", "127.00"),
            Map.entry("FUNDING Not given 2025-26", "3.00"),
            Map.entry("SCHEME_TYPE Carers Services 2025-26", "35.00"),
            Map.entry("AREA_OF_SPEND Social Care 2025-26", "15.00"),
            Map.entry("AREA_OF_SPEND Not given 2025-26", "20.00"));
    assertThat(f.answers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("nc1-jointly-agreed", "Met", "nc2-bcf-objectives", "Not met"));
  }

  static Scheme scheme(String hwb, String type, long pounds) {
    TreeMap<FinancialYear, Split> spend = new TreeMap<>();
    spend.put(Y2025, new Split(null, null, pounds(pounds)));
    return scheme(hwb, type, spend);
  }

  static Scheme scheme(String hwb, String type, TreeMap<FinancialYear, Split> spend) {
    return scheme(hwb, type, "Social Care", spend);
  }

  static Scheme scheme(String hwb, String type, String area, TreeMap<FinancialYear, Split> spend) {
    return new Scheme(
        "s",
        "s",
        hwb,
        null,
        type,
        null,
        null,
        null,
        null,
        null,
        area,
        "nhs-minimum",
        null,
        null,
        spend,
        new TreeMap<>(),
        null);
  }

  static Map<String, String> amounts(NationalDataset.Figures f) {
    Map<String, String> amounts = new LinkedHashMap<>();
    f.amounts()
        .forEach((k, v) -> amounts.put(k.group() + " " + k.category(), v.pounds().toPlainString()));
    return amounts;
  }

  @Test
  void a_joint_plans_lines_count_on_the_row_of_the_hwb_they_name_else_on_the_first() {
    Board barnet = new Board("E09000003", "E09000003", "Barnet");
    Map<String, Board> boards = new LinkedHashMap<>();
    boards.put("E09000002", BARKING);
    boards.put("barnet", barnet);
    Plan plan =
        with(
            sample(BARKING, 0),
            List.of(
                new Contribution("barnet", "a", "dfg", "x", Y2025, null, pounds(50), null),
                new Contribution(null, "a", "dfg", "x", Y2025, null, pounds(100), null),
                new Contribution(" barnet ", "a", "dfg", "x", Y2025, pounds(5), null, null),
                new Contribution("E09000002", "a", "dfg", "x", Y2025, pounds(1), null, null),
                new Contribution("Camden", "a", "dfg", "x", Y2025, pounds(2), null, null)),
            List.of(scheme("barnet", "Carers Services", 30), scheme("Camden", "Other", 7)),
            List.of(answer("nc1-jointly-agreed", null, ConditionAnswer.Status.MET)));

    List<NationalDataset.Figures> figures = NationalDataset.figures(boards, "joint.xlsx", plan);

    assertThat(figures).extracting(NationalDataset.Figures::board).containsExactly(BARKING, barnet);
    assertThat(amounts(figures.get(0)))
        .containsExactly(
            Map.entry("FUNDING dfg", "103.00"),
            Map.entry("SCHEME_TYPE Other", "7.00"),
            Map.entry("AREA_OF_SPEND Social Care", "7.00"));
    assertThat(amounts(figures.get(1)))
        .containsExactly(
            Map.entry("FUNDING dfg", "55.00"),
            Map.entry("SCHEME_TYPE Carers Services", "30.00"),
            Map.entry("AREA_OF_SPEND Social Care", "30.00"));
    for (NationalDataset.Figures f : figures) {
      assertThat(f.file()).isEqualTo("joint.xlsx");
      assertThat(f.answers()).containsExactly(Map.entry("nc1-jointly-agreed", "Met"));
    }

    // An HWB of the plan that no line names has no row of its own; the first always has one.
    Plan unnamed =
        with(
            plan,
            List.of(new Contribution("barnet", "a", "dfg", "x", Y2025, null, pounds(9), null)),
            List.of(),
            plan.nationalConditions());
    assertThat(NationalDataset.figures(boards, "j.xlsx", unnamed))
        .extracting(f -> f.board().name(), f -> f.amounts().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Barking and Dagenham", 0),
            org.assertj.core.groups.Tuple.tuple("Barnet", 1));
    Plan none = with(plan, List.of(), List.of(), plan.nationalConditions());
    assertThat(NationalDataset.figures(boards, "j.xlsx", none))
        .extracting(NationalDataset.Figures::board)
        .containsExactly(BARKING);
  }

  @Test
  void a_line_with_money_that_names_none_of_the_plans_hwbs_is_unattributed() {
    Map<String, Board> boards = new LinkedHashMap<>();
    boards.put("E09000002", BARKING);
    boards.put("barnet", BARNET);
    Plan base = sample(BARKING, 0);
    java.util.function.BiFunction<List<Contribution>, List<Scheme>, Boolean> unattributed =
        (contributions, schemes) ->
            NationalDataset.unattributed(
                boards, with(base, contributions, schemes, base.nationalConditions()));
    Contribution named =
        new Contribution(" barnet ", "a", "dfg", "x", Y2025, pounds(1), null, null);
    assertThat(unattributed.apply(List.of(named), List.of(scheme("E09000002", "Other", 5))))
        .isFalse();
    assertThat(unattributed.apply(List.of(), List.of())).isFalse();
    // a contribution: with an actual, or only a minimum, and no HWB or one not of the plan
    assertThat(
            unattributed.apply(
                List.of(
                    named, new Contribution(null, "a", "dfg", "x", Y2025, null, pounds(2), null)),
                List.of()))
        .isTrue();
    assertThat(
            unattributed.apply(
                List.of(new Contribution("Camden", "a", "dfg", "x", Y2025, pounds(2), null, null)),
                List.of()))
        .isTrue();
    assertThat(
            unattributed.apply(
                List.of(new Contribution(null, "a", "dfg", "x", Y2025, null, null, null)),
                List.of()))
        .as("no money, nothing counted on anyone's row")
        .isFalse();
    // a scheme: with spend in a year, and none of the plan's HWBs
    assertThat(unattributed.apply(List.of(named), List.of(scheme(null, "Other", 5)))).isTrue();
    Scheme noSpend = scheme(null, "Other", null);
    TreeMap<FinancialYear, Split> blank = new TreeMap<>();
    blank.put(Y2025, new Split(null, null, null));
    blank.put(new FinancialYear(2026), null);
    Scheme blankSpend = scheme("Camden", "Other", blank);
    assertThat(unattributed.apply(List.of(named), List.of(noSpend, blankSpend))).isFalse();
  }

  static NationalDataset.Figures figures(Board board, String file, Object... keysAndPounds) {
    Map<NationalDataset.Key, Money> amounts = new LinkedHashMap<>();
    for (int i = 0; i < keysAndPounds.length; i += 2) {
      amounts.put((NationalDataset.Key) keysAndPounds[i], (Money) keysAndPounds[i + 1]);
    }
    return new NationalDataset.Figures(board, file, amounts, Map.of("nc1-jointly-agreed", "Met"));
  }

  static NationalDataset.Key key(NationalDataset.Group group, String category, FinancialYear y) {
    return new NationalDataset.Key(group, category, y);
  }

  @Test
  void the_columns_are_the_rounds_then_others_in_order_then_not_given() {
    NationalDataset data =
        new NationalDataset(
            round("2025-26"),
            List.of(BARKING, BARNET, BEXLEY),
            List.of(
                figures(
                    BARKING,
                    "a.xlsx",
                    key(NationalDataset.Group.SCHEME_TYPE, "Not given", Y2025),
                    pounds(1),
                    key(NationalDataset.Group.SCHEME_TYPE, "Zebra crossings", Y2025),
                    pounds(2),
                    key(NationalDataset.Group.SCHEME_TYPE, "Apples", Y2025),
                    pounds(3),
                    key(NationalDataset.Group.FUNDING, "dfg", Y2025),
                    pounds(4),
                    key(NationalDataset.Group.AREA_OF_SPEND, "Other", Y2025),
                    pounds(5),
                    key(NationalDataset.Group.FUNDING, "lottery", new FinancialYear(2024)),
                    pounds(6)),
                figures(
                    BARNET,
                    "b.xlsx",
                    key(NationalDataset.Group.FUNDING, "dfg", Y2025),
                    pounds(40),
                    key(NationalDataset.Group.AREA_OF_SPEND, "Zoo", Y2025),
                    pounds(50))));
    List<String> labels = data.columns().stream().map(NationalDataset.Column::label).toList();
    assertThat(labels)
        .startsWith(
            "Income: NHS minimum contribution (£)",
            "Income: Additional NHS contribution (£)",
            "Income: Local Authority Better Care Grant (formerly iBCF) (£)",
            "Income: Disabled Facilities Grant (£)",
            "Income: Additional local authority contribution (£)",
            "Scheme type: Assistive Technologies and Equipment (£)")
        .contains(
            "Scheme type: Workforce recruitment and retention (£)",
            "Scheme type: Other (£)",
            "Scheme type: Apples (£)",
            "Scheme type: Zebra crossings (£)",
            "Scheme type: Not given (£)",
            "Area of spend: Social Care (£)")
        .endsWith("Area of spend: Other (£)", "Area of spend: Zoo (£)")
        .doesNotContain("Income: lottery (£)")
        .hasSize(5 + 18 + 3 + 7 + 1);
    int other = labels.indexOf("Scheme type: Other (£)");
    assertThat(labels.subList(other, other + 4))
        .containsExactly(
            "Scheme type: Other (£)",
            "Scheme type: Apples (£)",
            "Scheme type: Zebra crossings (£)",
            "Scheme type: Not given (£)");
    NationalDataset.Column dfg =
        data.column(NationalDataset.Group.FUNDING, "dfg", Y2025).orElseThrow();
    assertThat(dfg.label()).isEqualTo("Income: Disabled Facilities Grant (£)");
    assertThat(data.column(NationalDataset.Group.SCHEME_TYPE, "dfg", Y2025)).isEmpty();
    assertThat(data.column(NationalDataset.Group.FUNDING, "dfg", new FinancialYear(2024)))
        .isEmpty();
    assertThat(data.column(NationalDataset.Group.FUNDING, "la-bcf", Y2025)).isPresent();
    assertThat(data.amount("E09000002", dfg)).contains(pounds(4));
    assertThat(data.amount("E09000003", dfg)).contains(pounds(40));
    assertThat(data.amount("E09000004", dfg)).isEmpty();
    NationalDataset.Column nhs =
        data.column(NationalDataset.Group.FUNDING, "nhs-minimum", Y2025).orElseThrow();
    assertThat(data.amount("E09000002", nhs)).contains(Money.ZERO);
    assertThat(data.total(dfg)).isEqualTo(pounds(44));
    assertThat(data.total(nhs)).isEqualTo(Money.ZERO);
    assertThat(data.answer("E09000002", "nc1-jointly-agreed")).contains("Met");
    assertThat(data.answer("E09000002", "nc2-bcf-objectives")).contains("");
    assertThat(data.answer("E09000004", "nc1-jointly-agreed")).isEmpty();
    assertThat(data.loaded()).isEqualTo(2);
    assertThat(data.round().id()).isEqualTo("2025-26");
  }

  @Test
  void a_round_of_two_years_has_each_years_columns_labelled_with_it() {
    FinancialYear y2017 = new FinancialYear(2017);
    NationalDataset data =
        new NationalDataset(
            round("2017-19"),
            List.of(BARKING),
            List.of(
                figures(
                    BARKING,
                    "a.xlsx",
                    key(NationalDataset.Group.FUNDING, "Not given", y2017),
                    pounds(1))));
    List<String> labels = data.columns().stream().map(NationalDataset.Column::label).toList();
    assertThat(labels)
        .contains(
            "Income: CCG minimum contribution 2017-18 (£)",
            "Income: CCG minimum contribution 2018-19 (£)",
            "Income: Not given 2017-18 (£)")
        .doesNotContain("Income: Not given 2018-19 (£)");
    assertThat(labels.indexOf("Income: Not given 2017-18 (£)"))
        .isLessThan(labels.indexOf("Income: CCG minimum contribution 2018-19 (£)"));
  }

  @Test
  void the_table_has_a_row_per_hwb_blank_where_none_was_loaded_and_englands_total() {
    Round round = round("2025-26");
    NationalDataset data =
        new NationalDataset(
            round,
            List.of(BARKING, BARNET),
            List.of(NationalDataset.figures(BARNET, "=b.xlsx", sample(BARNET, 1))));
    List<String> header = data.header();
    assertThat(header)
        .startsWith("ONS code", "HWB", "Workbook", "Income: NHS minimum contribution (£)");
    assertThat(header)
        .endsWith(
            "National condition: NC1: plan jointly agreed",
            "National condition: NC2: implementing the BCF policy objectives",
            "National condition: NC3: complying with grant and funding conditions, including"
                + " maintaining the NHS minimum contribution to adult social care")
        .hasSize(3 + 30 + 3);
    List<List<Object>> rows = data.rows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).hasSize(36).startsWith("E09000002", "Barking and Dagenham", "", "");
    assertThat(rows.get(0).subList(2, 36)).allMatch(""::equals);
    assertThat(rows.get(1)).startsWith("E09000003", "Barnet", "=b.xlsx", pounds(10_100_000));
    assertThat(rows.get(1).subList(33, 36)).containsExactly("Met", "Met", "Met");
    assertThat(rows.get(2)).startsWith("E92000001", "England", "", pounds(10_100_000));
    assertThat(rows.get(2).subList(33, 36)).containsExactly("", "", "");
    int bed = header.indexOf("Scheme type: Bed based intermediate care (£)");
    assertThat(rows.get(1).get(bed)).isEqualTo(pounds(1_000_000));
    assertThat(rows.get(1).get(bed + 1)).isEqualTo(Money.ZERO);
    String[] csv = data.csv().split("\r?\n");
    assertThat(csv).hasSize(4);
    assertThat(csv[1]).startsWith("E09000002,Barking and Dagenham,,,");
    assertThat(csv[2])
        .startsWith("E09000003,Barnet,'=b.xlsx,10100000.00,0.00,5010000.00,2001000.00,0.00,");
    assertThat(csv[3])
        .startsWith("E92000001,England,,10100000.00,0.00,5010000.00,2001000.00,0.00,");
    assertThat(NationalDataset.text(Money.of("1234.50"))).isEqualTo("1234.50");
    assertThat(NationalDataset.text("x")).isEqualTo("x");
  }
}
