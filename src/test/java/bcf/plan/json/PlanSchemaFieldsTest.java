package bcf.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.json.Json;
import bcf.plan.json.PlanSchema.Choice;
import bcf.plan.json.PlanSchema.Field;
import bcf.plan.json.PlanSchema.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schema read as field descriptions, as the edit forms use it. */
class PlanSchemaFieldsTest {

  private final PlanSchema schema = PlanSchema.get();

  @Test
  void a_field_has_its_title_kind_and_whether_it_is_required() {
    assertThat(schema.field("/risks", "description"))
        .isEqualTo(new Field("Description", Type.TEXT, true, List.of()));
    assertThat(schema.field("/risks", "likelihood"))
        .isEqualTo(new Field("Likelihood", Type.WHOLE, false, List.of()));
    assertThat(schema.field("/risks", "reviewDate"))
        .isEqualTo(new Field("Review date", Type.DATE, false, List.of()));
    assertThat(schema.field("/contributions", "actual").type()).isEqualTo(Type.MONEY);
    assertThat(schema.field("/contributions", "year"))
        .isEqualTo(new Field("Year", Type.YEAR, true, List.of()));
    assertThat(schema.field("/hwbs", "id").required()).isTrue();
    assertThat(schema.field("/hwbs", "region").required()).isFalse();
  }

  @Test
  void titles_compose_along_a_path_through_objects_and_maps() {
    assertThat(schema.field("", "source/notes").title()).isEqualTo("Source notes");
    assertThat(schema.field("/metrics", "baseline/period"))
        .isEqualTo(new Field("Baseline period", Type.PERIOD, false, List.of()));
    assertThat(schema.field("/schemes", "spend/2017-18/nonRecurrent"))
        .isEqualTo(new Field("Spend 2017-18 non-recurrent", Type.MONEY, false, List.of()));
    assertThat(schema.field("/metrics/3/targets", "value").type()).isEqualTo(Type.DECIMAL);
  }

  @Test
  void fixed_choices_come_with_their_names() {
    assertThat(schema.field("", "statedIn"))
        .isEqualTo(
            new Field(
                "Figures stated in",
                Type.CHOICE,
                false,
                List.of(
                    new Choice("pounds", "Pounds"),
                    new Choice("thousands", "Thousands of pounds"),
                    new Choice("millions", "Millions of pounds"))));
    assertThat(schema.field("/nationalConditions", "status").choices())
        .extracting(Choice::title)
        .containsExactly("Met", "Not met");
  }

  @Test
  void a_field_the_document_cannot_hold_is_refused() {
    assertThatThrownBy(() -> schema.field("/risks", "severity"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field severity");
    assertThatThrownBy(() -> schema.field("/nowhere", "id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schema.field("/risks", "description/more"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every field has a title in words, so no form can show a field's code as its label. */
  @Test
  void every_property_of_the_schema_has_a_title() throws IOException {
    JsonNode root =
        Json.read(Files.readString(Path.of("src/main/resources/", PlanSchema.RESOURCE)));
    List<String> untitled = new ArrayList<>();
    untitled(root.path("properties"), "", untitled);
    for (Map.Entry<String, JsonNode> def : root.path("$defs").properties()) {
      untitled(def.getValue().path("properties"), "$defs/" + def.getKey(), untitled);
    }
    assertThat(untitled).isEmpty();
  }

  private static void untitled(JsonNode properties, String where, List<String> out) {
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      if (property.getValue().path("title").asString("").isBlank()) {
        out.add(where + "/" + property.getKey());
      }
    }
  }
}
