package bcf.planning.web;

import bcf.finance.FigureWords;
import bcf.plan.ContingencyLine;
import bcf.plan.PlanDate;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The names a plan document and its round give the codes and ids it holds: organisations, HWBs and
 * schemes by the document's names, funding streams, national conditions and metrics by the round's,
 * dates by what happened. One place for the history, the differences between versions, conflicts
 * and where a finding is ({@link ChangeWords}, {@link FindingPlace}).
 */
final class DocumentNames implements ChangeWords.RowNames, FigureWords.Names {

  private static final int LONGEST_NAME = 60;

  private final Round round;
  private final Map<String, String> organisations = new HashMap<>();
  private final Map<String, String> hwbs = new HashMap<>();
  private final Map<String, String> schemes = new HashMap<>();

  private DocumentNames(Round round, JsonNode... documents) {
    this.round = round;
    for (JsonNode document : documents) {
      if (document != null) {
        read(document, "organisations", organisations);
        read(document, "hwbs", hwbs);
        read(document, "schemes", schemes);
      }
    }
  }

  /**
   * The names of the documents (the later one's first where both name an id); {@code round} may be
   * null where the round is not known, when its codes stay unnamed.
   */
  static DocumentNames of(Round round, JsonNode after, JsonNode before) {
    return new DocumentNames(round, before, after);
  }

  private static void read(JsonNode document, String list, Map<String, String> names) {
    JsonNode rows = document.get(list);
    if (rows == null || !rows.isArray()) {
      return;
    }
    for (JsonNode row : rows) {
      text(row, "id").ifPresent(id -> names.put(id, text(row, "name").orElse(id)));
    }
  }

  @Override
  public String organisation(String id) {
    return organisations.getOrDefault(id, id);
  }

  @Override
  public String hwb(String id) {
    return hwbs.getOrDefault(id, id);
  }

  @Override
  public String scheme(String id) {
    return schemes.getOrDefault(id, id);
  }

  @Override
  public String stream(String code) {
    return round == null ? code : round.fundingStream(code).map(FundingStream::name).orElse(code);
  }

  /** An HWB id of the document, as a map's key ({@code populationShares}), by its name. */
  @Override
  public Optional<String> key(String key) {
    return Optional.ofNullable(hwbs.get(key));
  }

  @Override
  public Optional<String> value(String field, String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (field) {
          case "organisation", "host", "district", "onBehalfOf" ->
              organisations.containsKey(code) ? organisations.get(code) : hwbs.get(code);
          case "hwb" -> hwbs.get(code);
          case "stream", "source" ->
              round == null
                  ? null
                  : round.fundingStream(code).map(FundingStream::name).orElse(null);
          case "condition" ->
              round == null
                  ? null
                  : round.condition(code).map(ConditionDefinition::name).orElse(null);
          case "metric" ->
              round == null ? null : round.metric(code).map(MetricDefinition::name).orElse(null);
          case "event" -> capitalised(PlanDate.eventName(code));
          case "period" -> null;
          default -> null;
        });
  }

  @Override
  public Optional<String> name(String list, JsonNode row) {
    if (row == null) {
      return Optional.empty();
    }
    if (!row.isObject()) {
      // A list of ids: an organisation's or pool's HWBs.
      if (list.equals("hwbs") && row.isString()) {
        return Optional.of(hwb(row.asString()));
      }
      return Optional.empty();
    }
    return Optional.ofNullable(
            switch (list) {
              case "nationalConditions" -> condition(row);
              case "metrics" ->
                  text(row, "name")
                      .or(() -> text(row, "metric").flatMap(m -> value("metric", m)))
                      .orElse(null);
              case "contributions" ->
                  joined(
                      text(row, "organisation").map(this::organisation),
                      text(row, "stream").map(this::stream),
                      text(row, "year"));
              case "signOffs" ->
                  text(row, "onBehalfOfName")
                      .or(() -> text(row, "onBehalfOf").map(this::organisationOrHwb))
                      .or(() -> text(row, "position"))
                      .orElse(null);
              case "declared" ->
                  text(row, "label")
                      .map(label -> withYear(label, text(row, "year")))
                      .orElseGet(
                          () ->
                              joined(
                                  text(row, "figure").map(f -> FigureWords.of(f, this)),
                                  text(row, "year")));
              case "passThrough", "allocation" ->
                  joined(text(row, "district").map(this::organisation), text(row, "year"));
              case "contingency" ->
                  text(row, "period").map(ContingencyLine::periodName).orElse(null);
              case "schedule" -> text(row, "payment").orElse(null);
              case "byHwb" -> text(row, "hwb").map(this::hwb).orElse(null);
              case "dates" ->
                  text(row, "event").map(e -> capitalised(PlanDate.eventName(e))).orElse(null);
              case "targets", "actuals" ->
                  text(row, "periodLabel").or(() -> text(row, "period")).orElse(null);
              default -> null;
            })
        .map(DocumentNames::shortened);
  }

  private String organisationOrHwb(String id) {
    return organisations.containsKey(id) ? organisations.get(id) : hwb(id);
  }

  private String condition(JsonNode row) {
    Optional<String> code = text(row, "condition");
    if (code.isEmpty() || round == null) {
      return null;
    }
    return round
        .condition(code.get())
        .map(c -> c.name(text(row, "subItem").orElse(null)))
        .orElse(null);
  }

  /** A label with its year unless it says the year already ("2014/15" or "2014-15"). */
  private static String withYear(String label, Optional<String> year) {
    if (year.isEmpty()
        || label.contains(year.get())
        || label.contains(year.get().replace('-', '/'))) {
      return label;
    }
    return label + ", " + year.get();
  }

  @SafeVarargs
  private static String joined(Optional<String>... parts) {
    List<String> given = new ArrayList<>();
    for (Optional<String> part : parts) {
      part.ifPresent(given::add);
    }
    return given.isEmpty() ? null : String.join(", ", given);
  }

  static Optional<String> text(JsonNode row, String field) {
    JsonNode value = row == null ? null : row.get(field);
    if (value == null || !value.isValueNode() || value.asString("").isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.asString().strip());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String shortened(String name) {
    return name.length() > LONGEST_NAME
        ? name.substring(0, LONGEST_NAME - 3).strip() + "..."
        : name;
  }
}
