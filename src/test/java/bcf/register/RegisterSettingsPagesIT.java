package bcf.register;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms for the register's scale and details: saved from the version opened, refused in words
 * beside the field (a scale too small for the register's ratings included) with nothing saved, and
 * a conflict when someone else changed the same part meanwhile.
 */
class RegisterSettingsPagesIT extends AppTestSupport {

  private WebClient editor() {
    WebClient web = web();
    web.signIn(EDITOR, PASSWORD);
    return web;
  }

  /** A started register of a copy of Warwickshire 2014-16: eight entries scored 9 to 16. */
  private String started(WebClient web) {
    String plan = copyOfSeed("warwickshire-2014-16");
    String register = "/plans/" + plan + "/register";
    assertThat(web.post(register + "/start", Map.of(), register).status()).isIn(302, 303);
    return register;
  }

  private static Map<String, String> scale(String base, int levels) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", base);
    StringBuilder labels = new StringBuilder();
    for (int n = 1; n <= levels; n++) {
      labels.append("Level ").append(n).append("\r\n");
    }
    fields.put("likelihood", labels.toString());
    fields.put("impact", labels.toString());
    fields.put("band-0-label", "Low");
    fields.put("band-0-from", "1");
    fields.put("band-0-to", "3");
    fields.put("band-1-label", "Medium");
    fields.put("band-1-from", "4");
    fields.put("band-1-to", "8");
    fields.put("band-2-label", "High");
    fields.put("band-2-from", "9");
    fields.put("band-2-to", String.valueOf(levels * levels));
    fields.put("threshold", "High");
    fields.put("categories", "Low\r\nMedium\r\nHigh");
    fields.put("categoryThreshold", "High");
    return fields;
  }

  @Test
  void the_scale_form_opens_with_the_register_scale_and_saves_a_new_one() {
    WebClient web = editor();
    String register = started(web);
    assertThat(web.get(register).body())
        .contains("id=\"change-scale\"")
        .contains("Very high: 15 to 25")
        .contains("From High");
    String form = register + "/scale";
    WebClient.Page page = web.get(form);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Change the rating scale – Risk register – bcf</title>")
        .contains("Almost certain")
        .contains("value=\"Very high\"")
        .contains("name=\"baseVersion\" value=\"1\"");

    Map<String, String> fields = scale("1", 5);
    fields.put("band-2-to", "15");
    fields.put("band-3-label", "Very high");
    fields.put("band-3-from", "16");
    fields.put("band-3-to", "25");
    fields.put("threshold", "Very high");
    WebClient.Page saved = web.post(form, fields, form);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    String after = web.get(register).body();
    assertThat(after)
        .contains("Level 1, Level 2, Level 3, Level 4, Level 5")
        .contains("High: 9 to 15")
        .contains("Very high: 16 to 25")
        .contains("From Very high");
    // Warwickshire's four 16s are Very high on the new scale; the 12s are High, not exceptions.
    assertThat(after).contains("score 12 (High)").contains("score 16 (Very high)");
  }

  @Test
  void a_scale_too_small_for_the_register_ratings_is_refused_in_words_and_nothing_is_saved() {
    WebClient web = editor();
    String register = started(web);
    String form = register + "/scale";
    WebClient.Page refused = web.post(form, scale("1", 3), form);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: Change the rating scale – Risk register – bcf</title>")
        .contains("href=\"#likelihood\"")
        .contains("the score 16 is outside the register&#39;s scale of 1 to 9.")
        .contains("review on 11 February 2014")
        .contains("id=\"likelihood-error\"")
        .contains("name=\"baseVersion\" value=\"1\"")
        .doesNotContain("reviews[");
    assertThat(web.get(register).body()).contains("Very high: 15 to 25").contains("Almost certain");
  }

  @Test
  void bad_scale_fields_are_named_beside_their_field() {
    WebClient web = editor();
    String register = started(web);
    String form = register + "/scale";
    Map<String, String> bad = scale("1", 5);
    bad.put("likelihood", " ");
    bad.put("band-1-from", "four");
    bad.put("threshold", "");
    bad.put("categoryThreshold", "");
    WebClient.Page page = web.post(form, bad, form);
    assertThat(page.body())
        .contains("Enter the likelihood levels, one a line, the lowest first")
        .contains("The scores of the band Medium must be whole numbers from 1, such as 10 to 14")
        .contains("href=\"#band-1-label\"")
        .contains("Enter the band from which a rating is reported as an exception")
        .contains("Enter the rating from which an entry is reported as an exception");

    Map<String, String> rules = scale("1", 5);
    rules.put("threshold", "Extreme");
    rules.put("band-1-to", "7");
    WebClient.Page broken = web.post(form, rules, form);
    assertThat(broken.body())
        .contains("href=\"#threshold\"")
        .contains("&#39;Extreme&#39; is not one of the score bands (Low, Medium, High).")
        .contains("href=\"#band-0-label\"")
        .contains("do not cover the scores 8 of the 5 x 5 scale");
    assertThat(web.get(register).body()).contains("Very high: 15 to 25");
  }

  @Test
  void a_scale_saved_from_an_older_version_is_refused_as_a_conflict_with_the_values_kept() {
    WebClient web = editor();
    String register = started(web);
    String form = register + "/scale";
    assertThat(web.post(form, scale("1", 5), form).status()).isIn(302, 303);
    Map<String, String> late = scale("1", 4);
    late.put("threshold", "Medium");
    WebClient.Page conflict = web.post(form, late, form);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else changed the register")
        .contains("value=\"Medium\"")
        .contains("name=\"baseVersion\" value=\"2\"");
    assertThat(web.get(register).body()).contains("From High").doesNotContain("From Medium");
    // Saving again from the version now current applies it.
    late.put("baseVersion", "2");
    assertThat(web.post(form, late, form).status()).isIn(302, 303);
    assertThat(web.get(register).body()).contains("From Medium");
  }

  @Test
  void the_details_form_saves_the_title_and_how_each_level_is_managed() {
    WebClient web = editor();
    String register = started(web);
    String form = register + "/details";
    WebClient.Page page = web.get(form);
    assertThat(page.body())
        .contains("<title>Change the register&#39;s details – Risk register – bcf</title>")
        .contains("Programme level");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", "1");
    fields.put("title", "Warwickshire system risks");
    fields.put("portfolio-managedBy", "the Portfolio Lead");
    fields.put("portfolio-escalatesTo", "the programme board");
    fields.put("portfolio-reportsTo", "the programme board");
    fields.put("portfolio-everyWeeks", "six");
    WebClient.Page bad = web.post(form, fields, form);
    assertThat(bad.body())
        .contains("<title>Error: Change the register&#39;s details")
        .contains("href=\"#portfolio-everyWeeks\"")
        .contains(
            "How often the portfolio level reports must be a whole number of weeks from 1 to 52,"
                + " such as 6");
    fields.put("portfolio-everyWeeks", "6");
    fields.put("title", " ");
    assertThat(web.post(form, fields, form).body()).contains("Enter the register&#39;s title");
    fields.put("title", "Warwickshire system risks");
    WebClient.Page saved = web.post(form, fields, form);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    String after = web.get(register).body();
    assertThat(after)
        .contains("Warwickshire system risks")
        .contains("Managed by <span>the Portfolio Lead</span>.")
        .contains("Reports to <span>the programme board</span><span> every 6 weeks</span>.");
    // Escalating now offers the register's own route.
    assertThat(web.get(register + "/entries/risk-1/escalate").body())
        .contains("<option value=\"the programme board\"");
    Map<String, String> old = new LinkedHashMap<>(fields);
    old.put("title", "An older title");
    assertThat(web.post(form, old, form).body()).contains("Someone else changed the register");
    assertThat(web.get(register).body()).doesNotContain("An older title");
  }

  @Test
  void a_reader_who_may_not_edit_is_not_offered_the_forms() {
    String page = web().get("/plans/warwickshire-2017-19/register").body();
    assertThat(page).doesNotContain("id=\"change-scale\"").doesNotContain("id=\"change-details\"");
    assertThat(web().get("/plans/warwickshire-2017-19/register/scale").location())
        .endsWith("/login");
  }
}
