package bcf.planning.web;

import bcf.finance.FigureWords;
import bcf.plan.Plan;
import bcf.plan.json.DocumentPaths;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where a finding is, in words ("Scheme 'Home first': source of funding"), for the pages; the API
 * keeps the path ({@code schemes[0].source}). The words are {@link ChangeWords}' (the same thing
 * and field a change names); this class only names the rows whose own fields hold codes: a national
 * condition or metric by the round's name for it, a contribution by its organisation, funding
 * stream and year, a sign-off by whom it is for, a declared figure by what it is.
 */
public final class FindingPlace {

  private FindingPlace() {}

  /**
   * The place of a finding in words.
   *
   * @param where the finding's path ({@code schemes[3].spend.2015-16}); null or empty for the plan
   *     as a whole
   * @param document the plan as the JSON document the path points into
   */
  public static String of(String where, Plan plan, Round round, JsonNode document) {
    if (where == null || where.isEmpty()) {
      return "The plan as a whole";
    }
    return ChangeWords.of(
            DocumentPaths.toPointer(where), null, null, document, document, names(plan, round))
        .what();
  }

  private static ChangeWords.RowNames names(Plan plan, Round round) {
    return (list, row) -> {
      if (row == null || !row.isObject()) {
        return Optional.empty();
      }
      return Optional.ofNullable(
              switch (list) {
                case "nationalConditions" -> condition(row, round);
                case "metrics" ->
                    text(row, "name")
                        .or(
                            () ->
                                text(row, "metric")
                                    .flatMap(round::metric)
                                    .map(MetricDefinition::name))
                        .orElse(null);
                case "contributions" ->
                    joined(
                        text(row, "organisation").map(plan::organisationName),
                        text(row, "stream").map(s -> stream(s, round)),
                        text(row, "year"));
                case "signOffs" ->
                    text(row, "onBehalfOfName")
                        .or(() -> text(row, "onBehalfOf").map(plan::organisationName))
                        .or(() -> text(row, "position"))
                        .orElse(null);
                case "declared" ->
                    text(row, "label")
                        .map(label -> withYear(label, text(row, "year")))
                        .orElseGet(
                            () ->
                                joined(
                                    text(row, "figure").map(f -> figure(f, plan, round)),
                                    text(row, "year")));

                case "passThrough", "allocation" ->
                    joined(text(row, "district").map(plan::organisationName), text(row, "year"));
                case "contingency" -> text(row, "period").orElse(null);
                case "byHwb" -> text(row, "hwb").map(h -> hwb(h, plan)).orElse(null);
                default -> null;
              })
          .map(FindingPlace::shortened);
    };
  }

  private static String condition(JsonNode row, Round round) {
    Optional<ConditionDefinition> definition = text(row, "condition").flatMap(round::condition);
    if (definition.isEmpty()) {
      return text(row, "condition").orElse(null);
    }
    return definition.get().name(text(row, "subItem").orElse(null));
  }

  private static String stream(String code, Round round) {
    return round.fundingStream(code).map(FundingStream::name).orElse(code);
  }

  private static String hwb(String id, Plan plan) {
    return plan.hwb(id).map(h -> h.name()).orElse(id);
  }

  /** A declared figure's key in words: "spend on Integrated Care". */
  static String figure(String key, Plan plan, Round round) {
    return FigureWords.of(key, plan, round);
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

  private static Optional<String> text(JsonNode row, String field) {
    JsonNode value = row.get(field);
    if (value == null || !value.isValueNode() || value.asString("").isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.asString().strip());
  }

  private static final int LONGEST_NAME = 60;

  private static String shortened(String name) {
    return name.length() > LONGEST_NAME
        ? name.substring(0, LONGEST_NAME - 3).strip() + "..."
        : name;
  }
}
