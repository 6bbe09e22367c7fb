package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanPart;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Section;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edit pages show every field the plan document holds in their part, so the document and its
 * forms cannot drift apart unseen (a risk's level and review date were in the document but on no
 * page). A field deliberately kept off a form is named here, with the reason.
 */
class EditFormsCoverageTest {

  /** Fields (as patterns, rows as {@code *}) that no edit page shows, and why. */
  private static final Map<String, String> NOT_ON_A_FORM =
      Map.ofEntries(
          Map.entry("/years/*", "the plan's years are set when it is created from its round"),
          Map.entry(
              "/organisations/*/id",
              "made from the organisation's name when it is added, then kept: nobody invents ids"),
          Map.entry(
              "/schemes/*/id",
              "made from the scheme's name when it is added, then kept: nobody invents ids"),
          Map.entry("/risks/*/id", "made from the risk's description when it is added, then kept"),
          Map.entry(
              "/hwbs/*/id",
              "an HWB is England's, chosen when the plan is started; its code is not typed"),
          Map.entry(
              "/narrative/*/key",
              "the round's sections are offered by title with their keys; a plan's own have none"),
          Map.entry(
              "/organisations/*/hwbs/*",
              "which HWBs an organisation serves is kept as it is by every save; its edit page comes with the browser journey (issue 12)"),
          Map.entry(
              "/nationalConditions/*/answer",
              "the answer as printed in the source; the form edits its status, evidence and date"),
          Map.entry(
              "/nationalConditions/*/regionalPercentMet",
              "a published regional statistic, not the plan's own answer; read only"),
          Map.entry(
              "/metrics/*/name",
              "the metric's name comes from the round or from its local definition"),
          Map.entry(
              "/metrics/*/description",
              "a local metric's description is kept as it is by every save; its edit page comes with the browser journey (issue 12)"),
          Map.entry(
              "/metrics/*/definition/*",
              "a local metric's definition is kept as it is by every save; its edit page comes with the browser journey (issue 12)"),
          Map.entry(
              "/metrics/*/baseline/periodLabel",
              "the baseline period as printed; the form edits the period itself"),
          Map.entry(
              "/metrics/*/actuals/*",
              "actuals are imported from CSV on the metrics page, not typed in the plan"),
          Map.entry(
              "/declared/*",
              "figures as the printed plan declares them, keyed by the summary's figure: kept as they are by every save of the finance page"),
          Map.entry(
              "/explanations/*/where",
              "where a finding applies: set from the finding when it is explained (Explain on the plan page), kept as it is"),
          Map.entry("/ibcf/purposes/*/id", "a row's short id, kept as it is; no one invents an id"),
          Map.entry(
              "/pooledBudget/pools/*/id", "a row's short id, kept as it is; no one invents an id"),
          Map.entry(
              "/pooledBudget/riskShares/*/id",
              "a row's short id, kept as it is; no one invents an id"),
          Map.entry(
              "/pooledBudget/pools/*/hwbs/*",
              "the HWBs a pool serves are kept as they are by every save (not yet on the finance page)"),
          Map.entry(
              "/narrative/*/hwb",
              "the HWB a joint plan's narrative section belongs to is kept as it is by every save; its edit page comes with the browser journey (issue 12)"));

