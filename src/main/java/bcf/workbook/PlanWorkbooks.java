package bcf.workbook;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.plan.Plan;
import bcf.plan.PlanStarter;
import bcf.plan.json.PlanDocumentException;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.PlanLayouts;
import bcf.workbook.layout.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan workbooks: a round's blank workbook, a plan's filled one, and a filled workbook imported
 * back to a plan document with every problem at its cell, the plan's findings included.
 */
public final class PlanWorkbooks {

  private final RoundCatalogue rounds;
  private final RoundLayouts<PlanLayout> layouts;

  public PlanWorkbooks(RoundCatalogue rounds) {
    this.rounds = rounds;
    this.layouts = new RoundLayouts<>(rounds, PlanLayouts::forRound);
  }

  /** The layout of a round's workbook, or empty for a round this bcf does not know. */
  public Optional<PlanLayout> layout(String round) {
    return layouts.find(round);
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
    return layouts.known(round);
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
      return WorkbookProblems.hasErrors(problems);
    }

    /** Whether every cell could be read and the plan made: only then is the plan worth keeping. */
    public boolean complete() {
      return plan.isPresent() && WorkbookProblems.everyCellRead(problems);
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
    nameIfBlank(reading.document());
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
    WorkbookProblems.addFindings(problems, analysis.findings(), reading::cellOf);
    return new Imported(
        Optional.of(plan),
        Optional.of(analysis),
        reading.document(),
        problems,
        reading.planVersion());
  }

  /**
   * Gives a plan without an id the id a plan started in bcf would have, from its first HWB and its
   * round ({@link PlanStarter#planId}): only bcf's own downloads carry a plan id, so the round's
   * blank template filled in by an HWB would otherwise be refused for the one cell its people have
   * no reason to fill. A plan with no HWB id either keeps the missing id, which is then reported at
   * its cell.
   */
  private void nameIfBlank(ObjectNode document) {
    if (!blank(document.get("id"))) {
      return;
    }
    JsonNode round = document.get("round");
    JsonNode hwbs = document.get("hwbs");
    if (blank(round) || hwbs == null || !hwbs.isArray() || hwbs.isEmpty()) {
      return;
    }
    JsonNode first = hwbs.get(0).get("id");
    if (blank(first)) {
      return;
    }
    rounds
        .find(round.asString())
        .ifPresent(
            r ->
                document.put(
                    "id",
                    PlanStarter.planId(
                        List.of(new PlanStarter.HwbFacts(first.asString().strip(), "", "")), r)));
  }

  private static boolean blank(JsonNode value) {
    return value == null || !value.isString() || value.asString().isBlank();
  }
}
