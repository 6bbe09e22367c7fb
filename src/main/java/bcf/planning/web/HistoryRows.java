package bcf.planning.web;

import bcf.document.Change;
import bcf.document.DocumentHistory;
import bcf.planning.PlanPart;
import bcf.workflow.Outcome;
import bcf.workflow.PlanStatus;
import bcf.workflow.WorkflowAction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Rows for the sign-off, history and diff pages: workflow codes turned into the labels people read,
 * times in UK time, and JSON values as short text.
 */
public final class HistoryRows {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private HistoryRows() {}

  /** A workflow transition as people read it. */
  public record TransitionRow(
      int version,
      String action,
      String actionLabel,
      String from,
      String to,
      String outcome,
      String actor,
      String at,
      String comment,
      String overrideReason) {}

  /** A sign-off, valid or invalidated. */
  public record SignOffRow(
      int version,
      String party,
      String partyName,
      String role,
      String signatoryName,
      String position,
      String signedBy,
      String signedAt,
      boolean valid,
      String invalidatedAt,
      Integer invalidatedByVersion,
      String onBehalfOf) {
    /** The signatory as the page says it: name, position and, when given, on whose behalf. */
    public String signatory() {
      return signatoryName
          + ", "
          + position
          + (onBehalfOf == null ? "" : ", on behalf of " + onBehalfOf);
    }
  }

  /** A version of the plan. */
  public record VersionRow(
      int version, String createdAt, String createdBy, String note, boolean submitted) {}

  /**
   * One changed value: what changed in words ({@code what}), the old and new values as people read
   * them; {@code path} is the pointer, for the API and for tests, never shown.
   */
  public record ChangeRow(
      int version,
      String changedAt,
      String changedBy,
      String path,
      String part,
      String what,
      String oldValue,
      String newValue) {}

  /** The document tree of each version, to name the rows and fields of changes. */
  interface Trees {
    JsonNode of(int version);

    /** The trees, each read once. */
    static Trees cached(java.util.function.IntFunction<JsonNode> read) {
      Map<Integer, JsonNode> trees = new java.util.HashMap<>();
      return version -> version < 1 ? null : trees.computeIfAbsent(version, v -> read.apply(v));
    }
  }

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** A JSON value as text: scalars as they are, objects and arrays compactly, absent as (none). */
  static String value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "(none)";
    }
    if (node.isValueNode()) {
      return node.asString();
    }
    return node.toString();
  }

  static String partLabel(String path) {
    return PlanPart.ofPath(path).map(PlanPart::label).orElse("Whole plan");
  }

  static TransitionRow transition(DocumentHistory.TransitionEntry t) {
    return new TransitionRow(
        t.version(),
        t.action(),
        label(t.action(), c -> WorkflowAction.of(c).label()),
        label(t.from(), c -> PlanStatus.of(c).label()),
        label(t.to(), c -> PlanStatus.of(c).label()),
        t.outcome() == null ? null : label(t.outcome(), c -> Outcome.of(c).label()),
        t.actor(),
        when(t.at()),
        t.comment(),
        t.overrideReason());
  }

  static List<TransitionRow> transitions(List<DocumentHistory.TransitionEntry> entries) {
    return entries.stream().map(HistoryRows::transition).toList();
  }

  /** The transitions, newest first, at most {@code limit}. */
  static List<TransitionRow> latest(List<DocumentHistory.TransitionEntry> entries, int limit) {
    List<TransitionRow> rows = new ArrayList<>(transitions(entries));
    java.util.Collections.reverse(rows);
    return rows.size() > limit ? rows.subList(0, limit) : rows;
  }

  static List<SignOffRow> signOffs(List<DocumentHistory.SignOffEntry> entries) {
    return entries.stream()
        .map(
            s ->
                new SignOffRow(
                    s.version(),
                    s.party(),
                    s.partyName(),
                    s.role(),
                    s.signatoryName(),
                    s.position(),
                    s.signedBy(),
                    when(s.signedAt()),
                    s.valid(),
                    when(s.invalidatedAt()),
                    s.invalidatedByVersion(),
                    s.onBehalfOf()))
        .toList();
  }

  static List<VersionRow> versions(List<DocumentHistory.VersionEntry> entries) {
    return entries.stream()
        .map(
            v ->
                new VersionRow(
                    v.version(), when(v.createdAt()), v.createdBy(), v.note(), v.submitted()))
        .toList();
  }

  static List<ChangeRow> changes(List<DocumentHistory.ChangeEntry> entries, Trees trees) {
    return changes(entries, trees, null);
  }

  /**
   * The changes in words, the round's codes (funding streams, conditions, metrics) by the round's
   * names; {@code round} null leaves them unnamed.
   */
  static List<ChangeRow> changes(
      List<DocumentHistory.ChangeEntry> entries, Trees trees, bcf.round.Round round) {
    return entries.stream()
        .map(
            c -> {
              ChangeWords.Words words =
                  ChangeWords.of(
                      c.path(),
                      c.oldValue(),
                      c.newValue(),
                      trees.of(c.version() - 1),
                      trees.of(c.version()),
                      DocumentNames.of(round, trees.of(c.version()), trees.of(c.version() - 1)));
              return new ChangeRow(
                  c.version(),
                  when(c.changedAt()),
                  c.changedBy(),
                  c.path(),
                  partLabel(c.path()),
                  words.what(),
                  words.oldValue(),
                  words.newValue());
            })
        .toList();
  }

  /** The changes between two versions, grouped by the part of the plan they belong to. */
  static Map<String, List<ChangeRow>> byPart(
      List<Change> changes, JsonNode before, JsonNode after) {
    return byPart(changes, before, after, null);
  }

  /** As {@link #byPart(List, JsonNode, JsonNode)}, the round's codes by the round's names. */
  static Map<String, List<ChangeRow>> byPart(
      List<Change> changes, JsonNode before, JsonNode after, bcf.round.Round round) {
    DocumentNames names = DocumentNames.of(round, after, before);
    Map<String, List<ChangeRow>> groups = new LinkedHashMap<>();
    for (PlanPart part : PlanPart.values()) {
      groups.put(part.label(), new ArrayList<>());
    }
    groups.put("Whole plan", new ArrayList<>());
    for (Change change : changes) {
      String part = partLabel(change.path());
      ChangeWords.Words words =
          ChangeWords.of(change.path(), change.oldValue(), change.newValue(), before, after, names);
      groups
          .get(part)
          .add(
              new ChangeRow(
                  0,
                  null,
                  null,
                  change.path(),
                  part,
                  words.what(),
                  words.oldValue(),
                  words.newValue()));
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  private static String label(String code, Function<String, String> labels) {
    if (code == null) {
      return "";
    }
    try {
      return labels.apply(code);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }
}
