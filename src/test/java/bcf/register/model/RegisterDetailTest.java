package bcf.register.model;

import static bcf.register.model.RegisterBuilder.aRegister;
import static bcf.register.model.RegisterBuilder.aRisk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The register's rules, words, scale, heat map and exception report at their edges: each message in
 * full, scores on a band's first and last value, a likelihood of exactly 5 and of 6, a name of
 * exactly 60 characters, entries without an id or a rating.
 */
class RegisterDetailTest {

  private static final LocalDate AUG = LocalDate.of(2017, 8, 24);

  private static Entry entry(String id, String title, String description) {
    return new Entry(
        id, EntryType.RISK, title, description, null, null, null, null, null, null, null, null);
  }

  private static Register register(Scale scale, List<Entry> entries, List<Review> reviews) {
    return new Register("r", "p", "Register", null, null, scale, entries, reviews);
  }

  private static Scale scale(List<Scale.Band> bands, String threshold) {
    return new Scale(
        List.of("Unlikely", "Likely"), List.of("Minor", "Major"), bands, threshold, null, null);
  }

  private static List<String> described(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + f.where() + " " + f.describe()).toList();
  }

  // ---- the scale -------------------------------------------------------------------------------

  @Test
  void a_scale_without_likelihood_or_impact_levels_is_refused_alone() {
    for (Scale empty :
        List.of(
            new Scale(List.of(), List.of("Minor"), null, "High", null, null),
            new Scale(List.of("Likely"), List.of(), null, "High", null, null))) {
      assertThat(described(RegisterRules.check(register(empty, List.of(), List.of()))))
          .containsExactly(
              RegisterRules.BANDS
                  + " scale The scale: needs at least one likelihood level and one impact level.");
    }
  }

  @Test
  void bands_meeting_at_their_ends_cover_a_2_by_2_scale_exactly() {
    Scale exact = scale(List.of(new Scale.Band("Low", 1, 2), new Scale.Band("High", 3, 4)), "High");
    assertThat(RegisterRules.check(register(exact, List.of(), List.of()))).isEmpty();
    Scale gap = scale(List.of(new Scale.Band("Low", 1, 1), new Scale.Band("High", 4, 4)), "High");
    assertThat(described(RegisterRules.check(register(gap, List.of(), List.of()))))
        .containsExactly(
            RegisterRules.BANDS
                + " scale.bands The score bands: do not cover the scores 2 of the 2 x 2 scale;"
                + " every score from 1 to 4 that a rating can have needs a band.");
    Scale both =
        scale(
            List.of(
                new Scale.Band("Low", 1, 2),
                new Scale.Band("Mid", 2, 2),
                new Scale.Band("High", 2, 4)),
            "High");
    assertThat(RegisterRules.check(register(both, List.of(), List.of())))
        .extracting(Finding::message)
        .containsExactly("overlap: the scores 2 fall in more than one band.");
  }

  @Test
  void a_threshold_must_be_a_band_and_a_category_threshold_a_category() {
    Scale bad =
        new Scale(
            Scale.DEFAULT.likelihood(),
            Scale.DEFAULT.impact(),
            Scale.DEFAULT.bands(),
            "Severe",
            List.of("Green", "Red"),
            "Amber");
    assertThat(described(RegisterRules.check(register(bad, List.of(), List.of()))))
        .containsExactly(
            RegisterRules.THRESHOLD
                + " scale.threshold The exception threshold: 'Severe' is not one of the score"
                + " bands (Low, Medium, High, Very high).",
            RegisterRules.THRESHOLD
                + " scale.categoryThreshold The exception threshold for categories: 'Amber' is"
                + " not one of the categories (Green, Red).");
    Scale none =
        new Scale(
            Scale.DEFAULT.likelihood(),
            Scale.DEFAULT.impact(),
            Scale.DEFAULT.bands(),
            null,
            List.of("Green", "Red"),
            null);
    assertThat(RegisterRules.check(register(none, List.of(), List.of()))).isEmpty();
  }

  @Test
  void a_scale_places_scores_and_categories_in_bands_and_against_the_threshold() {
    Scale s = Scale.DEFAULT;
    assertThat(s.band(4)).map(Scale.Band::label).contains("Low");
    assertThat(s.band(5)).map(Scale.Band::label).contains("Medium");
    assertThat(s.band(25)).map(Scale.Band::label).contains("Very high");
    assertThat(s.band(26)).isEmpty();
    assertThat(s.band(0)).isEmpty();
    assertThat(s.bandLabel(null)).isEmpty();
    assertThat(s.bandLabel(Rating.ofScore(12))).contains("High");
    assertThat(s.bandLabel(Rating.ofCategory("Medium"))).contains("Medium");
    assertThat(s.severity(null)).isEmpty();
    assertThat(s.severity(Rating.of(2, 3))).contains(6);
    assertThat(s.severity(Rating.ofCategory("Low"))).contains(0);
    assertThat(s.severity(Rating.ofCategory("High"))).contains(2);
    assertThat(s.severity(Rating.ofCategory("Severe"))).isEmpty();
    assertThat(s.aboveThreshold(null)).isFalse();
    assertThat(s.aboveThreshold(Rating.ofScore(10))).isTrue();
    assertThat(s.aboveThreshold(Rating.ofScore(9))).isFalse();
    assertThat(s.aboveThreshold(Rating.ofCategory("Medium"))).isFalse();
    assertThat(s.aboveThreshold(Rating.ofCategory("High"))).isTrue();
    assertThat(s.aboveThreshold(Rating.ofCategory("Severe"))).isFalse();
    Scale noThreshold =
        new Scale(s.likelihood(), s.impact(), s.bands(), "Severe", s.categories(), "Severe");
    assertThat(noThreshold.aboveThreshold(Rating.ofScore(25))).isFalse();
    assertThat(noThreshold.aboveThreshold(Rating.ofCategory("High"))).isFalse();
    assertThat(s.likelihoodLevels()).isEqualTo(5);
    assertThat(s.impactLevels()).isEqualTo(5);
  }

  // ---- entries ---------------------------------------------------------------------------------

  @Test
  void every_entry_needs_a_reference_of_its_own_and_a_name() {
    List<Entry> entries =
        List.of(
            entry("a", "First", null),
            entry("a", null, "Second, by description"),
            entry(" ", "Third", null),
            entry(null, " ", " "));
    assertThat(described(RegisterRules.check(register(Scale.DEFAULT, entries, List.of()))))
        .containsExactly(
            RegisterRules.DUPLICATE_ENTRY
                + " entries[1].id Entry 2 (Second, by description): needs a reference of its own;"
                + " another entry already has this one.",
            RegisterRules.DUPLICATE_ENTRY
                + " entries[2].id Entry 3 (Third): needs a reference of its own; another entry"
                + " already has this one.",
            RegisterRules.DUPLICATE_ENTRY
                + " entries[3].id Entry 4 ( ): needs a reference of its own; another entry already"
                + " has this one.",
            RegisterRules.UNNAMED
                + " entries[3].title Entry 4 ( ): needs a title or a description.");
  }

  @Test
  void an_entry_is_named_by_its_title_else_its_description_else_its_reference() {
    assertThat(entry("a", "Title", "Description").name()).isEqualTo("Title");
    assertThat(entry("a", " ", "Description").name()).isEqualTo("Description");
    assertThat(entry("a", null, "Description").name()).isEqualTo("Description");
    assertThat(entry("a", null, null).name()).isEqualTo("a");
    assertThat(entry("a", null, null).status()).isEqualTo(EntryStatus.OPEN);
    assertThat(entry("a", null, null).mitigations()).isEmpty();
  }

  @Test
  void an_entry_is_placed_by_its_number_and_a_name_of_at_most_60_characters() {
    String sixty = "x".repeat(60);
    assertThat(Words.entry(0, entry("a", sixty, null))).isEqualTo("Entry 1 (" + sixty + ")");
    assertThat(Words.entry(2, entry("a", sixty + "y", null)))
        .isEqualTo("Entry 3 (" + "x".repeat(57) + "...)");
    assertThat(Words.entry(1, null)).isEqualTo("Entry 2");
  }

  @Test
  void ratings_and_dates_in_words() {
    Scale s = Scale.DEFAULT;
    assertThat(Words.rating(null, s)).isEqualTo("not rated");
    assertThat(Words.rating(new Rating(null, null, null, null), s)).isEqualTo("not rated");
    assertThat(Words.rating(Rating.ofScore(12), s)).isEqualTo("score 12 (High)");
    assertThat(Words.rating(Rating.ofScore(30), s)).isEqualTo("score 30");
    assertThat(Words.rating(Rating.ofCategory("Amber"), s)).isEqualTo("Amber");
    assertThat(Words.rating(Rating.of(6, 5), s)).isEqualTo("likelihood 6 x impact 5 = 30");
    assertThat(Words.date(null)).isEmpty();
    assertThat(Words.date(AUG)).isEqualTo("24 August 2017");
  }

  @Test
  void a_target_is_checked_on_the_scale_and_compared_only_with_a_rating_of_its_form() {
    Register badTarget =
        aRegister()
            .with(aRisk("r1").target(Rating.of(6, 1)))
            .rated("r1", AUG, Rating.of(5, 5))
            .build();
    assertThat(described(RegisterRules.check(badTarget)))
        .containsExactly(
            RegisterRules.OUTSIDE_SCALE
                + " entries[0].target.likelihood Entry 1 (Risk r1), target: the likelihood 6 is"
                + " outside the register's scale of 1 to 5.");
    Register otherForm =
        aRegister()
            .with(aRisk("r1").target(Rating.ofCategory("High")))
            .rated("r1", AUG, Rating.of(1, 1))
            .build();
    assertThat(RegisterRules.check(otherForm)).isEmpty();
    Register unrated = aRegister().with(aRisk("r1").target(Rating.of(5, 5))).build();
    assertThat(RegisterRules.check(unrated)).isEmpty();
    Register worse =
        aRegister()
            .with(aRisk("r1").target(Rating.of(3, 4)))
            .rated("r1", AUG, Rating.of(1, 1))
            .build();
    assertThat(described(RegisterRules.check(worse)))
        .containsExactly(
            RegisterRules.TARGET_WORSE
                + " entries[0].target Entry 1 (Risk r1): the target rating after mitigation"
                + " (likelihood 3 x impact 4 = 12 (High)) is worse than its current rating"
                + " (likelihood 1 x impact 1 = 1 (Low)).");
    Register noId =
        register(
            Scale.DEFAULT,
            List.of(
                new Entry(
                    null,
                    EntryType.RISK,
                    "No id",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Rating.of(5, 5),
                    null,
                    null)),
            List.of());
    assertThat(RegisterRules.check(noId))
        .extracting(Finding::rule)
        .containsExactly(RegisterRules.DUPLICATE_ENTRY);
  }

  @Test
  void an_escalation_names_what_it_lacks_in_a_list() {
    Escalation lacksTwo = new Escalation("Ann", " ", AUG, null, null, null);
    Escalation lacksThree = new Escalation(null, null, null, "Cost", null, null);
    Escalation lacksWhen = new Escalation("Ann", "Board", null, "Cost", null, null);
    assertThat(
            RegisterRules.check(
                aRegister()
                    .with(aRisk("a").escalated(lacksTwo))
                    .with(aRisk("b").escalated(lacksThree))
                    .with(aRisk("c").escalated(lacksWhen))
                    .build()))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple("entries[0].escalation", "is escalated but does not say to whom or why."),
            tuple(
                "entries[1].escalation",
                "is escalated but does not say who escalated it, to whom or when."),
            tuple("entries[2].escalation", "is escalated but does not say when."));
    assertThat(lacksTwo.decided()).isFalse();
    assertThat(new Escalation("Ann", "Board", AUG, "Cost", true, "Yes").complete()).isTrue();
    assertThat(new Escalation("Ann", "Board", AUG, " ", true, "Yes").complete()).isFalse();
    assertThat(new Escalation(" ", "Board", AUG, "Cost", true, "Yes").complete()).isFalse();
    assertThat(new Escalation("Ann", null, AUG, "Cost", true, "Yes").complete()).isFalse();
  }

  // ---- reviews ---------------------------------------------------------------------------------

  @Test
  void reviews_are_placed_by_their_entry_and_date_and_need_a_rating_on_the_scale() {
    Register register =
        aRegister()
            .with(aRisk("r1").raised(AUG))
            .with(aRisk("r2"))
            .build()
            .withReviews(
                List.of(
                    new Review("r2", null, null, null),
                    new Review("r1", AUG.minusDays(1), Rating.of(5, 5), null),
                    new Review("r1", AUG, Rating.of(5, 5), null, AUG.minusDays(1)),
                    new Review("r1", AUG, Rating.of(5, 5), null, AUG),
                    new Review("r9", AUG, Rating.of(1, 1), null)));
    assertThat(described(RegisterRules.check(register)))
        .containsExactly(
            RegisterRules.INCOMPLETE
                + " reviews[0].rating Entry 2 (Risk r2), rating: gives no rating.",
            RegisterRules.REVIEW_BEFORE_RAISED
                + " reviews[1].date Entry 1 (Risk r1), review on 23 August 2017: is dated before"
                + " the entry was raised on 24 August 2017.",
            RegisterRules.REVIEW_BEFORE_RAISED
                + " reviews[2].next Entry 1 (Risk r1), review on 24 August 2017: the next review,"
                + " 23 August 2017, is before this review's date.",
            RegisterRules.UNKNOWN_ENTRY
                + " reviews[4].entry Review 5: rates an entry the register does not have ('r9').");
  }

  @Test
  void a_rating_is_one_form_within_the_scale_inclusive_of_its_ends() {
    Register register =
        aRegister()
            .with(aRisk("r1"))
            .build()
            .withReviews(
                List.of(
                    new Review("r1", AUG, Rating.of(5, 5), null),
                    new Review("r1", AUG, Rating.of(1, 1), null),
                    new Review("r1", AUG, Rating.ofScore(25), null),
                    new Review("r1", AUG, Rating.ofScore(1), null),
                    new Review("r1", AUG, Rating.ofCategory("Low"), null)));
    assertThat(RegisterRules.check(register)).isEmpty();
    Register bad =
        aRegister()
            .with(aRisk("r1"))
            .build()
            .withReviews(
                List.of(
                    new Review("r1", AUG, Rating.ofScore(26), null),
                    new Review("r1", AUG, Rating.ofScore(0), null),
                    new Review("r1", AUG, new Rating(null, null, 4, "High"), null),
                    new Review("r1", AUG, new Rating(2, 2, 4, null), null),
                    new Review("r1", AUG, new Rating(null, 2, null, null), null),
                    new Review("r1", AUG, Rating.of(0, 6), null)));
    assertThat(RegisterRules.check(bad))
        .extracting(Finding::rule, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                RegisterRules.OUTSIDE_SCALE,
                "reviews[0].rating.score",
                "the score 26 is outside the register's scale of 1 to 25."),
            tuple(
                RegisterRules.OUTSIDE_SCALE,
                "reviews[1].rating.score",
                "the score 0 is outside the register's scale of 1 to 25."),
            tuple(
                RegisterRules.INCOMPLETE,
                "reviews[2].rating",
                "give either both a likelihood and an impact, or a score, or a category."),
            tuple(
                RegisterRules.INCOMPLETE,
                "reviews[3].rating",
                "give either both a likelihood and an impact, or a score, or a category."),
            tuple(
                RegisterRules.INCOMPLETE,
                "reviews[4].rating",
                "give either both a likelihood and an impact, or a score, or a category."),
            tuple(
                RegisterRules.OUTSIDE_SCALE,
                "reviews[5].rating.likelihood",
                "the likelihood 0 is outside the register's scale of 1 to 5."),
            tuple(
                RegisterRules.OUTSIDE_SCALE,
                "reviews[5].rating.impact",
                "the impact 6 is outside the register's scale of 1 to 5."));
    assertThat(RegisterRules.hasErrors(RegisterRules.check(bad))).isTrue();
    assertThat(RegisterRules.hasErrors(List.of())).isFalse();
    assertThat(
            RegisterRules.hasErrors(
                List.of(new Finding("x", Finding.Severity.WARNING, "w", "p", "m"))))
        .isFalse();
  }

  @Test
  void a_finding_describes_itself_and_its_severity_in_words() {
    Finding f = new Finding("x", Finding.Severity.ERROR, "w", "Entry 1", "is wrong.");
    assertThat(f.error()).isTrue();
    assertThat(f.describe()).isEqualTo("Entry 1: is wrong.");
    assertThat(Finding.Severity.WARNING.code()).isEqualTo("warning");
  }

  // ---- the register's history ------------------------------------------------------------------

  @Test
  void an_entrys_history_puts_an_undated_rating_first_then_by_date_then_as_recorded() {
    Register register =
        aRegister()
            .with(aRisk("r1").reviewDue(AUG))
            .with(aRisk("r2").reviewDue(AUG))
            .build()
            .withReviews(
                List.of(
                    new Review("r1", AUG, Rating.of(1, 1), "second"),
                    new Review("r1", null, Rating.of(2, 2), "first"),
                    new Review("r2", AUG, Rating.of(5, 5), "other"),
                    new Review("r1", AUG, Rating.of(3, 3), "third")));
    assertThat(register.history("r1"))
        .extracting(Review::note)
        .containsExactly("first", "second", "third");
    assertThat(register.current("r1")).contains(Rating.of(3, 3));
    assertThat(register.current("r3")).isEmpty();
    assertThat(register.reviewDue("r1")).contains(AUG);
    assertThat(register.reviewDue("r3")).isEmpty();
    assertThat(register.entry("r2")).map(Entry::id).contains("r2");
    assertThat(register.withEntries(List.of()).entries()).isEmpty();
    assertThat(register.withEntries(List.of()).reviews()).hasSize(4);
  }

  @Test
  void a_register_left_without_a_scale_takes_the_default() {
    Register bare = new Register("r", "p", "t", null, null, null, null, null);
    assertThat(bare.scale()).isEqualTo(Scale.DEFAULT);
    assertThat(bare.entries()).isEmpty();
    assertThat(bare.reviews()).isEmpty();
    assertThat(bare.arrangements()).isEmpty();
  }

  // ---- heat map and exception report -----------------------------------------------------------

  @Test
  void the_heat_map_counts_live_rated_entries_on_the_grid_and_the_rest_apart() {
    Register register =
        aRegister()
            .with(aRisk("top"))
            .with(aRisk("corner"))
            .with(aRisk("off"))
            .with(aRisk("zero"))
            .with(aRisk("category"))
            .with(aRisk("unrated"))
            .with(aRisk("closed").status(EntryStatus.CLOSED))
            .rated("top", AUG, Rating.of(5, 5))
            .rated("corner", AUG, Rating.of(1, 1))
            .rated("off", AUG, Rating.of(6, 1))
            .rated("zero", AUG, Rating.of(1, 0))
            .rated("category", AUG, Rating.ofCategory("High"))
            .rated("closed", AUG, Rating.of(1, 1))
            .build();
    HeatMap map = HeatMap.of(register);
    assertThat(map.count(5, 5)).isEqualTo(1);
    assertThat(map.count(1, 1)).isEqualTo(1);
    assertThat(map.onGrid()).isEqualTo(2);
    assertThat(map.notOnGrid()).isEqualTo(3);
    assertThat(map.unrated()).isEqualTo(1);
    assertThat(map.cells()).hasSize(25);
    assertThat(map.cells().get(0)).isEqualTo(new HeatMap.Cell(5, 1, 5, "Medium", 0));
    assertThat(map.cells().get(24)).isEqualTo(new HeatMap.Cell(1, 5, 5, "Medium", 0));
    assertThat(map.row(5)).extracting(HeatMap.Cell::score).containsExactly(5, 10, 15, 20, 25);
    assertThat(map.row(5).get(4).count()).isEqualTo(1);
    Register offImpact =
        aRegister()
            .with(aRisk("a"))
            .with(aRisk("b"))
            .rated("a", AUG, Rating.of(5, 6))
            .rated("b", AUG, Rating.of(0, 1))
            .build();
    assertThat(HeatMap.of(offImpact).notOnGrid()).isEqualTo(2);
  }

  @Test
  void the_exception_report_says_why_in_words_and_counts_every_list() {
    LocalDate today = LocalDate.of(2017, 10, 1);
    Register register =
        aRegister()
            .with(aRisk("late").reviewDue(today.minusDays(1)))
            .with(aRisk("escalated").escalated(null))
            .with(
                aRisk("undated")
                    .escalated(new Escalation("Ann", "the Board", null, "Cost", false, null)))
            .with(aRisk("high"))
            .rated("high", today.minusMonths(1), Rating.ofScore(12))
            .rated("high", today, Rating.ofScore(20))
            .build();
    ExceptionReport report = ExceptionReport.of(register, today);
    assertThat(report.reviewsOverdue())
        .extracting(
            ExceptionReport.Line::entry, ExceptionReport.Line::name, ExceptionReport.Line::why)
        .containsExactly(
            tuple("late", "Risk late", "review was due on 30 September 2017; owner Owner"));
    assertThat(report.awaitingDecision())
        .extracting(ExceptionReport.Line::why)
        .containsExactly("escalated; no details given", "escalated to the Board; decision awaited");
    assertThat(report.worsening())
        .extracting(ExceptionReport.Line::why)
        .containsExactly("was score 12 (High), now score 20 (Very high)");
    assertThat(report.aboveThreshold())
        .extracting(ExceptionReport.Line::entry)
        .containsExactly("high");
    assertThat(report.count()).isEqualTo(5);
    assertThat(report.today()).isEqualTo(today);
    Register ownerless =
        register(
            Scale.DEFAULT,
            List.of(
                new Entry(
                    "x",
                    EntryType.ISSUE,
                    "X",
                    null,
                    null,
                    null,
                    null,
                    null,
                    today.minusDays(1),
                    null,
                    null,
                    null)),
            List.of());
    assertThat(ExceptionReport.of(ownerless, today).reviewsOverdue())
        .extracting(ExceptionReport.Line::why)
        .containsExactly("review was due on 30 September 2017");
  }

  @Test
  void a_change_of_form_or_an_equal_rating_is_not_worsening() {
    LocalDate today = LocalDate.of(2017, 10, 1);
    Register register =
        aRegister()
            .with(aRisk("form"))
            .with(aRisk("same"))
            .with(aRisk("unplaced"))
            .rated("form", today.minusMonths(1), Rating.ofCategory("Low"))
            .rated("form", today, Rating.ofScore(20))
            .rated("same", today.minusMonths(1), Rating.of(2, 3))
            .rated("same", today, Rating.of(3, 2))
            .rated("unplaced", today.minusMonths(1), Rating.ofCategory("Nope"))
            .rated("unplaced", today, Rating.ofCategory("High"))
            .build();
    assertThat(ExceptionReport.of(register, today).worsening()).isEmpty();
    Register nulls =
        aRegister()
            .with(aRisk("n"))
            .rated("n", today.minusMonths(1), null)
            .rated("n", today, Rating.ofScore(20))
            .build();
    assertThat(ExceptionReport.of(nulls, today).worsening()).isEmpty();
  }

  // ---- codes
  // -------------------------------------------------------------------------------------

  @Test
  void the_codes_of_types_statuses_and_levels_read_back() {
    assertThat(EntryType.of("dependency")).contains(EntryType.DEPENDENCY);
    assertThat(EntryType.of("Risk")).isEmpty();
    assertThat(EntryType.ISSUE.code()).isEqualTo("issue");
    assertThat(EntryType.ISSUE.label()).isEqualTo("Issue");
    assertThat(EntryType.ASSUMPTION.toString()).isEqualTo("assumption");
    assertThat(EntryStatus.of("escalated")).contains(EntryStatus.ESCALATED);
    assertThat(EntryStatus.of("shut")).isEmpty();
    assertThat(EntryStatus.CLOSED.code()).isEqualTo("closed");
    assertThat(EntryStatus.CLOSED.label()).isEqualTo("Closed");
    assertThat(EntryStatus.CLOSED.toString()).isEqualTo("closed");
    assertThat(EntryStatus.OPEN.live()).isTrue();
    assertThat(EntryStatus.ESCALATED.live()).isTrue();
    assertThat(EntryStatus.CLOSED.live()).isFalse();
    assertThat(Level.of("portfolio")).contains(Level.PORTFOLIO);
    assertThat(Level.of("board")).isEmpty();
    assertThat(Level.PROJECT.code()).isEqualTo("project");
    assertThat(Level.PROJECT.label()).isEqualTo("Project");
    assertThat(Level.PROGRAMME.toString()).isEqualTo("programme");
  }

  @Test
  void a_rating_has_a_value_only_as_a_product_or_a_score() {
    assertThat(Rating.of(3, 4).value()).isEqualTo(12);
    assertThat(Rating.ofScore(7).value()).isEqualTo(7);
    assertThat(Rating.ofCategory("High").value()).isNull();
    assertThat(new Rating(3, null, 9, null).value()).isEqualTo(9);
    assertThat(Rating.ofCategory("High").categorical()).isTrue();
    assertThat(new Rating(1, null, null, "High").categorical()).isFalse();
    assertThat(new Rating(null, 1, null, "High").categorical()).isFalse();
    assertThat(new Rating(null, null, 1, "High").categorical()).isFalse();
    assertThat(new Rating(null, null, null, null).categorical()).isFalse();
    assertThat(new Rating(null, 2, null, null).onGrid()).isFalse();
  }

  @Test
  void a_gap_at_the_top_of_the_scale_is_found() {
    Scale top = scale(List.of(new Scale.Band("Low", 1, 3)), "Low");
    assertThat(RegisterRules.check(register(top, List.of(), List.of())))
        .extracting(Finding::message)
        .containsExactly(
            "do not cover the scores 4 of the 2 x 2 scale; every score from 1 to 4 that a rating"
                + " can have needs a band.");
  }

  @Test
  void a_likelihood_beside_a_score_is_two_forms() {
    Register register =
        aRegister()
            .with(aRisk("r1"))
            .rated("r1", AUG, new Rating(3, null, 5, null))
            .rated("r1", AUG, new Rating(null, 2, 5, null))
            .build();
    assertThat(RegisterRules.check(register))
        .extracting(Finding::rule)
        .containsExactly(RegisterRules.INCOMPLETE, RegisterRules.INCOMPLETE);
  }

  @Test
  void entries_without_a_reference_are_left_out_of_the_target_check_heat_map_and_report() {
    Entry noId =
        new Entry(
            null,
            EntryType.RISK,
            "No id",
            null,
            null,
            null,
            EntryStatus.ESCALATED,
            null,
            AUG,
            Rating.of(5, 5),
            null,
            null);
    Register register =
        register(
            Scale.DEFAULT, List.of(noId), List.of(new Review("other", AUG, Rating.of(1, 1), null)));
    assertThat(RegisterRules.check(register))
        .extracting(Finding::rule)
        .containsExactly(
            RegisterRules.DUPLICATE_ENTRY,
            RegisterRules.ESCALATION_MISSING,
            RegisterRules.UNKNOWN_ENTRY);
    assertThat(HeatMap.of(register).unrated()).isZero();
    assertThat(ExceptionReport.of(register, AUG.plusYears(1)).count()).isZero();
  }

  @Test
  void the_lowest_category_as_threshold_makes_every_category_an_exception() {
    Scale low =
        new Scale(
            Scale.DEFAULT.likelihood(),
            Scale.DEFAULT.impact(),
            Scale.DEFAULT.bands(),
            "Low",
            List.of("Low", "High"),
            "Low");
    assertThat(low.aboveThreshold(Rating.ofCategory("Low"))).isTrue();
    assertThat(low.aboveThreshold(Rating.ofScore(1))).isTrue();
    assertThat(Scale.of(null)).isEqualTo(Scale.DEFAULT);
    Scale empty = new Scale(null, null, null, null, null, null);
    assertThat(empty.likelihoodLevels()).isZero();
    assertThat(empty.impactLevels()).isZero();
    assertThat(empty.bands()).isEmpty();
    assertThat(empty.categories()).isEmpty();
  }
}
