package bcf.workbook.ingest.command;

import bcf.plan.PlanStarter;
import bcf.platform.HelpOption;
import bcf.reference.HwbDirectory;
import bcf.reference.ReferenceFiles;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import bcf.workbook.ingest.Board;
import bcf.workbook.ingest.FileReport;
import bcf.workbook.ingest.Ingest;
import bcf.workbook.ingest.NationalDataset;
import bcf.workbook.ingest.ReportCsv;
import bcf.workbook.ingest.SamplePlans;
import bcf.workbook.ingest.UnusableSourceException;
import bcf.workbook.layout.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bcf ingest DIR|ZIP -o OUTDIR}: every HWB's planning workbook of a round in one go. Prints
 * a line per file (loaded, loaded with findings, refused, with each problem at its cell) and writes
 * {@code national.csv}, {@code national.xlsx} and {@code report.csv} to OUTDIR. Exit 0 when every
 * file loaded without findings, 1 when some had findings or were refused, 2 when nothing could be
 * used (no such folder, not a zip, an unsafe zip, no file loaded).
 */
@Command(
    name = "ingest",
    description =
        "Loads a folder or zip of HWB planning workbooks into the national dataset (CSV and"
            + " workbook) with a report per file.",
    customSynopsis = "bcf ingest DIR|ZIP -o OUTDIR [--round ROUND] [--threads N]",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file loaded, without findings",
      "1:some files loaded with findings or were refused",
      "2:nothing usable: no such folder, not a zip, an unsafe zip, or no file loaded"
    },
    footer = {
      "%nRun as ./bcf ingest, the ingest runs in a resident process kept between runs, so that"
          + " runs after the first are quicker; it stops after 10 minutes without a run, or with"
          + " 'bcf ingest --stop-resident'. BCF_NO_RESIDENT=1 runs the ingest in the command's"
          + " own process."
    })
