package bcf.planning.web;

import bcf.plan.json.DocumentPaths;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Kind;
import bcf.planning.web.EditForm.Option;
import bcf.planning.web.EditForm.Section;
import bcf.planning.web.EditForm.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The view model of an edit page: sections of fields with their values and errors. */
public record EditPage(
    List<SectionView> sections, List<ErrorItem> errors, List<ConflictItem> conflict) {

  /** One input. */
  public record FieldView(
      String name,
      String id,
      String label,
      String kind,
      String value,
      String error,
      List<Option> options,
      boolean present) {

    public boolean hasError() {
      return error != null;
    }
  }

  /** One row of a section with rows. */
  public record RowView(
      String pointer,
      String id,
      int number,
      List<FieldView> fields,
      boolean removed,
      String heading) {

    public RowView(String pointer, String id, int number, List<FieldView> fields, boolean removed) {
      this(pointer, id, number, fields, removed, null);
    }

    /** Shown open: a row with an error, or a new one; others show their heading until opened. */
    public boolean open() {
      return heading == null || fields.stream().anyMatch(FieldView::hasError);
    }

    /** The field of this row at {@code suffix} ({@code spend/2017-18/total}), if it has one. */
    public FieldView field(String suffix) {
      return fields.stream()
          .filter(f -> f.name().equals(pointer + "/" + suffix))
          .findFirst()
          .orElse(null);
    }
  }

  /** A section: single fields, or rows; {@code addValue} is the value of its "Add a row" button. */
  public record SectionView(
      Section section, List<FieldView> fields, List<RowView> rows, String addValue) {

    public List<String> labels() {
      return section.columns().stream().map(Column::label).toList();
    }

    /**
     * The rows grouped by the choice at {@code suffix} (contributions by year), in the order of its
     * list, rows without a choice (just added) last.
     */
    public List<RowGroup> groupedBy(String suffix) {
      Map<String, List<RowView>> byValue = new LinkedHashMap<>();
      Map<String, String> labels = new LinkedHashMap<>();
      for (Column column : section.columns()) {
        if (column.suffix().equals(suffix)) {
          column.options().forEach(o -> labels.put(o.value(), o.label()));
        }
      }
      labels.keySet().forEach(v -> byValue.put(v, new ArrayList<>()));
      for (RowView row : rows) {
        FieldView field = row.field(suffix);
        String value = field == null || field.value() == null ? "" : field.value().strip();
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(row);
      }
      List<RowGroup> groups = new ArrayList<>();
      List<RowView> unchosen = byValue.remove("");
      byValue.forEach(
          (value, grouped) -> {
            if (!grouped.isEmpty()) {
              groups.add(new RowGroup(labels.getOrDefault(value, value), grouped));
            }
          });
      if (unchosen != null && !unchosen.isEmpty()) {
        groups.add(new RowGroup("Year not yet chosen", unchosen));
      }
      return groups;
    }
  }

  /** Rows that share a value, under its name. */
  public record RowGroup(String label, List<RowView> rows) {

    public boolean hasError() {
      return rows.stream().anyMatch(r -> r.fields().stream().anyMatch(FieldView::hasError));
    }
  }

  /** An entry of the error summary. */
  public record ErrorItem(String href, String text) {}

  /** One value someone else changed. */
  public record ConflictItem(
      String path,
      String what,
      String oldValue,
      String newValue,
      String changedBy,
      String changedAt) {}

  /**
   * The page for a document, with the values of a submission where it has them (null on first
   * view), and errors by pointer (those matching no field go at the end of the summary).
   */
  public static EditPage of(
      ObjectNode document,
      List<Section> sections,
      Submission submission,
      Map<String, String> errors,
      List<HistoryRows.ChangeRow> changes) {
    Submission sent = submission == null ? Submission.empty() : submission;
    Map<String, String> unmatched = new LinkedHashMap<>(errors);
    List<ErrorItem> summary = new ArrayList<>();
    long addable = sections.stream().filter(s -> s.rows() && s.addable()).count();
    List<SectionView> views = new ArrayList<>();
    for (Section section : sections) {
      if (!section.rows()) {
        List<FieldView> fields = new ArrayList<>();
        for (Column column : section.columns()) {
          String pointer = "/" + column.suffix();
          fields.add(
              field(
                  document,
                  pointer,
                  column,
                  pointer,
                  column.label(),
                  sent,
                  unmatched,
                  summary,
                  true));
        }
        views.add(new SectionView(section, fields, List.of(), null));
        continue;
      }
      JsonNode at = document.at(section.pointer());
      int stored = at.isArray() ? at.size() : 0;
      int count = sent.rows().getOrDefault(section.pointer(), stored + section.starters().size());
      List<RowView> rows = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String rowPointer = section.pointer() + "/" + i;
        // a starting row (a round's narrative section not yet written) shows its given values
        JsonNode row = i < stored ? at.get(i) : EditForm.starter(section, i - stored);
        String heading = row.path("title").asString(row.path("name").asString(""));
        String context =
            section.rowNoun()
                + " "
                + (heading.isBlank() ? String.valueOf(i + 1) : "'" + heading + "'")
                + ": ";
        List<FieldView> fields = new ArrayList<>();
        for (Column column : section.columns()) {
          String pointer = rowPointer + "/" + column.suffix();
          fields.add(
              field(
                  row,
                  "/" + column.suffix(),
                  column,
                  pointer,
                  context,
                  sent,
                  unmatched,
                  summary,
                  column.shownOn(row, sent.values(), rowPointer)));
        }
        if (heading.isBlank() && !fields.isEmpty() && i < stored) {
          heading = shown(fields.get(0));
        }
        rows.add(
            new RowView(
                rowPointer,
                DocumentPaths.fieldId(rowPointer),
                i + 1,
                fields,
                sent.removed().contains(rowPointer),
                heading.isBlank() ? null : heading));
      }
      String add =
          !section.addable() ? null : addable == 1 ? "add-row" : "add-row:" + section.pointer();
      views.add(new SectionView(section, List.of(), rows, add));
    }
    for (Map.Entry<String, String> error : unmatched.entrySet()) {
      String href =
          error.getKey().isEmpty() ? "#edit-form" : "#" + DocumentPaths.fieldId(error.getKey());
      String where = error.getKey().isEmpty() ? "" : error.getKey() + ": ";
      summary.add(new ErrorItem(href, where + error.getValue()));
    }
    List<ConflictItem> conflict = new ArrayList<>();
    if (changes != null) {
      for (HistoryRows.ChangeRow change : changes) {
        conflict.add(
            new ConflictItem(
                change.path(),
                change.what(),
                change.oldValue(),
                change.newValue(),
                change.changedBy(),
                change.changedAt()));
      }
    }
    return new EditPage(views, summary, conflict);
  }

  /** A field's value as words, at most a line: a choice by its name. */
  private static String shown(FieldView field) {
    String value = field.value() == null ? "" : field.value().strip();
    for (Option option : field.options()) {
      if (!value.isEmpty() && option.value().equals(value)) {
        value = option.label();
        break;
      }
    }
    value = value.replaceAll("\\s+", " ");
    return value.length() > 90 ? value.substring(0, 87).strip() + "..." : value;
  }

  private static FieldView field(
      JsonNode stored,
      String storedAt,
      Column column,
      String pointer,
      String context,
      Submission sent,
      Map<String, String> unmatched,
      List<ErrorItem> summary,
      boolean shown) {
    String id = DocumentPaths.fieldId(pointer);
    String value =
        sent.values().containsKey(pointer)
            ? sent.values().get(pointer)
            : EditForm.display(column, stored.at(storedAt));
    String error = unmatched.remove(pointer);
    if (error != null) {
      summary.add(
          new ErrorItem("#" + id, context.equals(column.label()) ? error : context + error));
    }
    List<Option> options = new ArrayList<>();
    boolean listed = column.kind() == Kind.WHOLE && !column.options().isEmpty();
    if (column.kind().select() || listed) {
      options.add(new Option("", column.required() ? "Choose" : "Not stated"));
      options.addAll(column.options());
      String typed = value == null ? "" : value.strip();
      if (!typed.isEmpty() && column.options().stream().noneMatch(o -> o.value().equals(typed))) {
        options.add(new Option(typed, typed));
      }
    }
    if (column.kind() == Kind.TEXT) {
      options.addAll(column.options()); // suggestions: a datalist, typing stays free
    }
    String kind =
        column.kind() == Kind.READ_ONLY
            ? "read-only"
            : listed ? Kind.CHOICE.code() : column.kind().code();
    // a field with an error is always shown, so the summary's link lands on it
    return new FieldView(
        pointer, id, column.label(), kind, value, error, options, shown || error != null);
  }
}
