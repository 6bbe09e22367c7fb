package bcf.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.progress.json.ProgressDocumentException;
import bcf.progress.json.ProgressJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema (src/main/resources/schema/progress.schema.json) describes the document as {@link
 * ProgressJson} reads it: the seed passes both; documents the reader refuses fail the schema too.
 */
class ProgressSchemaTest {

  static final Path SEED = Path.of("examples", "progress", "warwickshire-2017-19.json");
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(SchemaLocation.of("classpath:schema/progress.schema.json"));

  @Test
  void theSeedMatchesTheSchema() throws Exception {
    assertThat(SCHEMA.validate(JSON.readTree(SEED.toFile()))).isEmpty();
  }

  @Test
  void whatTheReaderRefusesTheSchemaRefuses() throws Exception {
    String seed = Files.readString(SEED);
    for (String broken :
        new String[] {
          seed.replace("\"rag\": \"red\"", "\"rag\": \"purple\""),
          seed.replace("\"year\": \"2016-17\"", "\"year\": \"2016/17\""),
          seed.replace("\"done\": \"2017-06-01\"", "\"done\": \"1 June 2017\""),
          seed.replace("\"trend\": \"up\"", "\"trend\": \"up\", \"graph\": \"x\""),
          seed.replace("\"weeklyVolume\": 974", "\"weeklyVolume\": \"974\"")
        }) {
      assertThat(broken).isNotEqualTo(seed);
      assertThat(SCHEMA.validate(JSON.readTree(broken))).as(broken.substring(0, 40)).isNotEmpty();
      assertThatThrownBy(() -> ProgressJson.read(broken.getBytes()))
          .isInstanceOf(ProgressDocumentException.class);
    }
  }
}
