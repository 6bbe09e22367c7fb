package bcf.workbook;

import bcf.json.Json;
import bcf.plan.Plan;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnRules;
import bcf.returns.json.ReturnDocumentException;
import bcf.returns.json.ReturnDocumentReader;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.ReturnLayout;
import bcf.workbook.layout.ReturnLayouts;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Quarterly-return workbooks: a round's blank one, a return's filled one, and a filled workbook
 * imported back to a return document with every problem at its cell, the return's findings
 * included.
 */
public final class ReturnWorkbooks {

  private final RoundCatalogue rounds;
  private final RoundLayouts<ReturnLayout> layouts;

  public ReturnWorkbooks(RoundCatalogue rounds) {
    this.rounds = rounds;
    this.layouts = new RoundLayouts<>(rounds, ReturnLayouts::forRound);
  }

  /** The layout of a round's return workbook, or empty for a round this bcf does not know. */
  public Optional<ReturnLayout> layout(String round) {
    return layouts.find(round);
  }

  /**
   * A blank return workbook of a round.
   *
   * @throws IllegalArgumentException for a round this bcf does not know
   */
  public byte[] blank(String round) {
    return ReturnWorkbookWriter.blank(known(round));
  }

  /**
   * A workbook filled from a return document (its JSON as stored or as a file holds it; a return
   * started from a plan is pre-filled the same way).
   *
   * @throws IllegalArgumentException for a return that is not one, of a round this bcf does not
   *     know, or with a text longer than a cell holds
   */
  public byte[] filled(JsonNode document) {
    ReturnDocumentReader.read(document); // refuses what is not a return, with where and why
    return ReturnWorkbookWriter.filled(known(document.path("round").asString("")), document);
  }

  /**
   * A workbook filled from version {@code version} of a stored return, saying that version in a
   * hidden cell so that an upload of it is checked for conflicting edits.
   */
  public byte[] filled(JsonNode document, int version) {
    ReturnDocumentReader.read(document);
    return ReturnWorkbookWriter.filled(
        known(document.path("round").asString("")), document, version);
  }

  private ReturnLayout known(String round) {
    return layouts.known(round);
  }

  /**
   * What an import gave: the return (when the document could be made), its document as bcf writes
   * it, and every problem at its cell: the workbook's own first, then the return's findings (errors
   * and warnings); and the version of the stored return the workbook was downloaded at, when it
   * says one.
   */
  public record Imported(
      Optional<QuarterlyReturn> quarterlyReturn,
      ObjectNode document,
      List<Problem> problems,
      Optional<Integer> returnVersion) {

    public boolean hasErrors() {
      return WorkbookProblems.hasErrors(problems);
    }

    /** Whether every cell could be read and the return made: only then is it worth keeping. */
    public boolean complete() {
      return quarterlyReturn.isPresent() && WorkbookProblems.everyCellRead(problems);
    }

    /** The return document as JSON text, its fields in bcf's order. */
    public String json() {
      return Json.write(document);
    }
  }

  /**
   * Imports a filled return workbook; the return is checked against its round and, when given, its
   * plan.
   *
   * @param round the round the return must be of, or null for the workbook's own
   * @throws UnusableWorkbookException when the workbook cannot be used at all, with the reason
   */
  public Imported importWorkbook(InputStream in, String round, Optional<Plan> plan) {
    ReturnWorkbookReader.Reading reading = new ReturnWorkbookReader(this::layout).read(in, round);
    List<Problem> problems = new ArrayList<>(reading.problems());
    ObjectNode document = ordered(reading.document());
    QuarterlyReturn read;
    try {
      read = ReturnDocumentReader.read(document);
    } catch (ReturnDocumentException e) {
      for (ReturnDocumentException.Problem p : e.problems()) {
        String where = p.where() == null ? "" : p.where();
        problems.add(
            new Problem("return-document", true, reading.cellOf(where), where, p.reason()));
      }
      return new Imported(Optional.empty(), document, problems, reading.returnVersion());
    }
    Round of = rounds.find(read.round()).orElseThrow();
    WorkbookProblems.addFindings(
        problems, ReturnRules.check(read, of, plan).findings(), reading::cellOf);
    return new Imported(Optional.of(read), document, problems, reading.returnVersion());
  }

  /** The document's top-level fields in bcf's order (the sheets read them in theirs). */
  static ObjectNode ordered(ObjectNode document) {
    ObjectNode ordered = document.objectNode();
    for (String name : ReturnDocumentReader.ORDER) {
      if (document.has(name)) {
        ordered.set(name, document.get(name));
      }
    }
    for (String name : document.propertyNames()) {
      if (!ordered.has(name)) {
        ordered.set(name, document.get(name));
      }
    }
    return ordered;
  }
}
