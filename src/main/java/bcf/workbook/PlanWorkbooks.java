package bcf.workbook;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentException;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Finding;
import bcf.validation.Severity;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.PlanLayouts;
import bcf.workbook.layout.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan workbooks: a round's blank workbook, a plan's filled one, and a filled workbook imported
 * back to a plan document with every problem at its cell, the plan's findings included.
 */
public final class PlanWorkbooks {

  private final RoundCatalogue rounds;
  private final Map<String, PlanLayout> layouts = new ConcurrentHashMap<>();

  public PlanWorkbooks(RoundCatalogue rounds) {
    this.rounds = rounds;
  }

  /** The layout of a round's workbook, or empty for a round this bcf does not know. */
  public Optional<PlanLayout> layout(String round) {
    Optional<Round> found = rounds.find(round);
    return found.map(r -> layouts.computeIfAbsent(r.id(), id -> PlanLayouts.forRound(r)));
  }

  /**
   * A blank workbook of a round.
   *
   * @throws IllegalArgumentException for a round this bcf does not know
   */
  public byte[] blank(String round) {
    return PlanWorkbookWriter.blank(known(round));
  }

  /**
   * A workbook filled from a plan.
   *
   * @throws IllegalArgumentException for a plan of a round this bcf does not know, or a text longer
   *     than a cell holds
   */
  public byte[] filled(Plan plan) {
    return PlanWorkbookWriter.filled(known(plan.round()), new PlanDocumentWriter().toJson(plan));
  }

  /**
   * A workbook filled from version {@code version} of a stored plan, saying that version in a
   * hidden cell so that an upload of it is checked for conflicting edits.
   */
  public byte[] filled(Plan plan, int version) {
    return PlanWorkbookWriter.filled(
        known(plan.round()), new PlanDocumentWriter().toJson(plan), version);
  }

  private PlanLayout known(String round) {
    return layout(round)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the round '" + round + "' is not one this bcf knows (bcf rounds lists them)"));
  }

  /**
   * What an import gave: the plan (when the document could be made), its analysis, and every
   * problem at its cell: the workbook's own (amounts, picklists) first, then the plan's findings
   * (errors and warnings); and the version of the stored plan the workbook was downloaded at, when
   * it says one.
   */
  public record Imported(
      Optional<Plan> plan,
      Optional<PlanAnalysis> analysis,
      ObjectNode document,
      List<Problem> problems,
      Optional<Integer> planVersion) {

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::error);
    }

    /** Whether every cell could be read and the plan made: only then is the plan worth keeping. */
    public boolean complete() {
      return plan.isPresent()
          && problems.stream()
              .noneMatch(
                  p -> p.rule().equals("workbook-amount") || p.rule().equals("workbook-value"));
    }
  }

  /**
   * Imports a filled workbook.
   *
   * @param round the round the plan must be of, or null for the workbook's own
   * @throws UnusableWorkbookException when the workbook cannot be used at all, with the reason
   */
  public Imported importWorkbook(InputStream in, String round) {
    PlanWorkbookReader.Reading reading = new PlanWorkbookReader(this::layout).read(in, round);
    List<Problem> problems = new ArrayList<>(reading.problems());
    Plan plan;
    try {
      plan = new PlanDocumentReader().read(reading.document());
    } catch (PlanDocumentException e) {
      problems.add(
          new Problem(
              "plan-document",
              true,
              reading.cellOf(e.where() == null ? "" : e.where()),
              e.where() == null ? "" : e.where(),
              e.getMessage()));
      return new Imported(
          Optional.empty(), Optional.empty(), reading.document(), problems, reading.planVersion());
    }
    PlanAnalysis analysis = new PlanAnalyser(rounds).analyse(plan);
    for (Finding finding : analysis.findings()) {
      if (finding.severity() == Severity.INFO) {
        continue;
      }
      String where = finding.where() == null ? "" : finding.where();
      problems.add(
          new Problem(
              finding.rule(),
              finding.severity() == Severity.ERROR,
              reading.cellOf(where),
              where,
              finding.message()));
    }
    return new Imported(
        Optional.of(plan),
        Optional.of(analysis),
        reading.document(),
        problems,
        reading.planVersion());
  }
}
