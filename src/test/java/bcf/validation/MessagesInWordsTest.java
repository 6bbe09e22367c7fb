package bcf.validation;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalyser;
import bcf.golden.Examples;
import bcf.plan.Plan;
import bcf.plan.PlanStarter;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.ConditionDefinition;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.validation.rules.RuleTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every message the validator gives the five seeds, a blank plan of every round and broken variants
 * of them names things as people know them: no key, code, field name or path. The API keeps {@code
 * rule} and {@code where} for programs; the message is for people.
 */
class MessagesInWordsTest {

  static final List<String> SEEDS =
      List.of(
          "central-lancashire-2014-16",
          "coventry-2014-16",
          "dorset-2015-16",
          "warwickshire-2014-16",
          "warwickshire-2017-19");

  /** A hyphenated lower-case code: {@code agreed-by-hwb}, {@code risk-1}. */
  static final Pattern HYPHENATED = Pattern.compile("(?<![\\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+");

  /** A field name in code ({@code plannedSavings}); "iBCF" is a name, not a field. */
  static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]*\\b");

  /** A path: an index, a pointer or a dotted name ({@code expenditure.total}). */
  static final Pattern PATH =
      Pattern.compile("\\[\\d+]|(?<![\\w])/[a-zA-Z]+/|\\b[a-z]+\\.[a-z][a-zA-Z]+\\b");

  /** Words of English that are hyphenated, as the messages use them. */
  static final Set<String> ENGLISH =
      Set.of("out-of-hospital", "ring-fence", "sign-off", "non-recurrent", "non-elective");

  private static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  private static final PlanAnalyser ANALYSER = new PlanAnalyser(ROUNDS);

  @Test
  void no_message_for_the_seeds_blank_plans_or_broken_variants_holds_a_key_or_a_path() {
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (String seed : SEEDS) {
      plans.put(seed, Examples.plan(seed));
    }
    for (Round round : ROUNDS.all()) {
      plans.put("blank " + round.id(), blank(round));
    }
    broken(plans);
    List<String> offences = new ArrayList<>();
    int messages = 0;
    Set<String> rules = new LinkedHashSet<>();
    for (Map.Entry<String, Plan> plan : plans.entrySet()) {
      Round round = ROUNDS.find(plan.getValue().round()).orElseThrow();
      Set<String> keys = keys(plan.getValue(), round);
      for (Finding finding : ANALYSER.analyse(plan.getValue()).findings()) {
        messages++;
        rules.add(finding.rule());
        problem(finding.message(), keys)
            .ifPresent(p -> offences.add(plan.getKey() + ": " + p + " in: " + finding.message()));
      }
    }
    assertThat(offences).as("messages holding a key or a path").isEmpty();
    assertThat(messages).as("messages checked").isGreaterThan(250);
    assertThat(rules)
        .as("every rule type gives a message to check")
        .containsAll(RuleTypes.validator().ruleIds());
  }

  @Test
  void the_guard_catches_a_key_a_field_name_and_a_path() {
    Set<String> keys = Set.of("governance", "wcc");
    assertThat(problem("The narrative section 'Governance' (governance) is missing.", keys))
        .contains("the key 'governance'");
    assertThat(problem("The plan gives no 'agreed-by-hwb' date.", keys)).isPresent();
    assertThat(problem("Risk risk-1 ('Poor data quality') has no rating.", keys)).isPresent();
    assertThat(problem("The plannedSavings for 2015/16 are blank.", keys)).isPresent();
    assertThat(problem("It equals the schemes' total spend (expenditure.total).", keys))
        .isPresent();
    assertThat(problem("Go to schemes[0].source.", keys)).isPresent();
    assertThat(problem("The host 'wcc' is unknown.", keys)).isPresent();
    assertThat(
            problem(
                "NHS-commissioned out-of-hospital spend of £1,000 meets the ring-fence; the"
                    + " narrative section 'Information governance' is blank; iBCF purposes add up.",
                keys))
        .isEmpty();
  }

  /** What in a message is a key, a field name or a path; empty when it is all words. */
  static java.util.Optional<String> problem(String message, Set<String> keys) {
    for (String key : keys) {
      boolean code = key.contains("-") || !key.equals(key.toLowerCase(java.util.Locale.ROOT));
      String pattern =
          code
              ? "(?<![\\w-])" + Pattern.quote(key) + "(?![\\w-])"
              // A plain word is a key only where it stands alone, quoted or in brackets.
              : "['(]" + Pattern.quote(key) + "[')]";
      if (Pattern.compile(pattern).matcher(message).find()) {
        return java.util.Optional.of("the key '" + key + "'");
      }
    }
    // A quoted code ('agreed-by-hwb') is still a code.
    Matcher quoted = Pattern.compile("'([^']*)'").matcher(message);
    while (quoted.find()) {
      String inside = quoted.group(1);
      if ((HYPHENATED.matcher(inside).matches() && !ENGLISH.contains(inside))
          || CAMEL.matcher(inside).matches() && !inside.equals("iBCF")
          || PATH.matcher(inside).matches()) {
        return java.util.Optional.of("the quoted code '" + inside + "'");
      }
    }
    // Otherwise the plan's own words, quoted, may hold anything ("Data Sharing/IG").
    String unquoted = message.replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
    Matcher hyphenated = HYPHENATED.matcher(unquoted);
    while (hyphenated.find()) {
      if (!ENGLISH.contains(hyphenated.group())) {
        return java.util.Optional.of("the code '" + hyphenated.group() + "'");
      }
    }
    Matcher camel = CAMEL.matcher(unquoted);
    while (camel.find()) {
      if (!camel.group().equals("iBCF")) {
        return java.util.Optional.of("the field name '" + camel.group() + "'");
      }
    }
    Matcher path = PATH.matcher(unquoted);
    if (path.find()) {
      return java.util.Optional.of("the path '" + path.group() + "'");
    }
    return java.util.Optional.empty();
  }

  /** Every key and code the plan and its round hold: ids, codes, events, references. */
  static Set<String> keys(Plan plan, Round round) {
    Set<String> keys = new LinkedHashSet<>();
    round.fundingStreams().forEach(s -> keys.add(s.code()));
    for (ConditionDefinition c : round.nationalConditions()) {
      keys.add(c.code());
      c.subItems().forEach(s -> keys.add(s.code()));
    }
    round.metrics().forEach(m -> keys.add(m.code()));
    round.narrativeSections().forEach(n -> keys.add(n.key()));
    keys.addAll(round.requiredDates());
    keys.addAll(round.picklists().keySet());
    round.rules().forEach(r -> keys.add(r.rule()));
    collect(new PlanDocumentWriter().toJson(plan), keys);
    keys.removeIf(
        k -> k == null || k.isBlank() || k.length() < 3 || k.contains(" ") || ENGLISH.contains(k));
    return keys;
  }

  private static final Set<String> KEY_FIELDS =
      Set.of(
          "id",
          "key",
          "event",
          "condition",
          "subItem",
          "metric",
          "stream",
          "source",
          "organisation",
          "hwb",
          "host",
          "district",
          "onBehalfOf",
          "figure");

  private static void collect(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (KEY_FIELDS.contains(field.getKey()) && field.getValue().isString()) {
          keys.add(field.getValue().asString());
        }
        collect(field.getValue(), keys);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, keys));
    }
  }

  private static Plan blank(Round round) {
    return PlanStarter.blank(
        round,
        List.of(new PlanStarter.HwbFacts("E06000001", "Hartlepool", "North East")),
        List.of(new PlanStarter.IcbFacts("QHM", "NHS North East and North Cumbria ICB")));
  }

  /**
   * Variants of the seeds broken the ways a plan in progress is: each rule has something to say.
   */
  private static void broken(Map<String, Plan> plans) {
    variant(
        plans,
        "warwickshire-2017-19",
        "risks out of range and contingency without figures",
        doc -> {
          ArrayNode risks = (ArrayNode) doc.get("risks");
          ObjectNode first = (ObjectNode) risks.get(0);
          first.put("likelihood", 7).put("impact", 3).put("score", 30).put("rating", "Severe");
          ObjectNode second = (ObjectNode) risks.get(1);
          second.put("likelihood", 2).put("impact", 2).put("score", 5);
          ArrayNode contingency = doc.putArray("contingency");
          contingency.addObject().put("period", "2017-18");
          contingency.addObject().put("period", "ongoing");
          doc.remove("narrative");
          doc.remove("dates");
          ObjectNode scheme = (ObjectNode) doc.get("schemes").get(0);
          scheme.put("type", "Hospital at home");
          ObjectNode spend = (ObjectNode) scheme.get("spend").get("2017-18");
          spend.put("recurrent", 1000).put("nonRecurrent", 500).put("total", 2000);
          doc.withObject("pooledBudget").put("host", "Somewhere Council");
        });
    variant(
        plans,
        "dorset-2015-16",
        "payment for performance left blank",
        doc -> {
          ObjectNode p4p = (ObjectNode) doc.get("paymentForPerformance");
          p4p.remove("valuePerAvoidedAdmission");
          for (JsonNode hwb : p4p.get("byHwb")) {
            ((ObjectNode) hwb).remove("plannedReduction");
          }
          doc.withObject("pooledBudget")
              .withArray("riskShares")
              .forEach(share -> ((ObjectNode) share).put("retainedShare", 0.5));
          ObjectNode ccg = (ObjectNode) doc.get("organisations").get(0);
          ObjectNode shares = ccg.putObject("populationShares");
          for (JsonNode hwb : doc.get("hwbs")) {
            shares.put(hwb.get("id").asString(), 0.6);
          }
        });
    variant(
        plans,
        "warwickshire-2014-16",
        "conditions, sign-offs and metrics unanswered",
        doc -> {
          doc.putArray("nationalConditions");
          doc.putArray("signOffs");
          for (JsonNode metric : doc.get("metrics")) {
            ObjectNode baseline = (ObjectNode) metric.get("baseline");
            if (baseline != null && baseline.has("denominator")) {
              baseline.put("denominator", 0);
            }
          }
        });
  }

  private static void variant(
      Map<String, Plan> plans, String seed, String what, Consumer<ObjectNode> breakIt) {
    ObjectNode doc = (ObjectNode) new PlanDocumentWriter().toJson(Examples.plan(seed));
    breakIt.accept(doc);
    plans.put(seed + " (" + what + ")", new PlanDocumentReader().read(doc));
  }
}
