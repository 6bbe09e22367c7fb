package bcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonTest {

  @Test
  void numbers_are_read_as_exact_decimals() {
    JsonNode node = Json.read("{\"a\": 0.1, \"b\": 1.000000000000000001, \"c\": 1e400}");
    assertThat(node.get("a").decimalValue()).isEqualTo(new BigDecimal("0.1"));
    assertThat(node.get("b").decimalValue()).isEqualTo(new BigDecimal("1.000000000000000001"));
    assertThat(node.get("c").decimalValue()).isEqualTo(new BigDecimal("1e400"));
  }

  @Test
  void a_key_given_twice_is_refused() {
    assertThatThrownBy(() -> Json.read("{\"total\": 1, \"total\": 2}"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Duplicate Object property \"total\"");
  }

  @Test
  void text_after_the_document_is_refused() {
    assertThatThrownBy(() -> Json.read("{\"total\": 1} {\"total\": 2}"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Trailing token");
  }

  /** A bound type: an unknown field is refused, not dropped. */
  record Amount(BigDecimal pounds) {}

  @Test
  void an_unknown_field_of_a_bound_type_is_refused() {
    assertThat(Json.MAPPER.readValue("{\"pounds\": 0.10}", Amount.class).pounds())
        .isEqualTo(new BigDecimal("0.10"));
    assertThatThrownBy(() -> Json.MAPPER.readValue("{\"pounds\": 1, \"pence\": 2}", Amount.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("pence");
  }

  @Test
  void written_in_bcf_style_with_plain_decimals_and_a_final_newline() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("total", new BigDecimal("1.1760123400E+8"));
    node.putArray("none");
    node.putArray("years").add("2017-18").add("2018-19");
    assertThat(Json.write(node))
        .isEqualTo(
            "{\n"
                + "  \"total\": 117601234.00,\n"
                + "  \"none\": [],\n"
                + "  \"years\": [\n"
                + "    \"2017-18\",\n"
                + "    \"2018-19\"\n"
                + "  ]\n"
                + "}\n");
  }
}
