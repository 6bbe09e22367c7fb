package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document describes every JSON response of the API: each successful response is a
 * named component schema (or a list or map of one) with real properties, never a bare or empty
 * object, and the figures, findings, metric assessments and statistics are there by name.
 */
class OpenApiIT extends AppTestSupport {

  private JsonNode openapi() {
    ApiClient.Response response = anonymous().get("/api/v1/openapi.json");
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  /** Every operation's successful JSON response names a component schema with properties. */
  @Test
  void noOperationAnswersWithABareOrEmptyObject() {
    JsonNode openapi = openapi();
    List<String> untyped = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : openapi.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        for (Map.Entry<String, JsonNode> response :
            operation.getValue().path("responses").properties()) {
          if (!response.getKey().startsWith("2")) {
            continue;
          }
          for (Map.Entry<String, JsonNode> content :
              response.getValue().path("content").properties()) {
            if (!content.getKey().contains("json")) {
              continue;
            }
            String where =
                operation.getKey().toUpperCase()
                    + " "
                    + path.getKey()
                    + " "
                    + response.getKey()
                    + " "
                    + content.getKey();
            String problem = problem(openapi, content.getValue().path("schema"));
            if (problem != null) {
              untyped.add(where + ": " + problem);
            }
          }
        }
      }
    }
    assertThat(untyped).as("responses the OpenAPI document does not describe").isEmpty();
    // Jackson's tree types described as beans ("array", "nodeType", ...) describe nothing.
    assertThat(openapi.at("/components/schemas").propertyNames())
        .doesNotContain("JsonNode", "ObjectNode", "ArrayNode");
    // A changed value can be any JSON value, and the document says so.
    JsonNode oldValue = openapi.at("/components/schemas/ChangeItem/properties/oldValue");
    assertThat(oldValue.get("type").valueStream().map(JsonNode::asString).toList())
        .contains("string", "number", "object", "array", "null");
  }

  /** Why a response schema does not describe its body, or null when it does. */
  private static String problem(JsonNode openapi, JsonNode schema) {
    if (schema.isMissingNode()) {
      return "no schema";
    }
    if (schema.has("items")) {
      return problem(openapi, schema.get("items"));
    }
    if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
      return problem(openapi, schema.get("additionalProperties"));
    }
    if (!schema.has("$ref")) {
      return "not a named schema: " + schema;
    }
    JsonNode component = component(openapi, schema.get("$ref").asString());
    if (component.isMissingNode()) {
      return "no component " + schema.get("$ref").asString();
    }
    if (component.path("properties").isEmpty()) {
      return schema.get("$ref").asString() + " has no properties: " + component;
    }
    return null;
  }

  private static JsonNode component(JsonNode openapi, String ref) {
    String prefix = "#/components/schemas/";
    return ref.startsWith(prefix)
        ? openapi.path("components").path("schemas").path(ref.substring(prefix.length()))
        : tools.jackson.databind.node.MissingNode.getInstance();
  }

  /** The properties of the component schema an operation's successful response refers to. */
  private static JsonNode responseProperties(JsonNode openapi, String path, String method) {
    JsonNode responses = openapi.path("paths").path(path).path(method).path("responses");
    JsonNode schema = null;
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      if (response.getKey().startsWith("2")) {
        schema = response.getValue().path("content").path("application/json").path("schema");
      }
    }
    assertThat(schema).as(method + " " + path).isNotNull();
    if (schema.has("items")) {
      schema = schema.get("items");
    }
    assertThat(schema.has("$ref")).as(method + " " + path + ": " + schema).isTrue();
    return component(openapi, schema.get("$ref").asString()).path("properties");
  }

  private static JsonNode properties(JsonNode openapi, JsonNode property) {
    JsonNode schema = property.has("items") ? property.get("items") : property;
    assertThat(schema.has("$ref")).as(property.toString()).isTrue();
    return component(openapi, schema.get("$ref").asString()).path("properties");
  }

  @Test
  void theSummaryHasItsFiguresAndFindings() {
    JsonNode openapi = openapi();
    JsonNode summary = responseProperties(openapi, "/api/v1/plans/{id}/summary", "get");
    assertThat(summary.properties().stream().map(Map.Entry::getKey).toList())
        .contains(
            "plan",
            "years",
            "income",
            "expenditure",
            "sourcesVsUses",
            "minimumContributions",
            "pooledBudget",
            "nationalConditions",
            "metrics",
            "risks",
            "signOffs",
            "declared",
            "findings");
    JsonNode income = properties(openapi, summary.get("income"));
    assertThat(income.has("total")).isTrue();
    assertThat(income.has("bySource")).isTrue();
    // Amounts by year: an object whose values are numbers.
    assertThat(income.at("/total/additionalProperties/type").asString()).isEqualTo("number");
    JsonNode finding = properties(openapi, summary.get("findings"));
    assertThat(finding.has("severity") && finding.has("message") && finding.has("where")).isTrue();
  }

  @Test
  void theValidationIsTheFindingsWithSeverityMessageAndWhere() {
    JsonNode openapi = openapi();
    JsonNode validation = responseProperties(openapi, "/api/v1/plans/{id}/validation", "get");
    JsonNode finding = properties(openapi, validation.get("findings"));
    assertThat(finding.has("rule")).isTrue();
    assertThat(finding.has("severity")).isTrue();
    assertThat(finding.has("message")).isTrue();
    assertThat(finding.has("where")).isTrue();
    JsonNode detail = responseProperties(openapi, "/api/v1/plans/{id}", "get");
    assertThat(properties(openapi, detail.get("findings")).has("findings")).isTrue();
  }

  @Test
  void aPartIsDescribedByThePlanSchemasFields() {
    JsonNode openapi = openapi();
    JsonNode part = responseProperties(openapi, "/api/v1/plans/{id}/parts/{part}", "get");
    assertThat(part.has("schemes")).isTrue();
    assertThat(part.has("risks")).isTrue();
    assertThat(part.has("pooledBudget")).isTrue();
    // Each field's items are the plan schema's own definitions, there in the document.
    JsonNode risk = properties(openapi, part.get("risks"));
    assertThat(risk.has("description")).isTrue();
    assertThat(risk.has("likelihood")).isTrue();
  }

  @Test
  void theMetricsAreAssessmentsWithIntervalsRagAndControlChart() {
    JsonNode openapi = openapi();
    JsonNode all = responseProperties(openapi, "/api/v1/plans/{id}/metrics", "get");
    JsonNode hwb = properties(openapi, all.get("hwbs"));
    JsonNode assessment = properties(openapi, hwb.get("metrics"));
    assertThat(assessment.has("polarity") && assessment.has("trend")).isTrue();
    JsonNode latest = properties(openapi, assessment.get("latest"));
    assertThat(latest.has("rag") && latest.has("ci95") && latest.has("value")).isTrue();
    JsonNode one = responseProperties(openapi, "/api/v1/plans/{id}/metrics/{hwb}/{metric}", "get");
    assertThat(properties(openapi, one.get("actuals")).has("ci998")).isTrue();
    assertThat(properties(openapi, one.get("spc")).has("points")).isTrue();
  }

  @Test
  void theStatisticsToolsGiveIntervalsAndControlCharts() {
    JsonNode openapi = openapi();
    JsonNode interval = responseProperties(openapi, "/api/v1/metrics/compute", "post");
    assertThat(interval.has("value") && interval.has("lower") && interval.has("upper")).isTrue();
    assertThat(interval.has("method")).isTrue();
    JsonNode chart = responseProperties(openapi, "/api/v1/metrics/spc", "post");
    assertThat(properties(openapi, chart.get("points")).has("specialCause")).isTrue();
    assertThat(properties(openapi, chart.get("segments")).has("averageMovingRange")).isTrue();
  }
}
