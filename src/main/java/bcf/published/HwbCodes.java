package bcf.published;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which HWB a published area code belongs to: an HWB is named by the ONS code of its upper-tier
 * council, so a council's code is its HWB's; a council that shares an HWB with another (the Isles
 * of Scilly, in the Cornwall and Isles of Scilly HWB) is a {@link Part} of it, its figures added to
 * the HWB's. Any other code belongs to no HWB.
 */
public final class HwbCodes {

  /** An HWB: {@code id} is what plans and actuals name it by, {@code code} its ONS code. */
  public record Hwb(String id, String code, String name) {}

  /** A council whose figures belong to another council's HWB. */
  public record Part(String councilCode, String councilName, String hwbCode) {}

  /**
   * The councils published separately that share an HWB, as England's HWBs stood in 2022-23 (the
   * reference data's year).
   */
  public static final List<Part> SHARED =
      List.of(new Part("E06000053", "Isles of Scilly", "E06000052"));

  private final Map<String, Hwb> byCode;
  private final Map<String, Part> parts;

  public HwbCodes(List<Hwb> hwbs, List<Part> parts) {
    this.byCode =
        hwbs.stream()
            .collect(Collectors.toUnmodifiableMap(h -> key(h.code()), Function.identity()));
    this.parts =
        parts.stream()
            .collect(Collectors.toUnmodifiableMap(p -> key(p.councilCode()), Function.identity()));
  }

  /** The HWB whose council has this code, or whose part it is. */
  public Optional<Hwb> hwb(String code) {
    Hwb direct = byCode.get(key(code));
    if (direct != null) {
      return Optional.of(direct);
    }
    return part(code).map(p -> byCode.get(key(p.hwbCode())));
  }

  /** The council as a part of another's HWB, when it is one. */
  public Optional<Part> part(String code) {
    return Optional.ofNullable(parts.get(key(code)));
  }

  private static String key(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }
}
