package bcf.progress.web;

import bcf.access.Actor;
import bcf.progress.ProgressRefusal;
import bcf.progress.ProgressService;
import bcf.progress.json.ProgressJson;
import bcf.progress.log.Finding;
import bcf.progress.log.PerformanceTable;
import bcf.progress.log.ProgressViews;
import bcf.progress.log.Rag;
import bcf.progress.log.StatusChange;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's progress log over the API: the document (its version as the ETag; version 0 and an empty
 * log before anything is recorded), a summary (commitments by RAG per quarter, the changes of
 * status, the performance tables), and saving the whole document with If-Match naming the version
 * it started from.
 */
@RestController
@RequestMapping(path = "/api/v1/plans/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
class ProgressApi {

  private final ProgressService progress;

  ProgressApi(ProgressService progress) {
    this.progress = progress;
  }

  @GetMapping
  public ResponseEntity<ObjectNode> document(Actor actor, @PathVariable String id) {
    ProgressService.ProgressView view = progress.view(actor, id);
    return ResponseEntity.ok()
        .eTag("\"" + view.version() + "\"")
        .body(ProgressJson.tree(view.log()));
  }

  /** Counts of commitments by RAG in a quarter. */
  public record QuarterCounts(String quarter, int red, int amber, int green, int total) {}

  /** A change of a commitment's status. */
  public record Change(
      String theme, String commitment, String quarter, String from, String to, String reason) {}

  /** A performance table's size and RAGs. */
  public record Performance(
      String year, String comparedWith, int measures, int red, int amber, int green) {}

  public record Summary(
      String plan,
      int version,
      int themes,
      int commitments,
      int milestones,
      int milestonesDone,
      List<QuarterCounts> byQuarter,
      List<Change> changes,
      List<Performance> performance,
      List<Finding> findings) {}

  @GetMapping("/summary")
  public Summary summary(Actor actor, @PathVariable String id) {
    ProgressService.ProgressView view = progress.view(actor, id);
    var log = view.log();
    return new Summary(
        id,
        view.version(),
        log.themes().size(),
        (int) log.commitments().count(),
        (int) log.commitments().mapToLong(c -> c.milestones().size()).sum(),
        (int)
            log.commitments().flatMap(c -> c.milestones().stream()).filter(m -> m.isDone()).count(),
        ProgressViews.countsByQuarter(log).stream()
            .map(
                c ->
                    new QuarterCounts(
                        c.quarter().code(),
                        c.of(Rag.RED),
                        c.of(Rag.AMBER),
                        c.of(Rag.GREEN),
                        c.total()))
            .toList(),
        ProgressViews.history(log).stream().map(ProgressApi::change).toList(),
        log.performance().stream().map(ProgressApi::performance).toList(),
        view.findings());
  }

  private static Change change(StatusChange c) {
    return new Change(
        c.theme(),
        c.commitment(),
        c.quarter().code(),
        c.from() == null ? null : c.from().code(),
        c.to().code(),
        c.reason());
  }

  private static Performance performance(PerformanceTable t) {
    return new Performance(
        t.year().toString(),
        t.comparedWith() == null ? null : t.comparedWith().toString(),
        t.rows().size(),
        (int) t.rows().stream().filter(r -> r.rag() == Rag.RED).count(),
        (int) t.rows().stream().filter(r -> r.rag() == Rag.AMBER).count(),
        (int) t.rows().stream().filter(r -> r.rag() == Rag.GREEN).count());
  }

  public record Saved(String id, String plan, int version, boolean changed) {}

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Saved> save(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] body) {
    ProgressService.Saved saved = progress.save(actor, id, version(ifMatch), body);
    return ResponseEntity.ok()
        .eTag("\"" + saved.version() + "\"")
        .body(new Saved(saved.id(), id, saved.version(), saved.changed()));
  }

  private static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String text = ifMatch.strip();
    if (text.startsWith("W/")) {
      text = text.substring(2);
    }
    text = text.replace("\"", "").strip();
    if (!text.matches("\\d{1,9}")) {
      throw ProgressRefusal.badInput(
          "If-Match must name the version the change started from, such as \"3\", not '"
              + ifMatch
              + "'.");
    }
    return Integer.parseInt(text);
  }
}
