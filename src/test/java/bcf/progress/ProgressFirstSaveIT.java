package bcf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import bcf.progress.json.ProgressJson;
import bcf.progress.log.ProgressLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two first saves of a plan's progress log at once (its id is {@code {plan}-progress}, so both try
 * to create the same document): one is saved, the other is refused as a conflict in words, never a
 * 500, and nothing of it is half-saved.
 */
class ProgressFirstSaveIT extends AppTestSupport {

  static final String SEED = "warwickshire-2017-19";

  @Autowired private DataSource dataSource;

  private static String path(String plan) {
    return "/api/v1/plans/" + plan + "/progress";
  }

  @Test
  void aFirstSaveThatMeetsAnotherMidwayIsRefusedAsAConflictInWords() throws Exception {
    String plan = copyOfSeed(SEED);
    String id = plan + "-progress";
    try (Connection other = dataSource.getConnection()) {
      // The other first save, created but not yet committed when this one runs.
      other.setAutoCommit(false);
      Instant at = Instant.parse("2017-07-01T09:00:00Z");
      try (PreparedStatement header =
          other.prepareStatement(
              "insert into documents (id, kind, round, title, status, current_version,"
                  + " created_at, updated_at, plan_id) values (?, 'progress', '2017-19', 'Other',"
                  + " 'open', 1, ?, ?, ?)")) {
        header.setString(1, id);
        header.setTimestamp(2, Timestamp.from(at));
        header.setTimestamp(3, Timestamp.from(at));
        header.setString(4, plan);
        header.executeUpdate();
      }
      try (PreparedStatement version =
          other.prepareStatement(
              "insert into document_versions (document_id, version, content, created_at,"
                  + " created_by, note) values (?, 1, ?::jsonb, ?, 'other', 'Progress log started')")) {
        version.setString(1, id);
        version.setString(2, ProgressJson.write(ProgressLog.empty(id, plan, "Other")));
        version.setTimestamp(3, Timestamp.from(at));
        version.executeUpdate();
      }
      CompletableFuture<ApiClient.Response> mine =
          CompletableFuture.supplyAsync(
              () -> api(EDITOR).put(path(plan), ProgressApiIT.log(plan, ""), "\"0\""));
      awaitBlockedOnALock(mine);
      other.commit();
      ApiClient.Response refused = mine.get(60, TimeUnit.SECONDS);
      assertThat(refused.status()).as(refused.body()).isEqualTo(409);
      assertThat(refused.json().get("rule").asString()).isEqualTo("edit-conflict");
      assertThat(refused.json().get("detail").asString())
          .contains("Someone else started the progress log at the same time")
          .contains("Nothing was saved");
    }
    // The other save stands, alone: this one left nothing.
    ApiClient.Response stored = api(EDITOR).get(path(plan));
    assertThat(stored.header("ETag")).isEqualTo("\"1\"");
    assertThat(stored.json().get("title").asString()).isEqualTo("Other");
    assertThat(stored.json().get("themes")).isEmpty();
  }

  /** Waits, at most a minute, until a session of the database waits on a lock (the save). */
  private void awaitBlockedOnALock(Future<?> save) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection watcher = dataSource.getConnection();
        PreparedStatement waiting =
            watcher.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'insert into documents%'")) {
      while (System.nanoTime() < deadline) {
        assertThat(save.isDone()).as("the save finished before it met the other").isFalse();
        try (ResultSet rows = waiting.executeQuery()) {
          rows.next();
          if (rows.getInt(1) > 0) {
            return;
          }
        }
      }
    }
    throw new AssertionError("the save never waited for the other first save");
  }

  @Test
  void manyFirstSavesAtOnceOneIsSavedTheOthersAreConflictsNeverAServerError() throws Exception {
    String plan = copyOfSeed(SEED);
    int n = 6;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiClient.Response>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return api(EDITOR).put(path(plan), ProgressApiIT.log(plan, ""), "\"0\"");
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<ApiClient.Response> f : futures) {
        ApiClient.Response r = f.get(60, TimeUnit.SECONDS);
        statuses.add(r.status());
        if (r.status() != 200) {
          assertThat(r.json().get("rule").asString()).as(r.body()).isEqualTo("edit-conflict");
        }
      }
      assertThat(statuses).as(statuses.toString()).containsOnly(200, 409);
      assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(api(EDITOR).get(path(plan)).header("ETag")).isEqualTo("\"1\"");
  }
}
