package bcf.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The migration that loads England's HWBs and ICBs says what the published lists say: every HWB of
 * the CSV (with its source line) under its ONS code, its name and the NHS England region of its ONS
 * region; every ICB. So the data files and the database cannot drift apart.
 */
class ReferenceDataTest {

  private static final Path MIGRATION =
      Path.of("src/main/resources/db/migration/V7__england_reference_data.sql");

  private static final Map<String, String> NHS_REGION =
      Map.of(
          "East Midlands", "Midlands",
          "West Midlands", "Midlands",
          "North East", "North East and Yorkshire",
          "Yorkshire and The Humber", "North East and Yorkshire");

  private static List<CSVRecord> read(String name) throws IOException {
    String text = Files.readString(Path.of("src/main/resources/reference", name));
    assertThat(text).startsWith("# Source: NHS England");
    return CSVFormat.DEFAULT
        .builder()
        .setCommentMarker('#')
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new java.io.StringReader(text))
        .getRecords();
  }

  private static String sql(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @Test
  void every_hwb_of_the_published_list_is_loaded_with_its_code_name_and_region()
      throws IOException {
    List<CSVRecord> hwbs = read("hwbs.csv");
    assertThat(hwbs).hasSize(151);
    String migration = Files.readString(MIGRATION);
    Set<String> regions = new TreeSet<>();
    for (CSVRecord hwb : hwbs) {
      String code = hwb.get("ons_code");
      String onsRegion = hwb.get("ons_region");
      String region = NHS_REGION.getOrDefault(onsRegion, onsRegion);
      regions.add(region);
      boolean inserted =
          migration.contains(
              "("
                  + sql(code)
                  + ", "
                  + sql(hwb.get("name"))
                  + ", "
                  + sql(region)
                  + ", "
                  + sql(code)
                  + ", "
                  + sql(onsRegion)
                  + ")");
      boolean aliased =
          migration.contains(
              "set ons_code = "
                  + sql(code)
                  + ", ons_region = "
                  + sql(onsRegion)
                  + ", region = "
                  + sql(region)
                  + " where id = ");
      assertThat(inserted ^ aliased).as(code + " loaded exactly once").isTrue();
    }
    assertThat(regions)
        .containsExactlyInAnyOrder(
            "East of England",
            "London",
            "Midlands",
            "North East and Yorkshire",
            "North West",
            "South East",
            "South West");
  }

  @Test
  void every_icb_is_loaded() throws IOException {
    List<CSVRecord> icbs = read("icbs.csv");
    assertThat(icbs).hasSize(42);
    String migration = Files.readString(MIGRATION);
    for (CSVRecord icb : icbs) {
      assertThat(migration)
          .contains(
              "("
                  + sql(icb.get("ods_code"))
                  + ", "
                  + sql(icb.get("name"))
                  + ", "
                  + sql(icb.get("nhs_region"))
                  + ")");
    }
    assertThat(icbs.stream().map(r -> r.get("nhs_region")).collect(Collectors.toSet())).hasSize(7);
  }
}
