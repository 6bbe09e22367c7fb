package bcf.cli;

import bcf.access.Actor;
import bcf.csv.CsvException;
import bcf.planning.PlanningException;
import bcf.users.UserAccount;
import bcf.users.UserRepository;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/**
 * What the commands that import a CSV into a stored plan share ({@code bcf metrics import}, {@code
 * bcf monitoring import}): the file read (exit 2 when it cannot be), the {@code --as} user found,
 * one import through the service (all rows or none, recorded as made by that user), and a file's
 * problems each with its row and column, nothing imported (exit 2).
 */
final class CsvImports {

  private CsvImports() {}

  /** The import itself: returns the line that says what was imported. */
  @FunctionalInterface
  interface Importer {
    String run(ApplicationContext context, Actor actor, String fileName, String text);
  }

  static Integer run(
      CliCommand command,
      String name,
      String file,
      String username,
      DatabaseOptions database,
      Importer importer) {
    String text;
    try {
      text = CsvFiles.read(file);
    } catch (UnreadableFileException e) {
      command.err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    return CliDatabase.with(
        database.choose(),
        context -> {
          UserAccount user =
              context
                  .getBean(UserRepository.class)
                  .find(username)
                  .orElseThrow(() -> command.usage("--as: there is no user '" + username + "'"));
          try {
            // One transaction: the services' importCsv are @Transactional.
            command.out.println(
                importer.run(context, user.actor(), Path.of(file).getFileName().toString(), text));
            return Main.OK;
          } catch (CsvException e) {
            command.err.println(
                "bcf: "
                    + file
                    + ": "
                    + e.total()
                    + (e.total() == 1 ? " problem" : " problems")
                    + "; nothing was imported");
            CsvFiles.report(file, e, command.err);
            return Main.UNUSABLE;
          } catch (PlanningException e) {
            command.err.println("bcf " + name + ": " + e.getMessage());
            return Main.UNUSABLE;
          }
        });
  }
}
