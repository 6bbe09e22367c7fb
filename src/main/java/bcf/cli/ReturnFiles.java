package bcf.cli;

import bcf.json.Json;
import bcf.plan.Plan;
import bcf.returns.QuarterlyReturn;
import bcf.returns.json.ReturnDocumentException;
import bcf.returns.json.ReturnDocumentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Tells a return document from a plan by its content ({@code "kind": "return"}) and reads it, with
 * the plan it reports against when that can be found.
 */
final class ReturnFiles {

  private ReturnFiles() {}

  /** The file's JSON when it is a return; empty for anything else (a plan, or not JSON at all). */
  static Optional<JsonNode> returnDocument(String file) {
    Path path = Path.of(file);
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > ReturnDocumentReader.MAX_BYTES) {
        return Optional.empty();
      }
      JsonNode root = Json.read(Files.readString(path, StandardCharsets.UTF_8));
      return ReturnDocumentReader.isReturn(root) ? Optional.of(root) : Optional.empty();
    } catch (IOException | JacksonException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  static QuarterlyReturn read(String file, JsonNode root) {
    try {
      return ReturnDocumentReader.read(root);
    } catch (ReturnDocumentException e) {
      throw new UnreadableFileException(file + ": " + e.describe());
    }
  }

  /**
   * The plan: the file given, or {@code ../plans/<plan>.json} beside the return; empty when neither
   * exists. A plan file given that cannot be read makes the return unusable.
   */
  static Optional<Plan> plan(String returnFile, String planFile, QuarterlyReturn ret) {
    if (planFile != null) {
      return Optional.of(PlanFiles.read(planFile));
    }
    Path parent = Path.of(returnFile).toAbsolutePath().getParent();
    if (parent == null || parent.getParent() == null || ret.plan() == null) {
      return Optional.empty();
    }
    Path beside = parent.getParent().resolve("plans").resolve(ret.plan() + ".json");
    return Files.isRegularFile(beside)
        ? Optional.of(PlanFiles.read(beside.toString()))
        : Optional.empty();
  }
}
