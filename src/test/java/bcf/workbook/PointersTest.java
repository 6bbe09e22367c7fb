package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.json.DocumentPaths;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Paths within a plan document: as findings write them, in words, and followed to set a value. */
class PointersTest {

  @Test
  void a_position_is_digits_only_and_no_longer_than_asked() {
    assertThat(DocumentPaths.isPosition("0", 6)).isTrue();
    assertThat(DocumentPaths.isPosition("123456", 6)).isTrue();
    assertThat(DocumentPaths.isPosition("1234567", 6)).isFalse();
    assertThat(DocumentPaths.isPosition("1234567", Integer.MAX_VALUE)).isTrue();
    assertThat(DocumentPaths.isPosition("", 6)).isFalse();
    assertThat(DocumentPaths.isPosition(null, 6)).isFalse();
    assertThat(DocumentPaths.isPosition("2017-18", 6)).isFalse();
    assertThat(DocumentPaths.isPosition("/", 6)).isFalse();
    assertThat(DocumentPaths.isPosition(":", 6)).isFalse();
    assertThat(DocumentPaths.isPosition("\u0663", 6)).as("an Arabic-Indic three").isFalse();
  }

  @Test
  void a_pointer_is_written_as_findings_write_places() {
    assertThat(Pointers.where("/schemes/3/spend/2017-18")).isEqualTo("schemes[3].spend.2017-18");
    assertThat(Pointers.where("/a~1b/0")).isEqualTo("a/b[0]");
    assertThat(Pointers.where("")).isEmpty();
  }

  @Test
  void a_pointer_in_words_counts_from_one_and_splits_names_at_capitals() {
    assertThat(Pointers.words("/metrics/0/targets/1/value"))
        .isEqualTo("Metrics 1, targets 2, value");
    assertThat(Pointers.words("/pooledBudget/riskShares/10"))
        .isEqualTo("Pooled budget, risk shares 11");
    assertThat(Pointers.words("/aBcD/ABC/x1Y")).isEqualTo("A bc d, abc, x1y");
    assertThat(Pointers.words("/0/name")).isEqualTo("0, name");
    assertThat(Pointers.words("")).isEqualTo("the plan");
  }

  @Test
  void setting_a_value_makes_lists_for_positions_and_groups_for_names() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    Pointers.set(root, "/schemes/1/spend/2017-18", JsonNodeFactory.instance.numberNode(5));
    assertThat(root.toString()).isEqualTo("{\"schemes\":[{},{\"spend\":{\"2017-18\":5}}]}");
    Pointers.set(root, "/codes/1234567/x", JsonNodeFactory.instance.stringNode("y"));
    assertThat(root.get("codes").isObject()).as("seven digits are a key, not a position").isTrue();
  }
}
