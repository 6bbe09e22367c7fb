package bcf.planning.web;

import bcf.planning.web.EditForm.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pages the finance part is edited on, each small enough to fit about three screens for the
 * largest seed plan: each owns the values below its pointers and saves only those. A finding at a
 * finance value links to the page that owns it.
 */
enum FinanceSection {
  POOLED_BUDGET("pooled-budget", "Pooled budget, host and risk shares", List.of("/pooledBudget")),
  DFG_PASS_THROUGH(
      "dfg-pass-through",
      "Disabled Facilities Grant passed through",
      List.of("/dfg/passThrough", "/dfg/carriedForward", "/dfg")),
  DFG_ALLOCATION(
      "dfg-allocation", "Disabled Facilities Grant allocation", List.of("/dfg/allocation")),
  IBCF("ibcf", "Improved Better Care Fund purposes", List.of("/ibcf")),
  OUT_OF_HOSPITAL("out-of-hospital", "Out-of-hospital spend", List.of("/outOfHospital")),
  SOCIAL_CARE("social-care", "Maintenance of social care", List.of("/socialCareMaintenance")),
  CONTINGENCY("contingency", "Contingency", List.of("/contingency")),
  PAYMENT_FOR_PERFORMANCE(
      "payment-for-performance",
      "Payment for performance and its schedule",
      List.of("/paymentForPerformance")),
  EXPLANATIONS("explanations", "Explanations of findings", List.of("/explanations"));

  private final String code;
  private final String title;
  private final List<String> pointers;

  FinanceSection(String code, String title, List<String> pointers) {
    this.code = code;
    this.title = title;
    this.pointers = pointers;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  /** The page of the section with this code in its address. */
  static Optional<FinanceSection> find(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /**
   * The page that edits the value at {@code pointer} ({@code /dfg/passThrough/0/amount}); none for
   * a value no page edits (the declared figures).
   */
  static Optional<FinanceSection> of(String pointer) {
    // the most specific pointer wins: /dfg/allocation before /dfg
    FinanceSection best = null;
    int longest = -1;
    for (FinanceSection section : values()) {
      for (String owned : section.pointers) {
        if ((pointer.equals(owned) || pointer.startsWith(owned + "/"))
            && owned.length() > longest) {
          best = section;
          longest = owned.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether this page edits the value at {@code pointer}. */
  boolean owns(String pointer) {
    return of(pointer).orElse(null) == this;
  }

  /**
   * Whether a change at {@code pointer} touches this page's values: one of them, or an object
   * holding them (the whole {@code /dfg} added at once).
   */
  boolean touches(String pointer) {
    return owns(pointer)
        || pointer.isEmpty()
        || pointers.stream().anyMatch(p -> p.startsWith(pointer + "/"));
  }

  /** The sections of the finance form this page shows. */
  List<Section> sectionsOf(List<Section> finance) {
    return finance.stream().filter(s -> owns(pointer(s))).toList();
  }

  /** Where a form section's values are: its rows, or its first single value. */
  private static String pointer(Section section) {
    if (section.rows()) {
      return section.pointer();
    }
    return section.columns().isEmpty() ? "" : "/" + section.columns().get(0).suffix();
  }
}
