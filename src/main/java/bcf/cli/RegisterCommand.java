package bcf.cli;

import bcf.register.json.RegisterDocumentException;
import bcf.register.json.RegisterJson;
import bcf.register.model.Entry;
import bcf.register.model.ExceptionReport;
import bcf.register.model.Finding;
import bcf.register.model.HeatMap;
import bcf.register.model.Register;
import bcf.register.model.RegisterRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bcf register validate|summary FILE}: a risk register document checked or summarised. */
@Command(
    name = "register",
    description = "Checks or summarises a risk register (RAID log) document.",
    customSynopsis = "bcf register validate|summary FILE [--format text|json]",
    commandListHeading = "%nCommands:%n",
    subcommands = {RegisterCommand.Validate.class, RegisterCommand.Summary.class})
final class RegisterCommand extends CliCommand {

  /** Register documents are small; a larger file is not one. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  @Override
  public Integer call() {
    throw usage("give validate or summary");
  }

  /** Reads the register, or says why the file cannot be used. */
  static Register read(String file) {
    Path path = Path.of(file);
    try {
      if (Files.isDirectory(path)) {
        throw new UnreadableFileException(file + " is a directory, not a register document");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new UnreadableFileException(file + ": the file is too large for a register document");
      }
      return RegisterJson.read(Files.readString(path, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(file + ": no such file");
    } catch (IOException e) {
      throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage());
    } catch (RegisterDocumentException e) {
      throw new UnreadableFileException(file + ": " + e.describe());
    }
  }

  abstract static class FileCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "The register document (JSON).")
    String file;

    @Mixin FormatOption output;

    @Override
    public final Integer call() {
      Register register;
      try {
        register = read(file);
      } catch (UnreadableFileException e) {
        err.println("bcf: " + e.getMessage());
        return Main.UNUSABLE;
      }
      List<Finding> findings = RegisterRules.check(register);
      Integer refused = print(register, findings);
      if (refused != null) {
        return refused;
      }
      return RegisterRules.hasErrors(findings) ? Main.FINDINGS : Main.OK;
    }

    abstract Integer print(Register register, List<Finding> findings);
  }

  /** One finding, as the API's problem document lists them. */
  record FindingItem(String rule, String severity, String where, String place, String message) {
    static FindingItem of(Finding f) {
      return new FindingItem(f.rule(), f.severity().code(), f.where(), f.place(), f.message());
    }
  }

  @Command(
      name = "validate",
      description =
          "Checks a register document against the register rules and prints the findings.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:no error finding",
        "1:at least one error finding",
        "2:the file cannot be used"
      })
  static final class Validate extends FileCommand {

    @Override
    Integer print(Register register, List<Finding> findings) {
      if (output.json()) {
        out.print(Json.write(Map.of("findings", findings.stream().map(FindingItem::of).toList())));
        return null;
      }
      if (findings.isEmpty()) {
        out.println("No findings.");
      }
      for (Finding f : findings) {
        out.println(
            f.severity().code() + " " + f.rule() + " at " + f.where() + ": " + f.describe());
      }
      return null;
    }
  }

  @Command(
      name = "summary",
      description =
          "Summarises a register: entries by type and status, the exception report as at a day,"
              + " and the heat map's counts.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:no error finding",
        "1:at least one error finding",
        "2:the file cannot be used"
      })
  static final class Summary extends FileCommand {

    @Option(
        names = "--today",
        paramLabel = "DATE",
        description = "The day of the exception report, such as 2017-10-01 (default: today).")
    String today;

    @Override
    Integer print(Register register, List<Finding> findings) {
      LocalDate day;
      try {
        day = today == null ? LocalDate.now() : LocalDate.parse(today);
      } catch (DateTimeParseException e) {
        err.println("bcf: --today: write the date as 2017-10-01");
        return Main.UNUSABLE;
      }
      Map<String, Integer> byType = new TreeMap<>();
      Map<String, Integer> byStatus = new TreeMap<>();
      for (Entry e : register.entries()) {
        byType.merge(e.type() == null ? "unknown" : e.type().code(), 1, Integer::sum);
        byStatus.merge(e.status().code(), 1, Integer::sum);
      }
      ExceptionReport exceptions = ExceptionReport.of(register, day);
      HeatMap map = HeatMap.of(register);
      if (output.json()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("register", register.id());
        json.put("plan", register.plan());
        json.put("entriesByType", byType);
        json.put("entriesByStatus", byStatus);
        json.put("findings", findings.stream().map(FindingItem::of).toList());
        json.put("exceptions", exceptions);
        json.put("heatMap", map);
        out.print(Json.write(json));
        return null;
      }
      PrintStream o = out;
      o.println(register.title() == null ? register.id() : register.title());
      o.println("Entries: " + register.entries().size() + " " + byType + ", by status " + byStatus);
      o.println(
          "Heat map: "
              + map.onGrid()
              + " on the map, "
              + map.notOnGrid()
              + " rated by a score or category alone, "
              + map.unrated()
              + " not rated");
      for (int l = map.likelihoodLevels(); l >= 1; l--) {
        StringBuilder line = new StringBuilder("  likelihood " + l + ":");
        for (HeatMap.Cell c : map.row(l)) {
          line.append(' ').append(c.count());
        }
        o.println(line);
      }
      o.println("Exceptions as at " + day + ": " + exceptions.count());
      section(o, "Rated at or above the threshold", exceptions.aboveThreshold());
      section(o, "Reviews overdue", exceptions.reviewsOverdue());
      section(o, "Ratings worsening", exceptions.worsening());
      section(o, "Escalations awaiting a decision", exceptions.awaitingDecision());
      for (Finding f : findings) {
        o.println(f.severity().code() + " " + f.rule() + ": " + f.describe());
      }
      return null;
    }

    private static void section(PrintStream o, String heading, List<ExceptionReport.Line> lines) {
      if (lines.isEmpty()) {
        return;
      }
      o.println("  " + heading + ":");
      for (ExceptionReport.Line l : lines) {
        o.println("    " + l.entry() + " " + l.name() + ": " + l.why());
      }
    }
  }
}
