package bcf.planning.web;

import bcf.plan.Plan;
import bcf.plan.json.DocumentPaths;
import bcf.round.Round;
import tools.jackson.databind.JsonNode;

/**
 * Where a finding is, in words ("Scheme 'Home first': source of funding"), for the pages; the API
 * keeps the path ({@code schemes[0].source}). The words are {@link ChangeWords}' (the same thing
 * and field a change names), rows whose own fields hold codes named by {@link DocumentNames}: a
 * national condition or metric by the round's name for it, a contribution by its organisation,
 * funding stream and year, a sign-off by whom it is for, a declared figure by what it is.
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
            DocumentPaths.toPointer(where),
            null,
            null,
            document,
            document,
            DocumentNames.of(round, document, null))
        .what();
  }
}
