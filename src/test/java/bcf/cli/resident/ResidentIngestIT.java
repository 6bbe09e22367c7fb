package bcf.cli.resident;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.Main;
import bcf.plan.PlanStarter;
import bcf.reference.HwbDirectory;
import bcf.reference.ReferenceFiles;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import bcf.workbook.ingest.SamplePlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident ingest process, as {@code ./bcf ingest} uses it: a real second JVM on a real Unix
 * socket. Each test's client starts its own process (in a folder of its own) and the process is
 * stopped by its id afterwards; a short idle time is the net under that.
 */
class ResidentIngestIT {

  static final List<String> JVM = List.of("-Xmx256m", "-Dbcf.resident.idle=120");

  @TempDir static Path shared;
  static Path books;
  static String first;

  @TempDir Path here;
  final List<Long> started = new ArrayList<>();

  /** Three HWBs' sample workbooks of 2025-26, one with an amount typed "TBC". */
  @BeforeAll
  static void workbooks() throws IOException {
    RoundCatalogue rounds = RoundCatalogue.load();
    Round round = rounds.find("2025-26").orElseThrow();
    List<HwbDirectory.HwbEntry> hwbs = ReferenceFiles.load().hwbs();
    PlanWorkbooks workbooks = new PlanWorkbooks(rounds);
    books = Files.createDirectory(shared.resolve("books"));
    first = hwbs.get(0).code() + ".xlsx";
    for (int i = 0; i < 3; i++) {
      HwbDirectory.HwbEntry h = hwbs.get(i);
      Files.write(
          books.resolve(h.code() + ".xlsx"),
          workbooks.filled(
              SamplePlans.plan(round, new PlanStarter.HwbFacts(h.id(), h.name(), h.region()), i)));
    }
  }

  @AfterEach
  void stopWhatWasStarted() {
    for (long pid : started) {
      ProcessHandle.of(pid)
          .ifPresent(
              p -> {
                p.destroy();
                p.onExit().orTimeout(1, TimeUnit.MINUTES).join();
              });
    }
  }

  /** What a command printed and returned. */
  record Run(int code, String out, String err) {}

  Path socket() {
    return here.resolve("resident/ingest.sock");
  }

