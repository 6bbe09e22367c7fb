package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The return's JSON Schema describes the example return and refuses what the reader refuses. */
class ReturnSchemaTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(
              SchemaLocation.of("classpath:schema/return.schema.json"),
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private static ObjectNode dorset() throws IOException {
    return (ObjectNode)
        JSON.readTree(Path.of("examples", "returns", "dorset-2015-16-q2.json").toFile());
  }

  @Test
  void the_dorset_return_validates() throws IOException {
    assertThat(SCHEMA.validate(dorset())).isEmpty();
  }

  @Test
  void a_forecast_that_is_not_a_number_and_an_unknown_field_fail() throws IOException {
    ObjectNode ret = dorset();
    ((ObjectNode) ret.path("incomeAndExpenditure").path("expenditure").get(0))
        .put("forecastOutturn", "lots");
    ret.put("colour", "blue");
    assertThat(SCHEMA.validate(ret))
        .extracting(m -> m.getInstanceLocation().toString())
        .anyMatch(l -> l.contains("forecastOutturn"))
        .anyMatch(l -> l.isEmpty() || l.equals("$") || l.contains("colour"));
  }
}
