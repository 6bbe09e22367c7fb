package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.golden.Examples;
import bcf.plan.ConditionAnswer;
import bcf.plan.NarrativeSection;
import bcf.plan.Plan;
import bcf.plan.Risk;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.round.FundingStream;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Finding;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plan page shows the whole plan to everyone who may read it, in words: every part of each
 * seed, findings named by their place, and no path, pointer or code on the page.
 */
class PlanPageIT extends AppTestSupport {

  @org.springframework.beans.factory.annotation.Autowired private bcf.planning.PlanService plans;

  private static final List<String> SEEDS =
      List.of(
          "central-lancashire-2014-16",
          "coventry-2014-16",
          "dorset-2015-16",
          "warwickshire-2014-16",
          "warwickshire-2017-19");

  /** An index, a JSON pointer or a dotted path as findings and documents write them. */
  private static final Pattern PATH =
      Pattern.compile(
          "\\[\\d+]\\.[a-zA-Z]|(?<![\\w/])/[a-z][A-Za-z]*/\\d|\\b[a-z]+\\.[a-z]+[A-Z]|Go to [a-z]+[\\[.]");

  /** The text a reader sees: no tags, attributes, scripts or styles, entities read. */
  static String visible(String html) {
    return html.replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }

  private static String start(String text) {
    String line = text.strip().split("\n")[0].strip().replaceAll("\\s+", " ");
    return line.length() > 40 ? line.substring(0, 40) : line;
  }

  @Test
  void each_seeds_plan_page_shows_every_part_in_words_to_anonymous_readers() {
    for (String seed : SEEDS) {
      WebClient.Page page = web().get("/plans/" + seed);
      assertThat(page.status()).as(seed).isEqualTo(200);
      String text = visible(page.body());
      Plan plan = Examples.plan(seed);

      assertThat(text)
          .as(seed)
          .contains(
              "Contents",
              "Organisations and HWBs",
              "Finance",
              "Schemes",
              "National conditions",
              "Narrative",
              "Risks",
              "Metrics");
      plan.hwbs().forEach(h -> assertThat(text).as(seed).contains(h.name()));
      plan.organisations().forEach(o -> assertThat(text).as(seed).contains(o.name()));
      for (Scheme scheme : plan.schemes()) {
        assertThat(text).as(seed).contains(scheme.name());
        scheme.spend().values().stream()
            .filter(java.util.Objects::nonNull)
            .map(Split::amount)
            .flatMap(java.util.Optional::stream)
            .forEach(amount -> assertThat(text).as(seed).contains(amount.format()));
      }
      for (ConditionAnswer condition : plan.nationalConditions()) {
        if (condition.evidence() != null && !condition.evidence().isBlank()) {
          assertThat(text).as(seed).contains(start(condition.evidence()));
        }
      }
      for (NarrativeSection section : plan.narrative()) {
        if (section.title() != null) {
          assertThat(text).as(seed).contains(section.title().strip());
        }
      }
      for (Risk risk : plan.risks()) {
        assertThat(text).as(seed).contains(start(risk.description()));
      }
      RoundCatalogue.load()
          .find(plan.round())
          .ifPresent(
              round -> {
                plan.metrics()
                    .forEach(
                        m ->
                            assertThat(text)
                                .as(seed)
                                .contains(
                                    m.name() != null
                                        ? m.name()
                                        : round.metric(m.metric()).orElseThrow().name()));
                // Codes of more than one word; "ibcf" and "dfg" are also words the plans write.
                for (FundingStream stream : round.fundingStreams()) {
                  if (!stream.code().contains("-")) {
                    continue;
                  }
                  assertThat(text)
                      .as(seed + ": the code of " + stream.name())
                      .doesNotContainPattern(
                          "(?<![\\w-])" + Pattern.quote(stream.code()) + "(?![\\w-])");
                }
              });
      assertThat(PATH.matcher(text).find())
          .as(seed + ": " + (PATH.matcher(text).find() ? matchAround(text) : ""))
          .isFalse();
      // No finding's path ("schemes[0].source", "dfg.passThrough") is shown.
      for (Finding finding : Examples.analyse(seed).findings()) {
        String where = finding.where();
        if (where != null && (where.contains("[") || where.contains("."))) {
          assertThat(text).as(seed).doesNotContain(where);
        }
      }
    }
  }

