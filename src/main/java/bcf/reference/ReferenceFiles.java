package bcf.reference;

import bcf.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * England's HWBs and ICBs read from the published lists the migration loads ({@code
 * reference/hwbs.csv}, {@code reference/icbs.csv} on the classpath), for what needs them without a
 * database ({@code bcf new}): the same entries {@link HwbDirectory} gives, the five seed HWBs under
 * their short ids and names as the migrations alias them and each HWB in the NHS England region of
 * its ONS region. {@code ReferenceFilesIT} holds the two to the same answers.
 */
public final class ReferenceFiles {

  /** The seed plans' HWBs: their short ids and names, as migrations V2 and V7 give them. */
  private record Alias(String id, String name) {}

  private static final Map<String, Alias> SEED_ALIASES =
      Map.of(
          "E10000031", new Alias("warwickshire", "Warwickshire Health and Wellbeing Board"),
          "E08000026", new Alias("coventry", "Coventry Health & Wellbeing Board"),
          "E10000017", new Alias("lancashire", "Lancashire Health and Wellbeing Board"),
          "E06000059", new Alias("dorset", "Dorset Health and Wellbeing Board"),
          "E06000058",
              new Alias("bournemouth-poole", "Bournemouth and Poole Health and Wellbeing Board"));

  /** NHS England's regions join some ONS regions (as migration V7 does). */
  private static final Map<String, String> NHS_REGION =
      Map.of(
          "East Midlands", "Midlands",
          "West Midlands", "Midlands",
          "North East", "North East and Yorkshire",
          "Yorkshire and The Humber", "North East and Yorkshire");

  private final List<HwbDirectory.HwbEntry> hwbs;
  private final List<HwbDirectory.IcbEntry> icbs;

  private ReferenceFiles(List<HwbDirectory.HwbEntry> hwbs, List<HwbDirectory.IcbEntry> icbs) {
    this.hwbs = hwbs;
    this.icbs = icbs;
  }

  /** Reads both lists from the classpath. */
  public static ReferenceFiles load() {
    List<HwbDirectory.HwbEntry> hwbs = new ArrayList<>();
    for (CsvTable.Row row : table("hwbs.csv").rows()) {
      String code = row.text("ons_code");
      String onsRegion = row.text("ons_region");
      Alias alias = SEED_ALIASES.getOrDefault(code, new Alias(code, row.text("name")));
      hwbs.add(
          new HwbDirectory.HwbEntry(
              code,
              alias.id(),
              alias.name(),
              NHS_REGION.getOrDefault(onsRegion, onsRegion),
              onsRegion));
    }
    hwbs.sort(Comparator.comparing(HwbDirectory.HwbEntry::name));
    List<HwbDirectory.IcbEntry> icbs =
        table("icbs.csv").rows().stream()
            .map(
                r ->
                    new HwbDirectory.IcbEntry(
                        r.text("ods_code"), r.text("name"), r.text("nhs_region")))
            .sorted(Comparator.comparing(HwbDirectory.IcbEntry::name))
            .toList();
    return new ReferenceFiles(List.copyOf(hwbs), icbs);
  }

  /** England's HWBs, by name. */
  public List<HwbDirectory.HwbEntry> hwbs() {
    return hwbs;
  }

  /** The HWB with this ONS code or id (case does not matter), as {@link HwbDirectory#hwb}. */
  public Optional<HwbDirectory.HwbEntry> hwb(String codeOrId) {
    if (codeOrId == null) {
      return Optional.empty();
    }
    String wanted = codeOrId.strip().toLowerCase(Locale.ROOT);
    return hwbs.stream()
        .filter(
            h ->
                h.id().toLowerCase(Locale.ROOT).equals(wanted)
                    || h.code().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** England's integrated care boards, by name. */
  public List<HwbDirectory.IcbEntry> icbs() {
    return icbs;
  }

  private static CsvTable table(String name) {
    try (InputStream in = ReferenceFiles.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("reference/" + name + " is missing from the classpath");
      }
      // The source line(s) at the top start with '#'; the header follows.
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.startsWith("#"))
              .collect(Collectors.joining("\n"));
      return CsvTable.parse(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