  @Test
  void every_field_of_the_five_examples_is_on_its_parts_edit_page() throws IOException {
    RoundCatalogue rounds = RoundCatalogue.load();
    PlanAnalyser analyser = new PlanAnalyser(rounds);
    Map<String, Set<String>> missing = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("examples/plans"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Plan plan = new PlanDocumentReader().read(Files.readAllBytes(file));
        PlanAnalysis analysis = analyser.analyse(plan);
        ObjectNode document = new PlanDocumentWriter().toJson(plan);
        for (PlanPart part : EditForms.PARTS) {
          List<Section> sections =
              part == PlanPart.METRICS
                  ? metricPages(plan, analysis, document)
                  : EditForms.of(
                      part, plan, analysis.round(), analysis.summary().years(), document);
          for (String field : part.fields()) {
            JsonNode value = document.get(field);
            if (value == null) {
              continue;
            }
            Set<String> leaves = new TreeSet<>();
            leaves("/" + field, value, leaves);
            for (String leaf : leaves) {
              if (!covered(leaf, sections) && !deliberatelyOff(leaf)) {
                missing.computeIfAbsent(part.code(), k -> new TreeSet<>()).add(leaf);
              }
            }
          }
        }
      }
    }
    assertThat(missing).as("document fields on no edit page").isEmpty();
  }

  /** The sections of every metric's own page (metrics are edited a page each). */
  private static List<Section> metricPages(Plan plan, PlanAnalysis analysis, ObjectNode document) {
    List<Section> sections = new java.util.ArrayList<>();
    JsonNode metrics = document.path("metrics");
    for (int i = 0; i < metrics.size(); i++) {
      JsonNode stored = metrics.get(i);
      var definition = analysis.round().metric(stored.path("metric").asString("")).orElse(null);
      sections.add(
          MetricForms.ambition(
              plan, analysis.round(), analysis.summary().years(), definition, stored));
      sections.add(MetricForms.targets(i, definition, analysis.summary().years(), stored));
    }
    return sections;
  }

  /**
   * Every property the JSON Schema gives a row (a risk, a scheme, a contribution...) is a column of
   * that row on its edit page, or named above: so a field added to the document, even one no
   * example uses yet, cannot be left off its page unseen. The joint Dorset plan shows the HWB
   * column that single-HWB plans do not need.
   */
  @Test
  void every_property_the_schema_gives_a_row_is_a_column_of_its_page() throws IOException {
    JsonNode schema =
        bcf.json.Json.read(Files.readString(Path.of("src/main/resources/schema/plan.schema.json")));
    Plan plan =
        new PlanDocumentReader()
            .read(Files.readAllBytes(Path.of("examples/plans/dorset-2015-16.json")));
    PlanAnalysis analysis = new PlanAnalyser(RoundCatalogue.load()).analyse(plan);
    ObjectNode document = new PlanDocumentWriter().toJson(plan);
    Map<String, Set<String>> missing = new TreeMap<>();
    for (PlanPart part : EditForms.PARTS) {
      List<Section> sections =
          EditForms.of(part, plan, analysis.round(), analysis.summary().years(), document);
      for (String field : part.fields()) {
        String ref = schema.at("/properties/" + field + "/items/$ref").asString("");
        if (!ref.startsWith("#/$defs/")) {
          continue;
        }
        JsonNode properties = schema.at(ref.substring(1) + "/properties");
        Set<String> columns = new TreeSet<>();
        sections.stream()
            .filter(section -> section.pointer().equals("/" + field))
            .flatMap(section -> section.columns().stream())
            .forEach(column -> columns.add(column.suffix().split("/")[0]));
        // A table per row (a metric's targets) is that row's property.
        sections.stream()
            .map(section -> section.pointer().split("/"))
            .filter(p -> p.length == 4 && p[1].equals(field) && p[2].matches("\\d+"))
            .forEach(p -> columns.add(p[3]));
        for (String property : properties.propertyNames()) {
          String pattern = "/" + field + "/*/" + property;
          if (!columns.contains(property) && !deliberatelyOff(pattern)) {
            missing.computeIfAbsent(part.code(), k -> new TreeSet<>()).add(pattern);
          }
        }
      }
    }
    assertThat(missing).as("row properties of the schema on no edit page").isEmpty();
  }

  private static boolean deliberatelyOff(String leaf) {
    return NOT_ON_A_FORM.keySet().stream()
        .anyMatch(
            p ->
                leaf.equals(p)
                    || (p.endsWith("/*")
                        && (leaf.startsWith(p.substring(0, p.length() - 1))
                            || leaf.equals(p.substring(0, p.length() - 2)))));
  }

  /** Every leaf's pointer with array indices written {@code *}. */
  private static void leaves(String pointer, JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        leaves(pointer + "/" + entry.getKey(), entry.getValue(), out);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      for (JsonNode element : node) {
        leaves(pointer + "/*", element, out);
      }
    } else {
      out.add(pointer);
    }
  }

  private static boolean covered(String leaf, List<Section> sections) {
    for (Section section : sections) {
      String base = section.pointer().replaceAll("/\\d+(?=/|$)", "/*");
      for (Column column : section.columns()) {
        String suffix = column.suffix().replaceAll("(?<=^|/)\\d+(?=/|$)", "*");
        String pattern = section.rows() ? base + "/*/" + suffix : "/" + suffix;
        // A blank year (null) sits where the form's columns for that year begin.
        if (leaf.equals(pattern)
            || leaf.startsWith(pattern + "/")
            || pattern.startsWith(leaf + "/")) {
          return true;
        }
      }
    }
    return false;
  }
}
