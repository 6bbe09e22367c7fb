package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** England's HWBs and ICBs, for anyone, from the database the migration loaded. */
class ReferenceApiIT extends AppTestSupport {

  @Test
  void every_hwb_of_england_is_listed_by_code_with_its_region() {
    ApiClient.Response response = anonymous().get("/api/v1/hwbs");
    assertThat(response.status()).isEqualTo(200);
    JsonNode hwbs = response.json();
    assertThat(hwbs.size()).isEqualTo(151);
    Map<String, JsonNode> byCode = new HashMap<>();
    Set<String> regions = new TreeSet<>();
    for (JsonNode hwb : hwbs) {
      byCode.put(hwb.get("code").asString(), hwb);
      regions.add(hwb.get("region").asString());
    }
    assertThat(byCode).hasSize(151);
    assertThat(regions).hasSize(7).contains("Midlands", "North East and Yorkshire", "London");
    assertThat(byCode.get("E06000001").get("name").asString()).isEqualTo("Hartlepool");
    assertThat(byCode.get("E06000001").get("id").asString()).isEqualTo("E06000001");
    // A seed plan's HWB keeps its short id, as an alias of its code.
    JsonNode warwickshire = byCode.get("E10000031");
    assertThat(warwickshire.get("id").asString()).isEqualTo("warwickshire");
    assertThat(warwickshire.get("region").asString()).isEqualTo("Midlands");
    assertThat(warwickshire.get("onsRegion").asString()).isEqualTo("West Midlands");
  }

  @Test
  void every_icb_is_listed() {
    JsonNode icbs = anonymous().get("/api/v1/icbs").json();
    assertThat(icbs.size()).isEqualTo(42);
    assertThat(icbs.get(0).has("code")).isTrue();
  }
}