public final class IngestCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "DIR|ZIP", description = "A folder or a zip of workbooks (.xlsx).")
  String source;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTDIR",
      required = true,
      description = "The folder to write national.csv, national.xlsx and report.csv to.")
  String output;

  @Option(
      names = "--round",
      paramLabel = "ROUND",
      description = "Refuse workbooks of any other round (default: the round most are of).")
  String round;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Workbooks read at once (default: the processors).")
  Integer threads;

  @Option(
      names = "--quiet",
      description = "Print only refused files and files with findings, and the totals.")
  boolean quiet;

  /** For the benchmark and tests: writes a sample workbook per HWB of England to DIR|ZIP. */
  @Option(names = "--write-samples", hidden = true, paramLabel = "ROUND")
  String samples;

  /** For the benchmark: the time the ingest took in this process and the heap's peak, on stderr. */
  @Option(names = "--timing", hidden = true)
  boolean timing;

  /**
   * Set by the resident ingest process ({@code bcf.cli.resident}): where the caller is, against
   * which relative paths are read.
   */
  @Option(names = "--working-directory", hidden = true, paramLabel = "DIR")
  Path workingDirectory;

  /** Set by the resident ingest process: when the caller started (epoch nanoseconds). */
  @Option(names = "--started-at", hidden = true, paramLabel = "NANOS")
  Long startedAt;

  /** Set by the resident ingest process: which of its runs this is. */
  @Option(names = "--resident-run", hidden = true, paramLabel = "N")
  Integer residentRun;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    List<java.lang.management.MemoryPoolMXBean> heap =
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
            .toList();
    // A resident process's peak is this run's, not its life's.
    heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    int code = ingest();
    if (timing && samples == null) {
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      double seconds =
          startedAt != null ? (epochNanos() - startedAt) / 1e9 : (System.nanoTime() - start) / 1e9;
      spec.commandLine()
          .getErr()
          .printf(
              "timing: %.3f s %s, %.3f s CPU, heap peak %d MB (max %d MB)%s%n",
              seconds,
              startedAt != null ? "in all" : "in process",
              (cpuNanos() - cpuStart) / 1e9,
              peak / (1024 * 1024),
              Runtime.getRuntime().maxMemory() / (1024 * 1024),
              residentRun != null
                  ? ", run " + residentRun + " of the resident ingest process"
                  : "");
    }
    return code;
  }

  /** Now, as the resident ingest process's caller gives its start. */
  private static long epochNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** A path as the caller typed it, from where the caller is. */
  private Path at(String path) {
    return workingDirectory != null ? workingDirectory.resolve(path) : Path.of(path);
  }

  /**
   * The CPU time of the whole process so far (every thread, the compiler's and the collector's
   * too), less noisy than the time on the clock when other work shares the machine; -1 where the
   * JVM does not say.
   */
  private static long cpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private int ingest() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // The rounds (JSON, and with them the start of the JSON reader) and England's HWBs (CSV) are
    // read side by side: on the cold JVM of a command each is a noticeable part of an ingest.
    CompletableFuture<RoundCatalogue> roundsRead =
        CompletableFuture.supplyAsync(RoundCatalogue::load);
    List<HwbDirectory.HwbEntry> entries = ReferenceFiles.load().hwbs();
    RoundCatalogue rounds;
    try {
      rounds = roundsRead.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    if (samples != null) {
      return writeSamples(rounds, entries, err);
    }
    if (threads != null && (threads < 1 || threads > 64)) {
      err.println("bcf ingest: --threads is 1 to 64, not " + threads);
      return UNUSABLE;
    }
    if (round != null && rounds.find(round).isEmpty()) {
      err.println("bcf ingest: the round '" + round + "' is not one this bcf knows (bcf rounds)");
      return UNUSABLE;
    }
    List<Board> boards = entries.stream().map(h -> new Board(h.code(), h.id(), h.name())).toList();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Ingest.Result result;
    try {
      result =
          new Ingest(rounds, boards, n)
              .run(
                  at(source),
                  round,
                  f -> {
                    // Lines of a file are printed together, whichever thread finished it.
                    synchronized (out) {
                      if (!quiet || f.outcome() != FileReport.Outcome.LOADED) {
                        out.print(lines(f));
                      }
                    }
                  });
    } catch (UnusableSourceException e) {
      // The path as the user typed it, whichever folder it was read from.
      String message = e.getMessage();
      String read = at(source).toString();
      if (message.startsWith(read)) {
        message = source + message.substring(read.length());
      }
      err.println("bcf: " + message);
      return UNUSABLE;
    }
    // Refusals only the whole batch shows (another round, a second file of an HWB).
    for (FileReport f : result.files()) {
      for (Problem p : f.problems()) {
        if (p.rule().equals("ingest-round") || p.rule().equals("ingest-duplicate")) {
          out.print(
              f.file() + ": refused, once every file was read\n    " + ReportCsv.words(p) + "\n");
        }
      }
    }
    if (result.dataset().isEmpty()) {
      err.println(
          "bcf: " + source + ": no workbook could be loaded (" + result.files().size() + " files)");
      writeReport(result, err);
      return UNUSABLE;
    }
    NationalDataset dataset = result.dataset().get();
    Path dir = at(output);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("national.csv"), dataset.csv(), StandardCharsets.UTF_8);
      try (OutputStream book = Files.newOutputStream(dir.resolve("national.xlsx"))) {
        DatasetWorkbook.write(dataset, result.files(), book);
      }
      Files.writeString(
          dir.resolve("report.csv"), ReportCsv.write(result.files()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("bcf: " + output + ": cannot be written (" + e.getMessage() + ")");
      return UNUSABLE;
    }
    long loaded = result.count(FileReport.Outcome.LOADED);
    long findings = result.count(FileReport.Outcome.LOADED_WITH_FINDINGS);
    long refused = result.count(FileReport.Outcome.REFUSED);
    out.println();
    out.println(
        result.files().size()
            + " files of the "
            + dataset.round().id()
            + " round: "
            + loaded
            + " loaded, "
            + findings
            + " loaded with findings, "
            + refused
            + " refused; "
            + dataset.loaded()
            + " of "
            + boards.size()
            + " HWBs in the dataset");
    Path typed = Path.of(output); // named as the user typed it
    out.println(
        "Wrote "
            + typed.resolve("national.csv")
            + ", "
            + typed.resolve("national.xlsx")
            + " and "
            + typed.resolve("report.csv"));
    return findings + refused == 0 ? OK : FINDINGS;
  }

  private void writeReport(Ingest.Result result, PrintWriter err) {
    try {
      Path dir = at(output);
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("report.csv"), ReportCsv.write(result.files()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("bcf: " + output + ": cannot be written (" + e.getMessage() + ")");
    }
  }

  static String lines(FileReport f) {
    StringBuilder s = new StringBuilder(f.file()).append(": ").append(f.outcome().words());
    if (f.hwb() != null) {
      s.append(" (")
          .append(
              f.hwbs().stream()
                  .map(b -> b.name() + ", " + b.code())
                  .collect(java.util.stream.Collectors.joining("; ")))
          .append(')');
    }
    s.append('\n');
    for (Problem p : f.problems()) {
      s.append("    ")
          .append(p.error() ? "error " : "warning ")
          .append(ReportCsv.words(p))
          .append('\n');
    }
    return s.toString();
  }

  private int writeSamples(
      RoundCatalogue rounds, List<HwbDirectory.HwbEntry> entries, PrintWriter err) {
    Round r = rounds.find(samples).orElse(null);
    if (r == null || r.years().size() != 1) {
      err.println("bcf ingest: --write-samples takes a one-year round, such as 2025-26");
      return UNUSABLE;
    }
    PlanWorkbooks workbooks = new PlanWorkbooks(rounds);
    Path dir = at(source);
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < entries.size(); i++) {
        HwbDirectory.HwbEntry h = entries.get(i);
        byte[] book =
            workbooks.filled(
                SamplePlans.plan(r, new PlanStarter.HwbFacts(h.id(), h.name(), h.region()), i));
        Files.write(dir.resolve(String.format("%03d-%s.xlsx", i + 1, h.code())), book);
      }
    } catch (IOException e) {
      err.println("bcf: " + source + ": cannot be written (" + e.getMessage() + ")");
      return UNUSABLE;
    }
    return OK;
  }
}
