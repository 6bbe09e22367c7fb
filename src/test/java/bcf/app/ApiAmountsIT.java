package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Amounts in API bodies: numbers no plan could hold get the plan file's answer (422 {@code
 * invalid-plan-document} pointing at the value) with nothing saved, never a 500; and amounts are
 * read as exact decimals, never through {@code double}.
 */
class ApiAmountsIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2014-16";

  /** Stands for the number in a body until it is written in as raw JSON text. */
  private static final String MARK = "@@number@@";

  /** The plan's part with the value at {@code pointer} written as {@code number}, verbatim. */
  private String partWith(String id, String part, String pointer, String number) {
    ApiClient.Response read = api(EDITOR).get("/api/v1/plans/" + id + "/parts/" + part);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    ObjectNode body = (ObjectNode) read.json();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = body.at(pointer.substring(0, slash));
    assertThat(parent.isObject()).as(pointer + " in " + part).isTrue();
    ((ObjectNode) parent).put(pointer.substring(slash + 1), MARK);
    return body.toString().replace("\"" + MARK + "\"", number);
  }

  private ApiClient.Response put(String id, String part, String body) {
    return api(EDITOR).put("/api/v1/plans/" + id + "/parts/" + part, body, "\"1\"");
  }

  /** 422 invalid-plan-document at the pointer, as JSON, and the plan still at version 1. */
  private JsonNode refusedAt(ApiClient.Response response, String pointer, String id) {
    String body = response.body();
    String what = response.status() + " " + body.substring(0, Math.min(body.length(), 400));
    assertThat(response.status()).as(what).isEqualTo(422);
    assertThat(response.header("Content-Type")).as(what).contains("json");
    assertThat(body).as(what).doesNotContain("Exception").doesNotContain("at bcf.");
    JsonNode problem = response.json();
    assertThat(problem.get("rule").asString()).as(what).isEqualTo("invalid-plan-document");
    assertThat(problem.get("pointer").asString()).as(what).isEqualTo(pointer);
    assertUnchanged(id);
    return problem;
  }

  private void assertUnchanged(String id) {
    ApiClient.Response plan = api(EDITOR).get("/api/v1/plans/" + id);
    assertThat(plan.json().get("currentVersion").asInt()).as("nothing saved").isEqualTo(1);
  }

  @Test
  void anAmountNoDoubleCanHoldIsRefusedAtItsPlaceInEveryPart() {
    String id = copyOfSeed(SEED);
    String[][] places = {
      {"contributions", "/contributions/0/actual"},
      {"contributions", "/contributions/1/minimum"},
      {"schemes", "/schemes/0/spend/2014-15/recurrent"},
      {"finance", "/declared/0/amount"},
    };
    for (String[] place : places) {
      for (String number : new String[] {"1e400", "-1e400", "1E+999999999"}) {
        JsonNode problem =
            refusedAt(put(id, place[0], partWith(id, place[0], place[1], number)), place[1], id);
        // Said briefly: never the number written out in full.
        assertThat(problem.get("detail").asString()).as(number).isNotBlank().hasSizeLessThan(600);
      }
    }
  }

  @Test
  void aNumberTooSmallForADoubleIsNotTakenForNothing() {
    String id = copyOfSeed(SEED);
    for (String number : new String[] {"1e-400", "1E-999999999"}) {
      String pointer = "/contributions/0/actual";
      JsonNode problem =
          refusedAt(
              put(id, "contributions", partWith(id, "contributions", pointer, number)),
              pointer,
              id);
      // Said briefly: never the number written out in full.
      assertThat(problem.get("detail").asString())
          .isEqualTo(
              "contributions[0].actual: "
                  + number.toUpperCase()
                  + " is far beyond any figure a plan could hold");
    }
  }

  @Test
  void amountsAreReadAsExactDecimals() {
    String id = copyOfSeed(SEED);
    String pointer = "/contributions/0/actual";
    // Through a double, 1.000000000000000001 is 1 and would be saved; exactly, it has pence and
    // more.
    JsonNode problem =
        refusedAt(
            put(
                id,
                "contributions",
                partWith(id, "contributions", pointer, "1.000000000000000001")),
            pointer,
            id);
    assertThat(problem.get("detail").asString())
        .contains("1.000000000000000001 has more than two decimal places");
    // Through a double, this would be 12345678901234568.
    problem =
        refusedAt(
            put(
                id,
                "contributions",
                partWith(id, "contributions", pointer, "12345678901234567.89")),
            pointer,
            id);
    assertThat(problem.get("detail").asString())
        .contains("12345678901234567.89 is larger than any BCF amount could be");

    // Allowed amounts are kept as written: pence, and the largest amount with pence.
    String body = partWith(id, "contributions", pointer, "0.1");
    ApiClient.Response saved = put(id, "contributions", body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    body =
        api(EDITOR)
            .get("/api/v1/plans/" + id + "/parts/contributions")
            .body()
            .replace("\"actual\":800000", "\"actual\":99999999999.99");
    assertThat(body).contains("99999999999.99");
    saved = api(EDITOR).put("/api/v1/plans/" + id + "/parts/contributions", body, "\"2\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonNode stored = storedDocument(id).get("contributions");
    assertThat(new BigDecimal(stored.get(0).get("actual").asString())).isEqualByComparingTo("0.1");
    assertThat(stored.get(1).get("actual").asString()).isEqualTo("99999999999.99");
  }

  @Test
  void minusZeroIsZeroAndNanIsNotANumber() {
    String id = copyOfSeed(SEED);
    String pointer = "/contributions/0/actual";
    JsonNode problem =
        refusedAt(
            put(id, "contributions", partWith(id, "contributions", pointer, "\"NaN\"")),
            pointer,
            id);
    assertThat(problem.get("detail").asString()).contains("expected a number");
    ApiClient.Response bare =
        put(id, "contributions", partWith(id, "contributions", pointer, "NaN"));
    assertThat(bare.status()).as(bare.body()).isEqualTo(400);
    assertThat(bare.json().get("rule").asString()).isEqualTo("unreadable-body");
    assertUnchanged(id);

    ApiClient.Response zero =
        put(id, "contributions", partWith(id, "contributions", pointer, "-0"));
    assertThat(zero.status()).as(zero.body()).isEqualTo(200);
    assertThat(storedDocument(id).get("contributions").get(0).get("actual").asString())
        .isEqualTo("0");
  }

  @Test
  void aWholePlanWithSuchAmountsIsRefusedTheSameWay() {
    for (String number :
        new String[] {"1e400", "1e-400", "1E+999999999", "1.000000000000000001", "\"NaN\""}) {
      String id = "amounts-" + System.nanoTime();
      ObjectNode document =
          (ObjectNode)
              new ApiClient.Response(200, seedAs(SEED, id, false), java.util.Map.of()).json();
      ((ObjectNode) document.get("contributions").get(0)).put("actual", MARK);
      String body = document.toString().replace("\"" + MARK + "\"", number);
      ApiClient.Response response = api(EDITOR).post("/api/v1/plans", body);
      String what = number + ": " + response.status() + " " + response.body();
      assertThat(response.status()).as(what).isEqualTo(422);
      assertThat(response.json().get("pointer").asString())
          .as(what)
          .isEqualTo("/contributions/0/actual");
      assertThat(api(ADMIN).get("/api/v1/plans/" + id).status()).as("not created").isEqualTo(404);
    }
  }

  /** The stored plan document, its numbers as written (canonical form). */
  private JsonNode storedDocument(String id) {
    String text = api(EDITOR).get("/api/v1/plans/" + id + "/document").body();
    return new ApiClient.Response(
            200, text.replaceAll("(\"actual\": )([-0-9.eE+]+)", "$1\"$2\""), java.util.Map.of())
        .json();
  }
}