  Run client(String key, List<String> jvm, Path socket, Path directory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new ResidentClient(
                socket,
                key,
                jvm,
                directory,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args, ResidentClient.epochNanos());
    pid(socket).filter(pid -> pid != ProcessHandle.current().pid()).ifPresent(started::add);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Run client(String... args) {
    return client("build-1", JVM, socket(), here, args);
  }

  static Run inProcess(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The id of the resident process answering on the socket, from the file it writes. */
  static Optional<Long> pid(Path socket) {
    Path file = socket.resolveSibling(socket.getFileName() + ".pid");
    try {
      return Files.exists(file)
          ? Optional.of(Long.parseLong(Files.readString(file).strip()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static void awaitExit(long pid) {
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(2, TimeUnit.MINUTES).join());
  }

  @Test
  void runs_after_the_first_are_answered_by_the_same_process_with_what_the_command_itself_gives()
      throws IOException {
    Path expected = here.resolve("expected");
    // One thread, so that the files' lines come in one order.
    Run own = inProcess("ingest", books.toString(), "-o", expected.toString(), "--threads", "1");
    assertThat(own.code()).isEqualTo(Main.OK);

    Path output = here.resolve("resident-out");
    Run first = client("ingest", books.toString(), "-o", output.toString(), "--threads", "1");
    long pid = pid(socket()).orElseThrow();
    assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
    assertThat(ProcessHandle.of(pid)).isPresent();
    Run second =
        client("ingest", books.toString(), "-o", output.toString(), "--threads", "1", "--timing");

    for (Run run : List.of(first, second)) {
      assertThat(run.code()).isEqualTo(own.code());
      assertThat(run.out()).isEqualTo(own.out().replace(expected.toString(), output.toString()));
    }
    assertThat(pid(socket())).contains(pid);
    assertThat(second.err()).contains("s in all,").contains("run 2 of the resident ingest process");
    for (String file : List.of("national.csv", "report.csv")) {
      assertThat(Files.readString(output.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(expected.resolve(file)));
    }
    // Only its user may reach the socket's folder.
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket().getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void relative_paths_are_read_from_where_the_command_was_run() throws IOException {
    Path caller = Files.createDirectory(here.resolve("caller"));
    Files.createDirectory(caller.resolve("in"));
    Files.copy(books.resolve(first), caller.resolve("in/one.xlsx"));

    Run run = client("build-1", JVM, socket(), caller, "ingest", "in", "-o", "out");

    assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("one.xlsx: loaded").contains("Wrote out/national.csv");
    assertThat(caller.resolve("out/national.csv")).isRegularFile();
  }

  @Test
  void refusals_and_their_exit_codes_come_back_as_the_command_gives_them() {
    Run missing = client("ingest", here.resolve("nowhere").toString(), "-o", "x");
    Run own = inProcess("ingest", here.resolve("nowhere").toString(), "-o", "x");

    assertThat(missing.code()).isEqualTo(Main.UNUSABLE).isEqualTo(own.code());
    assertThat(missing.err()).isEqualTo(own.err()).contains("nowhere");
    // A relative path is named as it was typed.
    Run relative = client("ingest", "nowhere", "-o", "x");
    assertThat(relative.err()).isEqualTo("bcf: nowhere: no such folder or zip\n");
    Run usage = client("ingest", books.toString());
    assertThat(usage.code()).isEqualTo(Main.UNUSABLE);
    assertThat(usage.err()).contains("OUTDIR");
  }

  @Test
  void a_command_of_another_build_replaces_the_process() {
    client("ingest", books.toString(), "-o", here.resolve("a").toString());
    long old = pid(socket()).orElseThrow();

    Run rebuilt = client("build-2", JVM, socket(), here, "ingest", books.toString(), "-o", "b");

    assertThat(rebuilt.code()).as(rebuilt.err()).isEqualTo(Main.OK);
    awaitExit(old);
    assertThat(ProcessHandle.of(old).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    assertThat(pid(socket())).isPresent().get().isNotEqualTo(old);
  }

  @Test
  void it_stops_when_asked_and_says_when_none_was_running() {
    client("ingest", books.toString(), "-o", here.resolve("a").toString());
    long pid = pid(socket()).orElseThrow();

    Run stop = client("ingest", "--stop-resident");

    assertThat(stop.code()).isEqualTo(Main.OK);
    assertThat(stop.out()).contains("has stopped");
    awaitExit(pid);
    assertThat(socket()).doesNotExist();
    assertThat(client("ingest", "--stop-resident").out()).contains("no resident ingest process");
  }

  @Test
  void a_command_stopped_during_a_run_stops_the_run_with_it() throws IOException {
    // Enough files for a run of a while: each workbook a hundred times (the copies are read, then
    // refused as second workbooks of their HWB).
    Path many = Files.createDirectory(here.resolve("many"));
    try (var list = Files.list(books)) {
      for (Path book : list.toList()) {
        for (int i = 0; i < 100; i++) {
          Files.copy(book, many.resolve(i + "-" + book.getFileName()));
        }
      }
    }
    client("ingest", books.toString(), "-o", here.resolve("a").toString());
    long pid = pid(socket()).orElseThrow();
    Path output = here.resolve("stopped");
    PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
    ResidentClient command = new ResidentClient(socket(), "build-1", JVM, here, nowhere, nowhere);

    try (java.nio.channels.SocketChannel channel =
        java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket()))) {
      command.send(
          channel,
          ResidentIngest.RUN,
          new String[] {"ingest", many.toString(), "-o", output.toString()},
          ResidentClient.epochNanos());
    } // closed at once, as the command's end is when it is stopped with Ctrl-C

    awaitExit(pid);
    assertThat(output.resolve("national.csv")).doesNotExist();
    assertThat(socket()).doesNotExist();
    Run next = client("ingest", books.toString(), "-o", here.resolve("b").toString());
    assertThat(next.code()).as(next.err()).isEqualTo(Main.OK);
    assertThat(pid(socket())).isPresent().get().isNotEqualTo(pid);
  }

  @Test
  void it_stops_by_itself_when_idle() {
    List<String> briefly = List.of("-Xmx256m", "-Dbcf.resident.idle=1");
    Run run = client("build-1", briefly, socket(), here, "ingest", books.toString(), "-o", "a");
    assertThat(run.code()).isEqualTo(Main.OK);
    long pid = pid(socket()).orElseThrow();

    awaitExit(pid);

    assertThat(socket()).doesNotExist();
  }

  @Test
  void a_process_that_was_killed_is_replaced_on_the_next_run() throws Exception {
    client("ingest", books.toString(), "-o", here.resolve("a").toString());
    long killed = pid(socket()).orElseThrow();
    ProcessHandle.of(killed).orElseThrow().destroyForcibly();
    awaitExit(killed);
    assertThat(socket()).exists(); // left behind by the kill

    Run run = client("ingest", books.toString(), "-o", here.resolve("b").toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
    assertThat(pid(socket())).isPresent().get().isNotEqualTo(killed);
  }

  @Test
  void a_socket_path_too_long_for_the_system_runs_the_ingest_in_the_command_itself()
      throws IOException {
    Path deep = here.resolve("x".repeat(60)).resolve("y".repeat(60)).resolve("ingest.sock");
    Path output = here.resolve("out");

    Run run =
        client("build-1", JVM, deep, here, "ingest", books.toString(), "-o", output.toString());

    assertThat(run.code()).isEqualTo(Main.OK);
    assertThat(run.err()).contains("running in this process").contains("too long");
    assertThat(output.resolve("national.csv")).isRegularFile();
    assertThat(pid(deep)).isEmpty();
  }

  @Test
  void a_caller_of_another_user_is_refused() throws Exception {
    // A process here that answers only another user (the one that owns the root folder when the
    // tests run as someone else, else "nobody"), and this test's JVM calling it.
    java.nio.file.attribute.UserPrincipalLookupService users =
        here.getFileSystem().getUserPrincipalLookupService();
    java.nio.file.attribute.UserPrincipal me = Files.getOwner(here);
    java.nio.file.attribute.UserPrincipal other = Files.getOwner(Path.of("/"));
    if (other.equals(me)) {
      other = users.lookupPrincipalByName("nobody");
    }
    ResidentIngest process = new ResidentIngest(socket(), "build-1", Duration.ofMinutes(2), other);
    Thread serving =
        new Thread(
            () -> {
              try {
                process.serve();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    serving.start();
    try {
      waitFor(() -> Files.exists(socket()));

      Run refused = client("ingest", books.toString(), "-o", here.resolve("a").toString());

      assertThat(refused.code()).isEqualTo(Main.UNUSABLE);
      assertThat(refused.err()).contains("answers only " + other.getName());
      assertThat(here.resolve("a")).doesNotExist();
    } finally {
      // It answers nobody here, so it is stopped as a rebuild stops one: its socket removed.
      Files.deleteIfExists(socket());
      serving.join(Duration.ofMinutes(1).toMillis());
    }
    assertThat(serving.isAlive()).isFalse();
  }

  static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofMinutes(1));
    while (!condition.getAsBoolean()) {
      assertThat(java.time.Instant.now()).as("waited a minute").isBefore(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void only_an_ingest_of_workbooks_goes_to_the_resident_process() {
    assertThat(ResidentClient.resident(new String[] {"ingest", "books", "-o", "out"})).isTrue();
    assertThat(ResidentClient.resident(new String[] {"ingest", "--help"})).isFalse();
    assertThat(ResidentClient.resident(new String[] {"ingest", "-V"})).isFalse();
    assertThat(ResidentClient.resident(new String[] {"ingest", "d", "--write-samples", "2025-26"}))
        .isFalse();
    assertThat(ResidentClient.resident(new String[] {"validate", "plan.json"})).isFalse();
    assertThat(ResidentClient.resident(new String[] {"ingest"})).isFalse();
  }
}