  private static String matchAround(String text) {
    var m = PATH.matcher(text);
    m.find();
    return text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60));
  }

  @Test
  void the_largest_seed_shows_finance_and_schemes_formatted() {
    String page = web().get("/plans/warwickshire-2017-19").body();
    // The kept body is written in its place, whole, between the page's top and its footer.
    assertThat(page)
        .doesNotContain(bcf.platform.web.SplicedView.MARKER)
        .containsSubsequence("<h1", "Joint funded CHC packages", "govuk-footer", "</html>");
    String text = visible(page);
    assertThat(text)
        .contains(
            "Joint funded CHC packages",
            "£2,208,000",
            "Passed to housing authorities",
            "Reduction of savings plans",
            "Community Health",
            "£19,589,362",
            "Inflation uplift",
            "1.79%",
            "Section 75 agreement signed by all three CCGs");
    assertThat(visible(web().get("/plans/dorset-2015-16").body()))
        .contains(
            "Integrated Community Equipment Services (ICES)",
            "Value of each avoided emergency admission",
            "£755");
  }

  @Test
  void findings_name_their_place_in_words_and_link_to_it() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    WebClient.Page page = editor.get("/plans/" + id);
    String text = visible(page.body());
    assertThat(text)
        .contains("Go to Contribution 'NHS Coventry and Rugby CCG, CCG minimum contribution")
        .contains("Go to DFG allocation 'Warwick District Council, 2017/18': total")
        .doesNotContain("contributions[", "dfg.allocation", "Go to contributions");
    assertThat(page.body()).contains("data-where=\"contributions[4].minimum\"");
    assertThat(PATH.matcher(text).find()).as(text).isFalse();
  }

  @Test
  void anonymous_readers_see_a_published_plans_actuals_and_judgements_on_its_page() {
    String id = copyOfPublishedSeed("warwickshire-2017-19");
    String before = visible(web().get("/plans/" + id).body());
    assertThat(before).doesNotContain("(May 2018)");
    assertThat(
            api(EDITOR)
                .postCsv("/api/v1/plans/" + id + "/actuals", ActualsFixtures.goodCsv())
                .status())
        .isEqualTo(201);
    // The anonymous page was cached before the import; the import makes it stale. The latest
    // delayed transfers are May 2018's, judged against the plan.
    String after = web().get("/plans/" + id).body();
    assertThat(visible(after)).contains("(May 2018)");
    assertThat(after).contains("data-rag=\"green\"");
    assertThat(visible(after)).contains("On track");
  }

  /**
   * The page's body is kept between requests (PlanPageContents): whoever reads next must still see
   * the version, the signatures and the links that are theirs. An editor's body, which has
   * "Explain" links and links to the edit pages, is never shown to a reader who may not edit; a new
   * version and a new signature show at once.
   */
  @Test
  void the_kept_page_body_follows_the_version_the_signatures_and_the_reader() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    WebClient reader = web();
    reader.signIn(SIGNATORY, PASSWORD);
    String page = "/plans/" + id;

    assertThat(editor.get(page).body()).contains("explain-link", "/edit/contributions#");
    String asReader = reader.get(page).body();
    assertThat(asReader).contains("id=\"findings\"").doesNotContain("explain-link", "/edit/");
    assertThat(editor.get(page).body()).contains("explain-link");

    assertThat(
            api(EDITOR)
                .put(
                    "/api/v1/plans/" + id + "/parts/risks",
                    "{\"risks\": [{\"id\": \"r1\", \"description\": \"Flu in the care homes\"}]}",
                    "\"1\"")
                .status())
        .isEqualTo(200);
    assertThat(visible(editor.get(page).body())).contains("Flu in the care homes");
    assertThat(visible(reader.get(page).body())).contains("Flu in the care homes");

    int unsigned = count(visible(editor.get(page).body()), "has not signed");
    assertThat(unsigned).isPositive();
    String party = plans.view(bcf.access.Actor.SYSTEM, id).missingSignatures().get(0).party();
    assertThat(
            api(signatoryFor("warwickshire", party))
                .post(
                    "/api/v1/plans/" + id + "/sign-offs",
                    "{\"party\":\"" + party + "\",\"name\":\"A Person\"}")
                .status())
        .isEqualTo(201);
    assertThat(count(visible(editor.get(page).body()), "has not signed")).isEqualTo(unsigned - 1);
    assertThat(count(visible(reader.get(page).body()), "has not signed")).isEqualTo(unsigned - 1);
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }
}
