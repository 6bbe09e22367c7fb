package bcf.planning;

import bcf.kernel.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan that cannot be started as asked: an unknown round or HWB, an ICB bcf does not know, or a
 * plan to carry forward that the caller cannot see. Names the field and says what is known.
 */
public final class StartRefused extends Refusal {

  private final String field;
  private final List<String> known;

  private StartRefused(String rule, String field, String message, List<String> known) {
    this(Kind.UNUSABLE, rule, field, message, known);
  }

  private StartRefused(Kind kind, String rule, String field, String message, List<String> known) {
    super(kind, rule, message);
    this.field = field;
    this.known = known;
  }

  /** The request's field at fault: {@code round}, {@code hwbs}, {@code icbs} or {@code from}. */
  public String field() {
    return field;
  }

  static StartRefused noRound(List<String> rounds) {
    return new StartRefused(
        "unknown-round",
        "round",
        "round: say which round the plan is for (known: " + String.join(", ", rounds) + ").",
        rounds);
  }

  static StartRefused unknownRound(String round, List<String> rounds) {
    return new StartRefused(
        "unknown-round",
        "round",
        "round: there is no round '" + round + "' (known: " + String.join(", ", rounds) + ").",
        rounds);
  }

  static StartRefused noHwb() {
    return new StartRefused(
        "unknown-hwb",
        "hwbs",
        "hwbs: name at least one HWB by its ONS code (the list: GET /api/v1/hwbs).",
        List.of());
  }

  static StartRefused unknownHwb(String code) {
    return new StartRefused(
        "unknown-hwb",
        "hwbs",
        "hwbs: '"
            + code
            + "' is not the ONS code of an English Health and Wellbeing Board (the list:"
            + " GET /api/v1/hwbs).",
        List.of());
  }

  static StartRefused repeatedHwb(String name) {
    return new StartRefused(
        "repeated-hwb", "hwbs", "hwbs: " + name + " is named twice.", List.of());
  }

  static StartRefused unknownIcb(String code) {
    return new StartRefused(
        "unknown-icb",
        "icbs",
        "icbs: '"
            + code
            + "' is not the ODS code of an English integrated care board (the list:"
            + " GET /api/v1/icbs).",
        List.of());
  }

  static StartRefused unknownFrom(String from) {
    return new StartRefused(
        "unknown-plan-to-carry-forward",
        "from",
        "from: there is no plan '" + from + "' that you can see to carry forward.",
        List.of());
  }

  static StartRefused fromOtherHwbs(String from) {
    return new StartRefused(
        "plan-to-carry-forward-of-other-hwbs",
        "from",
        "from: plan '"
            + from
            + "' is not a plan of any of the HWBs named; carry forward one of their own plans.",
        List.of());
  }

  /** The HWB has a plan for the round already (said only to those who may see that plan). */
  static StartRefused planExists(String hwbName, String round, String title) {
    return new StartRefused(
        Kind.CONFLICT,
        "plan-exists",
        "hwbs",
        hwbName
            + " already has a plan for "
            + round
            + " (\""
            + title
            + "\"); change that plan rather than start another.",
        List.of());
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", field);
    if (!known.isEmpty()) {
      details.put("known", known);
    }
    return details;
  }
}
