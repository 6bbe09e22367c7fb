package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.UserAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Two people editing the same plan: optimistic locking per part, never a blend. */
class ConcurrentEditsIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2014-16";
  private static final AtomicInteger USERS = new AtomicInteger();

  @Autowired private UserAccounts accounts;

  private String secondEditor() {
    String name = "ed2.warwickshire." + USERS.incrementAndGet() + "." + System.nanoTime() % 100000;
    accounts.add(name, name, PASSWORD, Set.of(Role.EDITOR), Set.of(Scope.hwb("warwickshire")));
    return name;
  }

  private static String withActual(JsonNode part, long actual) {
    ObjectNode copy = (ObjectNode) part.deepCopy();
    ((ObjectNode) copy.get("contributions").get(0)).put("actual", actual);
    return copy.toString();
  }

  private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoEditorsSaveTheSamePartOneWinsTheOtherSeesTheConflict() throws Exception {
    String id = copyOfSeed(SEED);
    String second = secondEditor();
    String path = "/api/v1/plans/" + id + "/parts/contributions";
    ApiClient.Response mine = api(EDITOR).get(path);
    ApiClient.Response theirs = api(second).get(path);
    assertThat(mine.header("ETag")).isEqualTo("\"1\"");
    assertThat(theirs.header("ETag")).isEqualTo("\"1\"");
    long original = mine.json().get("contributions").get(0).get("actual").asLong();
    String[] users = {EDITOR, second};
    long[] values = {original + 111, original + 222};
    List<ApiClient.Response> results =
        atOnce(
            List.of(
                () -> api(users[0]).put(path, withActual(mine.json(), values[0]), "\"1\""),
                () -> api(users[1]).put(path, withActual(theirs.json(), values[1]), "\"1\"")));
    List<Integer> statuses = results.stream().map(ApiClient.Response::status).sorted().toList();
    assertThat(statuses).as(results.toString()).containsExactly(200, 409);
    int winner = results.get(0).status() == 200 ? 0 : 1;
    ApiClient.Response conflict = results.get(1 - winner);
    JsonNode problem = conflict.json();
    assertThat(conflict.header("Content-Type")).contains("json");
    assertThat(problem.get("status").asInt()).isEqualTo(409);
    assertThat(problem.get("rule").asString()).isEqualTo("edit-conflict");
    assertThat(problem.get("part").asString()).isEqualTo("contributions");
    JsonNode changes = problem.get("changes");
    assertThat(changes.isArray()).isTrue();
    JsonNode change = null;
    for (JsonNode c : changes) {
      if (c.get("path").asString().contains("contributions")
          && c.get("path").asString().contains("actual")) {
        change = c;
      }
    }
    assertThat(change).as("the conflicting change in " + changes).isNotNull();
    assertThat(change.get("oldValue").asLong()).isEqualTo(original);
    assertThat(change.get("newValue").asLong()).isEqualTo(values[winner]);
    assertThat(change.get("changedBy").asString()).isEqualTo(users[winner]);
    // The stored plan has the winner's value, not a blend.
    JsonNode stored = api(EDITOR).get(path).json();
    assertThat(stored.get("contributions").get(0).get("actual").asLong()).isEqualTo(values[winner]);
    assertThat(api(EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").asInt())
        .isEqualTo(2);
  }

  @Test
  void manyEditorsSavingTheSameBaseVersionAtOnceExactlyOneSucceeds() throws Exception {
    String id = copyOfSeed(SEED);
    String path = "/api/v1/plans/" + id + "/parts/contributions";
    JsonNode part = api(EDITOR).get(path).json();
    long original = part.get("contributions").get(0).get("actual").asLong();
    int n = 8;
    List<Callable<ApiClient.Response>> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long value = original + 1000 + i;
      tasks.add(() -> api(EDITOR).put(path, withActual(part, value), "\"1\""));
    }
    List<ApiClient.Response> results = atOnce(tasks);
    long ok = results.stream().filter(r -> r.status() == 200).count();
    long conflicts = results.stream().filter(r -> r.status() == 409).count();
    assertThat(ok).as(results.toString()).isEqualTo(1);
    assertThat(conflicts).as(results.toString()).isEqualTo(n - 1);
    ApiClient.Response winner =
        results.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
    assertThat(winner.json().get("version").asInt()).isEqualTo(2);
    JsonNode plan = api(EDITOR).get("/api/v1/plans/" + id).json();
    assertThat(plan.get("currentVersion").asInt()).isEqualTo(2);
  }

  @Test
  void savingAnotherPartFromAnOlderVersionKeepsTheFirstChange() {
    String id = copyOfSeed(SEED);
    String second = secondEditor();
    String contributions = "/api/v1/plans/" + id + "/parts/contributions";
    String risks = "/api/v1/plans/" + id + "/parts/risks";
    JsonNode risksPart = api(second).get(risks).json();
    JsonNode part = api(EDITOR).get(contributions).json();
    long changed = part.get("contributions").get(0).get("actual").asLong() + 5;
    assertThat(api(EDITOR).put(contributions, withActual(part, changed), "\"1\"").status())
        .isEqualTo(200);
    ObjectNode edited = (ObjectNode) risksPart.deepCopy();
    ((ObjectNode) edited.get("risks").get(0)).put("score", 9);
    ApiClient.Response saved = api(second).put(risks, edited.toString(), "\"1\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.header("ETag")).isEqualTo("\"3\"");
    assertThat(
            api(EDITOR)
                .get(contributions)
                .json()
                .get("contributions")
                .get(0)
                .get("actual")
                .asLong())
        .isEqualTo(changed);
    assertThat(api(EDITOR).get(risks).json().get("risks").get(0).get("score").asInt()).isEqualTo(9);
  }

  @Test
  void savingWithoutIfMatchIsRefusedWith428() {
    String id = copyOfSeed(SEED);
    String path = "/api/v1/plans/" + id + "/parts/contributions";
    JsonNode part = api(EDITOR).get(path).json();
    ApiClient.Response refused = api(EDITOR).put(path, withActual(part, 1), null);
    assertThat(refused.status()).isEqualTo(428);
    assertThat(refused.header("Content-Type")).contains("json");
    assertThat(refused.json().get("status").asInt()).isEqualTo(428);
    assertThat(refused.json().get("rule").asString()).isNotBlank();
    assertThat(refused.json().get("detail").asString()).isNotBlank();
    assertThat(api(EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").asInt())
        .isEqualTo(1);
  }
}
