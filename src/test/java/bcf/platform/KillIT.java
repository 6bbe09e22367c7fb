package bcf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with {@code kill -9} during writes, alone or together with its PostgreSQL (as a
 * container's or the out-of-memory killer's kill does), starts again the first time, and every plan
 * whose creation was acknowledged (201) is there, whole.
 *
 * <p>Each run starts {@code bcf serve} in a separate JVM on a fresh data directory, creates plans
 * from eight threads until some are acknowledged, kills, restarts and reads every plan back.
 */
class KillIT {

  private static final Duration START_WITHIN = Duration.ofMinutes(3);
  private static final int WRITERS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 24;

  @TempDir Path data;

  @Test
  void killing_the_server_alone_loses_no_acknowledged_write() throws Exception {
    killDuringWritesThenRestart(false);
  }

  @Test
  void killing_the_server_and_its_database_together_loses_no_acknowledged_write() throws Exception {
    killDuringWritesThenRestart(true);
  }

  private void killDuringWritesThenRestart(boolean database) throws Exception {
    int port = freePort();
    Server first = Server.start(data, port);
    String auth = basic("admin", Files.readString(data.resolve("admin-password")).strip());
    String plan =
        Files.readString(
            Path.of("examples/plans/warwickshire-2017-19.json"), StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger attempts = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    for (int w = 0; w < WRITERS; w++) {
      writers.submit(
          () -> {
            while (!killed.get()) {
              String id = "kill-" + attempts.incrementAndGet();
              String body =
                  plan.replace("\"id\": \"warwickshire-2017-19\"", "\"id\": \"" + id + "\"");
              try {
                HttpResponse<String> response =
                    http.send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/plans"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                  acknowledged.add(id);
                }
              } catch (IOException | InterruptedException e) {
                // The server is gone (killed): what was acknowledged is what counts.
              }
            }
            return null;
          });
    }
    waitUntil(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, Duration.ofMinutes(3));
    Optional<ProcessHandle> postgres = first.postgres();
    int attemptedBeforeKill = attempts.get();
    first.kill();
    if (database) {
      postgres.ifPresent(ProcessHandle::destroyForcibly);
      postgres.ifPresent(p -> p.onExit().join());
    }
    killed.set(true);
    writers.shutdown();
    assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    List<String> written = new ArrayList<>(acknowledged);

    Server second = Server.start(data, port);
    try {
      if (!database) {
        assertThat(second.output()).contains("found the database still running");
      }
      for (String id : written) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + port + "/api/v1/plans/" + id + "/document"))
                    .header("Authorization", auth)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("plan %s after the restart", id).isEqualTo(200);
        assertThat(response.body()).as(id).contains("\"id\": \"" + id + "\"");
      }
      // Every plan that is there at all (acknowledged or not) opens whole.
      HttpResponse<String> list =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/plans"))
                  .header("Authorization", auth)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(list.statusCode()).isEqualTo(200);
      for (String id : list.body().split("\"id\":\"")) {
        if (id.startsWith("kill-")) {
          String planId = id.substring(0, id.indexOf('"'));
          HttpResponse<String> summary =
              http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:" + port + "/api/v1/plans/" + planId + "/summary"))
                      .header("Authorization", auth)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          assertThat(summary.statusCode()).as(planId).isEqualTo(200);
        }
      }
    } finally {
      second.stop();
    }
    assertThat(written).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    System.out.printf(
        "KillIT: killed %s during writes (%d plans sent, %d acknowledged): all %d present and"
            + " whole after the restart%n",
        database ? "Java and PostgreSQL" : "Java alone",
        attemptedBeforeKill,
        written.size(),
        written.size());
  }

  /** A {@code bcf serve} in its own JVM. */
  private record Server(Process process, Path log, Path data) {

    static Server start(Path data, int port) throws Exception {
      Path log = Files.createTempFile("bcf-kill", ".log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process process =
          new ProcessBuilder(
                  java,
                  "-Xmx512m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "bcf.cli.Main",
                  "serve",
                  "--no-demo",
                  "--port",
                  Integer.toString(port),
                  "--data-dir",
                  data.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Server server = new Server(process, log, data);
      waitUntil(() -> server.output().contains("serving on") || !process.isAlive(), START_WITHIN);
      assertThat(process.isAlive()).as("the server started:\n%s", server.output()).isTrue();
      return server;
    }

    String output() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "";
      }
    }

    /** The server's PostgreSQL, by its lock file. */
    Optional<ProcessHandle> postgres() throws IOException {
      Path pid = data.resolve("postgres/postmaster.pid");
      long id = Long.parseLong(Files.readAllLines(pid).get(0).strip());
      return ProcessHandle.of(id);
    }

    void kill() {
      process.destroyForcibly();
      process.onExit().join();
    }

    void stop() throws Exception {
      Optional<ProcessHandle> postgres = postgres();
      process.destroy();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
      postgres.ifPresent(
          p -> {
            if (p.isAlive()) {
              p.destroy();
              p.onExit().join();
            }
          });
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("gave up waiting after " + within);
      }
      Thread.sleep(100);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A free port below the range the kernel hands out to outgoing connections. A port from that
   * range (what {@code new ServerSocket(0)} gives) can be taken, between the kill and the restart,
   * as the local end of one of the restarted server's own connections to PostgreSQL, and the
   * restart then fails with "Port ... was already in use" (seen once in CI).
   */
  private static int freePort() throws IOException {
    int below = 32768;
    Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    if (Files.isReadable(range)) {
      below = Integer.parseInt(Files.readString(range).strip().split("\\s+")[0]);
    }
    int from = Math.min(10000, below / 2);
    java.util.Random random = new java.util.Random();
    for (int tries = 0; tries < 200; tries++) {
      int port = from + random.nextInt(below - from);
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        return port;
      } catch (IOException taken) {
        // In use by another listener: try another.
      }
    }
    throw new IOException("no free port below " + below);
  }
}
