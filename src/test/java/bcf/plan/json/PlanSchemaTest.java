package bcf.plan.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema in src/main/resources/schema/plan.schema.json describes the plan document as
 * {@link PlanDocumentReader} accepts it: the seed plans pass, and documents the reader refuses
 * fail.
 */
class PlanSchemaTest {

  private static final Path EXAMPLES = Path.of("examples", "plans");

  private static final String MINIMAL =
      "{\"id\":\"x\",\"round\":\"2017-19\",\"hwbs\":[{\"id\":\"h\",\"name\":\"H\"}]}";

  /** Reads numbers as the plan reader does, so that 0.07 stays exactly 0.07. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonSchema schema;

  /**
   * Loads the schema from the classpath by its location, so that its relative {@code $id}
   * ("plan.schema.json") resolves against it; "date" formats are asserted, not just annotated.
   */
  @BeforeAll
  static void loadSchema() {
    assertNotNull(
        PlanSchemaTest.class.getResource("/schema/plan.schema.json"),
        "schema/plan.schema.json is not on the classpath");
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:schema/plan.schema.json"), config);
    schema.initializeValidators();
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> plans =
          files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      assertFalse(plans.isEmpty(), "no plan documents in " + EXAMPLES.toAbsolutePath());
      return plans.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExamplePlanValidates(Path file) throws IOException {
    Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
    assertTrue(errors.isEmpty(), () -> file + " does not match the schema:\n" + describe(errors));
  }

  @Test
  void aMinimalDocumentValidates() throws IOException {
    assertAccepted(JSON.readTree(MINIMAL));
  }

  @Test
  void nullMeansBlank() throws IOException {
    ObjectNode plan = minimal();
    plan.putNull("title");
    plan.putNull("statedIn");
    plan.putNull("source");
    plan.putNull("schemes");
    ObjectNode contribution = plan.putArray("contributions").addObject();
    contribution.put("organisation", "o").put("year", "2017-18");
    contribution.putNull("stream");
    contribution.putNull("minimum");
    contribution.putNull("actual");
    ObjectNode condition = plan.putArray("nationalConditions").addObject();
    condition.put("condition", "c");
    condition.putNull("status");
    condition.putNull("answer");
    condition.putNull("expectedDate");
    assertAccepted(plan);
  }

  @Test
  void anUnknownTopLevelFieldFails() throws IOException {
    ObjectNode plan = example();
    plan.put("colour", "blue");
    assertRejected(plan, "", "additionalProperties");
  }

  @Test
  void aNegativeContributionFails() throws IOException {
    ObjectNode plan = example();
    ((ObjectNode) plan.withArray("contributions").get(0)).put("actual", -1);
    assertRejected(plan, "/contributions/0/actual", "minimum");
  }

  @Test
  void aYearWrittenWithASlashFails() throws IOException {
    ObjectNode plan = example();
    ((ObjectNode) plan.withArray("schemes").get(0))
        .putObject("spend")
        .putObject("2015/16")
        .put("total", 1000);
    assertRejected(plan, "/schemes/0/spend", "propertyNames");
  }

  @Test
  void anAmountWithMoreThanTwoDecimalPlacesFails() throws IOException {
    ObjectNode plan = minimal();
    addContribution(plan).put("actual", new BigDecimal("1000.005"));
    assertRejected(plan, "/contributions/0/actual", "multipleOf");
  }

  @Test
  void anAmountInPoundsAndPenceValidates() throws IOException {
    ObjectNode plan = minimal();
    addContribution(plan)
        .put("minimum", new BigDecimal("440920.07"))
        .put("actual", new BigDecimal("8300584.10"));
    assertAccepted(plan);
  }

  @Test
  void anImpossibleDateFails() throws IOException {
    ObjectNode plan = minimal();
    plan.putArray("dates").addObject().put("event", "submitted").put("date", "2014-02-30");
    assertRejected(plan, "/dates/0/date", "format");
  }

  @Test
  void aMissingRequiredFieldFails() throws IOException {
    ObjectNode plan = minimal();
    plan.putArray("schemes").addObject().put("id", "scheme-1");
    assertRejected(plan, "/schemes/0", "required");
  }

  @Test
  void aPeriodInAnotherFormFails() throws IOException {
    ObjectNode plan = minimal();
    plan.putArray("metrics")
        .addObject()
        .put("metric", "m")
        .putObject("baseline")
        .put("period", "2017 Q2");
    assertRejected(plan, "/metrics/0/baseline/period", "pattern");
  }

  @Test
  void eachFormOfPeriodValidates() throws IOException {
    ObjectNode plan = minimal();
    ObjectNode metric = plan.putArray("metrics").addObject().put("metric", "m");
    for (String period : List.of("2017-18", "2017-07", "2017-18 Q2", "2013-04..2013-12")) {
      metric.withArray("targets").addObject().put("period", period).put("value", 1);
    }
    assertAccepted(plan);
  }

  private static ObjectNode minimal() throws IOException {
    return (ObjectNode) JSON.readTree(MINIMAL);
  }

  private static ObjectNode example() throws IOException {
    return (ObjectNode) JSON.readTree(EXAMPLES.resolve("warwickshire-2017-19.json").toFile());
  }

  private static ObjectNode addContribution(ObjectNode plan) {
    return plan.putArray("contributions")
        .addObject()
        .put("organisation", "o")
        .put("year", "2017-18");
  }

  /** The schema accepts the document, and so does the reader. */
  private static void assertAccepted(JsonNode plan) throws IOException {
    Set<ValidationMessage> errors = schema.validate(plan);
    assertTrue(errors.isEmpty(), () -> "the schema refuses it:\n" + describe(errors));
    String text = JSON.writeValueAsString(plan);
    assertDoesNotThrow(() -> new PlanDocumentReader().read(text), "the reader refuses it");
  }

  /**
   * The schema refuses the document with a {@code keyword} error at {@code where} (a JSON pointer),
   * and the reader refuses it too.
   */
  private static void assertRejected(JsonNode plan, String where, String keyword)
      throws IOException {
    Set<ValidationMessage> errors = schema.validate(plan);
    assertFalse(errors.isEmpty(), "the schema accepts it");
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.getInstanceLocation().toString().equals(where)
                        && e.getType().equals(keyword)),
        () -> "no " + keyword + " error at '" + where + "':\n" + describe(errors));
    String text = JSON.writeValueAsString(plan);
    assertThrows(
        PlanDocumentException.class,
        () -> new PlanDocumentReader().read(text),
        "the schema refuses it but the reader accepts it");
  }

  private static String describe(Set<ValidationMessage> errors) {
    return errors.stream()
        .map(e -> "  " + e.getType() + " " + e)
        .sorted()
        .collect(Collectors.joining("\n"));
  }
}
