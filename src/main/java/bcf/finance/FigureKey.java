package bcf.finance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The name of a summary figure: a kind ({@code income.total}, {@code expenditure.byTheme}, ...)
 * and, for a breakdown, the item it is for (a funding stream, an organisation, a theme, a scheme
 * id...). Written as text the way the summary document and a plan's {@code declared} figures spell
 * it: {@code income.total}, {@code income.bySource.ibcf}, {@code expenditure.byTheme.Care at Home}.
 * {@link #parse} and {@link #toString} are inverse, so documents keep their bytes.
 */
public record FigureKey(Kind kind, String item) {

  /** What a figure is. Kinds with {@code itemised} true are breakdowns and need an item. */
  public enum Kind {
    INCOME_TOTAL("income.total", false, true),
    INCOME_MINIMUM("income.minimum", false, true),
    INCOME_BY_SOURCE("income.bySource", true, true),
    INCOME_BY_ORGANISATION("income.byOrganisation", true, true),
    INCOME_BY_HWB("income.byHwb", true, true),
    INCOME_MINIMUM_BY_ORGANISATION("income.minimumByOrganisation", true, false),
    EXPENDITURE_TOTAL("expenditure.total", false, true),
    EXPENDITURE_RECURRENT("expenditure.recurrent", false, false),
    EXPENDITURE_NON_RECURRENT("expenditure.nonRecurrent", false, false),
    EXPENDITURE_BY_SCHEME("expenditure.byScheme", true, true),
    EXPENDITURE_BY_THEME("expenditure.byTheme", true, true),
    EXPENDITURE_BY_AREA_OF_SPEND("expenditure.byAreaOfSpend", true, true),
    EXPENDITURE_BY_SOURCE("expenditure.bySource", true, true),
    EXPENDITURE_BY_HWB("expenditure.byHwb", true, true),
    BENEFITS_TOTAL("benefits.total", false, false),
    DFG_PASS_THROUGH("dfg.passThrough", false, true),
    DFG_PASS_THROUGH_BY_DISTRICT("dfg.passThroughByDistrict", true, false),
    DFG_ALLOCATION("dfg.allocation", false, true),
    DFG_ALLOCATION_DFG("dfg.allocationDfg", false, false),
    DFG_ALLOCATION_OTHER("dfg.allocationOther", false, false),
    DFG_ALLOCATION_BY_DISTRICT("dfg.allocationByDistrict", true, false),
    DFG_CARRIED_FORWARD("dfg.carriedForward", false, false),
    IBCF_TOTAL("ibcf.total", false, true),
    IBCF_BY_PURPOSE("ibcf.byPurpose", true, false),
    OUT_OF_HOSPITAL_SPEND("outOfHospital.spend", false, true),
    OUT_OF_HOSPITAL_SPEND_BY_AREA("outOfHospital.spend", true, false),
    OUT_OF_HOSPITAL_RING_FENCE("outOfHospital.ringFence", false, true),
    PAYMENT_FOR_PERFORMANCE_MAXIMUM("paymentForPerformance.maximum", false, true),
    PAYMENT_FOR_PERFORMANCE_BY_HWB("paymentForPerformance.byHwb", true, true);

    private final String text;
    private final boolean itemised;
    private final boolean declarable;

    Kind(String text, boolean itemised, boolean declarable) {
      this.text = text;
      this.itemised = itemised;
      this.declarable = declarable;
    }

    /** The key's text: the whole key, or for a breakdown the part before {@code .item}. */
    public String text() {
      return text;
    }

    public boolean itemised() {
      return itemised;
    }

    /** Whether a plan may declare a figure of this kind (in its {@code declared} list). */
    public boolean declarable() {
      return declarable;
    }

    /** The key of this figure; for kinds without an item. */
    public FigureKey key() {
      return new FigureKey(this, null);
    }

    /** The key of this breakdown's figure for {@code item}. */
    public FigureKey key(String item) {
      return new FigureKey(this, item);
    }
  }

  /**
   * Longest text first, so that {@code dfg.allocationDfg} is not read as {@code dfg.allocation}.
   */
  private static final List<Kind> BY_TEXT =
      Arrays.stream(Kind.values())
          .sorted(Comparator.comparingInt((Kind k) -> k.text.length()).reversed())
          .toList();

  public FigureKey {
    Objects.requireNonNull(kind, "kind");
    if (kind.itemised != (item != null)) {
      throw new IllegalArgumentException(
          kind.itemised ? kind.text + " needs an item" : kind.text + " takes no item");
    }
  }

  /**
   * Reads a key as the summary document and plan documents write it; empty when the text names no
   * figure. A breakdown's item is everything after its kind and a dot.
   */
  public static Optional<FigureKey> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Kind kind : BY_TEXT) {
      if (!kind.itemised && text.equals(kind.text)) {
        return Optional.of(kind.key());
      }
    }
    for (Kind kind : BY_TEXT) {
      if (kind.itemised && text.startsWith(kind.text + ".")) {
        return Optional.of(kind.key(text.substring(kind.text.length() + 1)));
      }
    }
    return Optional.empty();
  }

  /** The item of a breakdown's figure, or empty for a total. */
  public Optional<String> itemName() {
    return Optional.ofNullable(item);
  }

  /** The key as text, as the summary document and plan documents spell it. */
  @Override
  public String toString() {
    return item == null ? kind.text : kind.text + "." + item;
  }
}
