package bcf.workbook.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.SignInRequired;
import bcf.planning.PlanningException;
import bcf.reference.ReferenceFiles;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.ingest.Board;
import bcf.workbook.ingest.FileReport;
import bcf.workbook.ingest.Ingest;
import bcf.workbook.ingest.NationalDataset;
import bcf.workbook.ingest.ReportCsv;
import bcf.workbook.ingest.UnusableSourceException;
import bcf.workbook.ingest.command.DatasetWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Bulk ingest from one upload (a zip of every HWB's plan workbooks), for NHS England's national
 * team (assurers and admins): the same {@link Ingest} as {@code bcf ingest}, with its bounds, run
 * in the request. The plans are not stored in bcf: the report and the national dataset are the
 * result, kept in memory for downloading (the last {@link #KEPT} uploads, lost on restart).
 */
@Component
class IngestRuns {

  /** Uploads whose results are kept for downloading. */
  static final int KEPT = 10;

  /** Ingests at once: each reads its workbooks on a few threads; more are refused at once. */
  private static final Semaphore AT_ONCE = new Semaphore(2);

  /** England's HWBs in the reference data's order, as {@code bcf ingest} reads them. */
  private final List<Board> boards =
      ReferenceFiles.load().hwbs().stream()
          .map(h -> new Board(h.code(), h.id(), h.name()))
          .toList();

  private final Clock clock;
  private final Map<String, Run> runs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
          return size() > KEPT;
        }
      };

  IngestRuns(Clock clock) {
    this.clock = clock;
  }

  /** One upload's result: its report per file and, when any file loaded, the dataset. */
  record Run(
      String id,
      String file,
      String by,
      Instant at,
      List<FileReport> files,
      Optional<NationalDataset> dataset,
      String round) {

    long count(FileReport.Outcome outcome) {
      return files.stream().filter(f -> f.outcome() == outcome).count();
    }
  }

  /** A refused upload (not a zip, an unsafe zip, busy): 422 with the reason. */
  static final class Refused extends bcf.kernel.Refusal {
    Refused(String message) {
      super(Kind.UNUSABLE, "unusable-zip", message);
    }
  }

  /** Only those with the national view (assurers and admins). */
  void check(Actor actor) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    if (!PlanAccess.seesNationalView(actor)) {
      throw new PlanningException.AccessRefused(
          "Loading every HWB's workbooks is for NHS England's assurers and administrators.");
    }
  }

  /** Ingests the uploaded zip and keeps its result. */
  Run ingest(Actor actor, byte[] zip, String name) {
    check(actor);
    if (!AT_ONCE.tryAcquire()) {
      throw new Refused("Other uploads of workbooks are being loaded; try again in a minute.");
    }
    Path file = null;
    try {
      file = Files.createTempFile("bcf-ingest-", ".zip");
      Files.write(file, zip);
      int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
      Ingest.Result result;
      try {
        result = new Ingest(RoundCatalogue.load(), boards, threads).run(file, null, f -> {});
      } catch (UnusableSourceException e) {
        // the reason names bcf's temporary copy, whose name means nothing to the uploader
        String reason =
            e.getMessage()
                .replace(file.toString(), name)
                .replace(file.getFileName().toString(), name);
        throw new Refused(reason + ". Nothing was loaded.");
      }
      String round = result.dataset().map(d -> d.round().name()).orElse("");
      Run run =
          new Run(
              UUID.randomUUID().toString(),
              name,
              actor.auditName(),
              clock.instant(),
              result.files(),
              result.dataset(),
              round);
      synchronized (runs) {
        runs.put(run.id(), run);
      }
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      AT_ONCE.release();
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }

  /** A kept result, for those with the national view; not found once it is no longer kept. */
  Run find(Actor actor, String id) {
    check(actor);
    synchronized (runs) {
      Run run = runs.get(id);
      if (run == null) {
        throw new NotKept();
      }
      return run;
    }
  }

  /** A result no longer kept (or never made): 404. */
  static final class NotKept extends bcf.kernel.Refusal {
    NotKept() {
      super(
          Kind.NOT_FOUND,
          "ingest-not-kept",
          "That upload's results are no longer kept (bcf keeps the last "
              + KEPT
              + "); upload the zip again.");
    }
  }

  /** A download of a kept result: the dataset as CSV or workbook, or the report as CSV. */
  record Download(String name, String contentType, byte[] bytes) {}

  static Download download(Run run, String file) {
    switch (file) {
      case "report.csv":
        return new Download(
            "report.csv",
            "text/csv;charset=UTF-8",
            ReportCsv.write(run.files()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case "national.csv":
        return new Download(
            "national.csv",
            "text/csv;charset=UTF-8",
            dataset(run).csv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case "national.xlsx":
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
          DatasetWorkbook.write(dataset(run), run.files(), out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new Download("national.xlsx", WorkbookDownloads.XLSX.toString(), out.toByteArray());
      default:
        throw new NoSuchFile(file);
    }
  }

  private static NationalDataset dataset(Run run) {
    return run.dataset().orElseThrow(() -> new NoSuchFile("national"));
  }

  /** A file a result does not have: 404. */
  static final class NoSuchFile extends bcf.kernel.Refusal {
    NoSuchFile(String file) {
      super(
          Kind.NOT_FOUND,
          "ingest-no-such-file",
          "An upload's results are national.csv, national.xlsx (when a workbook was loaded) and"
              + " report.csv.");
    }
  }
}
