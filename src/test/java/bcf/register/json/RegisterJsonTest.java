package bcf.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.register.model.Register;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading and writing the register document, and its JSON Schema agreeing with the reader. */
class RegisterJsonTest {

  private static final Path SEED = Path.of("examples", "registers", "warwickshire-2017-19.json");

  private static JsonSchema schema() {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:schema/register.schema.json"), config);
    schema.initializeValidators();
    return schema;
  }

  @Test
  void the_seed_and_what_bcf_writes_match_the_schema() throws Exception {
    JsonSchema schema = schema();
    ObjectMapper json = new ObjectMapper();
    String seed = Files.readString(SEED);
    assertThat(schema.validate(json.readTree(seed))).isEmpty();
    String written = RegisterJson.write(RegisterJson.read(seed));
    assertThat(schema.validate(json.readTree(written))).isEmpty();
  }

  @Test
  void an_escalation_that_leaves_decided_out_is_not_decided_and_the_schema_agrees()
      throws Exception {
    String escalated =
        "{\"id\":\"r\",\"plan\":\"p\",\"entries\":[{\"id\":\"a\",\"title\":\"A\","
            + "\"status\":\"escalated\",\"escalation\":{\"by\":\"Ann\",\"to\":\"Board\","
            + "\"on\":\"2017-06-01\",\"reason\":\"Cost\"}}]}";
    assertThat(schema().validate(new ObjectMapper().readTree(escalated))).isEmpty();
    Register register = RegisterJson.read(escalated);
    assertThat(register.entries().get(0).escalation().decided()).isFalse();
    assertThat(RegisterJson.read(escalated.replace("\"Cost\"", "\"Cost\",\"decided\":true")))
        .satisfies(r -> assertThat(r.entries().get(0).escalation().decided()).isTrue());
  }

  @Test
  void the_schema_refuses_an_unknown_status_as_the_reader_does() throws Exception {
    String bad =
        "{\"id\":\"r\",\"plan\":\"p\",\"entries\":[{\"id\":\"a\",\"status\":\"pending\"}]}";
    assertThat(schema().validate(new ObjectMapper().readTree(bad))).isNotEmpty();
    assertThatThrownBy(() -> RegisterJson.read(bad))
        .isInstanceOfSatisfying(
            RegisterDocumentException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        "entries[0].status: 'pending' is not one of open, escalated, closed"));
  }

  @Test
  void a_likelihood_that_is_not_a_number_is_refused_at_its_place() {
    String bad =
        "{\"id\":\"r\",\"plan\":\"p\",\"reviews\":[{\"entry\":\"a\",\"rating\":{\"likelihood\":\"seven\"}}]}";
    assertThatThrownBy(() -> RegisterJson.read(bad))
        .isInstanceOfSatisfying(
            RegisterDocumentException.class,
            e -> assertThat(e.where()).isEqualTo("reviews[0].rating.likelihood"));
  }

  @Test
  void an_unknown_field_is_refused_with_the_fields_allowed() {
    String bad = "{\"id\":\"r\",\"plan\":\"p\",\"colour\":\"blue\"}";
    assertThatThrownBy(() -> RegisterJson.read(bad))
        .isInstanceOfSatisfying(
            RegisterDocumentException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        "colour: unknown field 'colour'; allowed here: arrangements, entries, id,"
                            + " plan, reviews, scale, source, title"));
  }

  @Test
  void text_that_is_not_json_is_refused_with_line_and_column() {
    assertThatThrownBy(() -> RegisterJson.read("{\"id\": "))
        .isInstanceOfSatisfying(
            RegisterDocumentException.class,
            e -> assertThat(e.describe()).startsWith("line 1, column"));
  }

  @Test
  void a_minimal_register_reads_with_the_default_scale_and_writes_back_the_same() {
    Register register = RegisterJson.read("{\"id\":\"r\",\"plan\":\"p\"}");
    assertThat(register.scale().likelihoodLevels()).isEqualTo(5);
    assertThat(RegisterJson.read(RegisterJson.write(register))).isEqualTo(register);
  }
}
