package bcf.workbook.ingest;

import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import bcf.workbook.UnusableWorkbookException;
import bcf.workbook.layout.Problem;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Bulk ingest: every HWB's planning workbook of a round, from a folder or a zip, read into one
 * national dataset with a report per file. A file is imported as {@code bcf import} imports it;
 * then it is refused (contributing nothing) when it cannot be used, when a cell could not be read
 * (an amount, a date, a value not in the round's list), when its HWB is not one of England's, when
 * it is of another round than the others, or when an earlier file (in name order) already gave its
 * HWB. A loaded plan's own findings (errors and warnings of validation) are reported with it: it is
 * "loaded with findings". Files are read in parallel, at most a few in memory at once.
 */
public final class Ingest {

  /** The result: one report per file, in the order the files came, and the dataset. */
  public record Result(List<FileReport> files, Optional<NationalDataset> dataset) {

    public long count(FileReport.Outcome outcome) {
      return files.stream().filter(f -> f.outcome() == outcome).count();
    }
  }

  private final RoundCatalogue rounds;
  private final PlanWorkbooks workbooks;
  private final List<Board> boards;
  private final Map<String, Board> byCodeOrId = new HashMap<>();
  private final int threads;

  public Ingest(RoundCatalogue rounds, List<Board> boards, int threads) {
    this.rounds = rounds;
    this.workbooks = new PlanWorkbooks(rounds);
    this.boards = List.copyOf(boards);
    for (Board b : boards) {
      byCodeOrId.put(b.code().toLowerCase(Locale.ROOT), b);
      byCodeOrId.put(b.id().toLowerCase(Locale.ROOT), b);
    }
    this.threads = Math.max(1, threads);
  }

  /** A file's report, and its plan and figures when it was loaded (else null and empty). */
  private record Loaded(FileReport report, Plan plan, List<NationalDataset.Figures> figures) {

    Loaded(FileReport report) {
      this(report, null, List.of());
    }
  }

  /**
   * Ingests the folder or zip at {@code path}.
   *
   * @param round the round every workbook must be of, or null for the round most of them are of
   * @param progress told of each file's report as soon as it is known (in the order files finish)
   * @throws UnusableSourceException when the path is no folder or usable zip
   */
  public Result run(Path path, String round, Consumer<FileReport> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<Loaded>> futures = new ArrayList<>();
    try {
      WorkbookSources.forEach(
          path,
          file -> {
            inFlight.acquireUninterruptibly();
            futures.add(
                pool.submit(
                    () -> {
                      try {
                        Loaded loaded = one(file, round);
                        progress.accept(loaded.report());
                        return loaded;
                      } finally {
                        inFlight.release();
                      }
                    }));
          });
      List<Loaded> all = new ArrayList<>();
      for (Future<Loaded> f : futures) {
        all.add(f.get());
      }
      return settle(all, round);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Loaded one(WorkbookSources.SourceFile file, String round) {
    if (file.unreadable() != null) {
      return refused(file.name(), null, null, file.unreadable());
    }
    PlanWorkbooks.Imported imported;
    try {
      imported = workbooks.importWorkbook(new ByteArrayInputStream(file.bytes()), round);
    } catch (UnusableWorkbookException e) {
      return refused(file.name(), null, null, e.getMessage());
    } catch (RuntimeException e) {
      // A workbook so broken the reader fails on it is refused, never the whole ingest.
      return refused(file.name(), null, null, "cannot be read as a planning workbook");
    }
    List<Problem> problems = new ArrayList<>(imported.problems());
    Plan plan = imported.plan().orElse(null);
    Map<String, Board> boards = plan == null ? Map.of() : boards(plan);
    Board board = boards.isEmpty() ? null : boards.values().iterator().next();
    String planRound = plan == null ? null : plan.round();
    boolean cellsUnread =
        problems.stream().anyMatch(p -> p.error() && p.rule().startsWith("workbook-"));
    if (!imported.complete() || cellsUnread || plan == null) {
      return new Loaded(
          new FileReport(file.name(), board, planRound, FileReport.Outcome.REFUSED, problems));
    }
    if (board == null) {
      List<Problem> with = new ArrayList<>(problems);
      with.add(
          problem(
              "ingest-hwb",
              "the plan's HWB ("
                  + plan.hwbs().stream().map(Hwb::id).collect(Collectors.joining(", "))
                  + ") is not the ONS code of one of England's HWBs"));
      return new Loaded(
          new FileReport(file.name(), null, planRound, FileReport.Outcome.REFUSED, with));
    }
    List<NationalDataset.Figures> figures = NationalDataset.figures(boards, file.name(), plan);
    if (boards.size() > 1 && NationalDataset.unattributed(boards, plan)) {
      problems.add(
          new Problem(
              "ingest-joint",
              false,
              "",
              "",
              "a joint plan of "
                  + boards.values().stream().map(Board::name).collect(Collectors.joining(" and "))
                  + ": its income and spending lines that do not say their HWB are counted on "
                  + board.name()
                  + "'s row"));
    }
    FileReport.Outcome outcome =
        problems.isEmpty() ? FileReport.Outcome.LOADED : FileReport.Outcome.LOADED_WITH_FINDINGS;
    List<Board> jointWith =
        figures.stream().map(NationalDataset.Figures::board).filter(b -> !b.equals(board)).toList();
    return new Loaded(
        new FileReport(file.name(), board, planRound, outcome, problems, jointWith), plan, figures);
  }

  /**
   * The plan's HWBs that are England's, by the name the plan's lines use for them (their id in the
   * plan), in the plan's order: the first is the plan's own.
   */
  private Map<String, Board> boards(Plan plan) {
    Map<String, Board> found = new LinkedHashMap<>();
    for (Hwb h : plan.hwbs()) {
      if (h.id() != null) {
        Board b = byCodeOrId.get(h.id().strip().toLowerCase(Locale.ROOT));
        if (b != null && !found.containsValue(b)) {
          found.put(h.id().strip(), b);
        }
      }
    }
    return found;
  }

  private static Loaded refused(String file, Board board, String round, String why) {
    return new Loaded(
        new FileReport(
            file, board, round, FileReport.Outcome.REFUSED, List.of(problem("ingest-file", why))));
  }

  private static Problem problem(String rule, String message) {
    return new Problem(rule, true, "", "", message);
  }

  /** Refuses what only the whole batch shows (another round, a second file of an HWB). */
  private Result settle(List<Loaded> all, String wanted) {
    String round = wanted;
    if (round == null) {
      Map<String, Long> counts =
          all.stream()
              .filter(l -> l.plan() != null)
              .collect(Collectors.groupingBy(l -> l.plan().round(), Collectors.counting()));
      round =
          counts.entrySet().stream()
              .max(
                  Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                      .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
              .map(Map.Entry::getKey)
              .orElse(null);
    }
    List<Integer> byName = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      byName.add(i);
    }
    byName.sort(Comparator.comparing(i -> all.get(i).report().file()));
    Map<String, String> firstFile = new HashMap<>();
    List<FileReport> reports = new ArrayList<>(all.stream().map(Loaded::report).toList());
    List<NationalDataset.Figures> figures = new ArrayList<>();
    for (int i : byName) {
      Loaded l = all.get(i);
      if (l.plan() == null) {
        continue;
      }
      if (!l.plan().round().equals(round)) {
        reports.set(
            i,
            l.report()
                .refused(
                    problem(
                        "ingest-round",
                        "a workbook of the "
                            + l.plan().round()
                            + " round; the others are of "
                            + round)));
        continue;
      }
      Optional<NationalDataset.Figures> taken =
          l.figures().stream().filter(f -> firstFile.containsKey(f.board().code())).findFirst();
      if (taken.isPresent()) {
        Board hwb = taken.get().board();
        reports.set(
            i,
            l.report()
                .refused(
                    problem(
                        "ingest-duplicate",
                        hwb.name()
                            + " ("
                            + hwb.code()
                            + ") was already loaded from "
                            + firstFile.get(hwb.code()))));
        continue;
      }
      for (NationalDataset.Figures f : l.figures()) {
        firstFile.put(f.board().code(), l.report().file());
        figures.add(f);
      }
    }
    Optional<Round> found = round == null ? Optional.empty() : rounds.find(round);
    // The report in name order whatever order the files came in (a zip keeps the order it was
    // made in), so that the same workbooks give the same report from a folder or any zip of them.
    List<FileReport> ordered = byName.stream().map(reports::get).toList();
    return new Result(ordered, found.map(r -> new NationalDataset(r, boards, figures)));
  }
}
