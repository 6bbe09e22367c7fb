package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's own behaviour: help, usage mistakes and exit codes, never a stack trace. */
class MainTest {

  @Test
  void help_lists_every_command_and_exits_0() {
    for (String help : new String[] {"--help", "-h", "help"}) {
      CliRun run = CliRun.of(help);
      assertThat(run.exitCode()).as(help).isZero();
      assertThat(run.out())
          .contains("usage: bcf COMMAND")
          .contains("validate", "summary", "rounds", "format", "serve", "user", "metrics")
          .contains("Exit codes:");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void no_command_prints_the_usage_and_exits_2() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(Main.UNUSABLE);
    assertThat(run.out()).contains("usage: bcf COMMAND");
  }

  @Test
  void each_command_has_help_with_its_documented_synopsis() {
    assertHelp(
        CliRun.of("validate", "--help"),
        "usage: bcf validate FILE [--plan PLAN] [--format text|json]");
    assertHelp(
        CliRun.of("help", "summary"), "usage: bcf summary FILE [--plan PLAN] [--format text|json]");
    assertHelp(CliRun.of("rounds", "--help"), "usage: bcf rounds [--format text|json]");
    assertHelp(CliRun.of("format", "--help"), "usage: bcf format FILE [--write]");
    assertHelp(
        CliRun.of("serve", "--help"),
        "usage: bcf serve [--port N] [--data-dir DIR] [--database-url URL] [--no-demo]");
    assertHelp(CliRun.of("user", "add", "--help"), "usage: bcf user add NAME --role R[,R]");
    assertHelp(CliRun.of("user", "list", "-h"), "usage: bcf user list [--data-dir DIR]");
    assertHelp(CliRun.of("metrics", "--help"), "compute", "spc", "import");
    assertHelp(CliRun.of("metrics", "compute", "--help"), "usage: bcf metrics compute FILE.csv");
    assertHelp(CliRun.of("metrics", "spc", "--help"), "--no-screening", "--rebase-at");
    assertHelp(CliRun.of("metrics", "import", "--help"), "usage: bcf metrics import PLAN FILE.csv");
  }

  @Test
  void usage_mistakes_exit_2_with_one_line_and_the_synopsis() {
    assertMistake(
        CliRun.of("validate", "examples/plans/coventry-2014-16.json", "--bogus"),
        "bcf validate: unknown option --bogus",
        "usage: bcf validate FILE");
    assertMistake(
        CliRun.of("format", "a.json", "b.json"),
        "bcf format: unexpected argument 'b.json'",
        "usage: bcf format FILE [--write]");
    assertMistake(CliRun.of("user"), "bcf user: give add or list", "add", "list");
    assertMistake(CliRun.of("user", "remove"), "bcf user: unknown command 'remove'");
    assertMistake(
        CliRun.of("metrics"), "bcf metrics: give compute, spc or import", "compute", "import");
    assertMistake(
        CliRun.of("user", "add", "someone"),
        "bcf user add: give --role (editor, signatory, assurer or admin)");
    assertMistake(
        CliRun.of("user", "add", "someone", "--role", "editor,boss"),
        "bcf user add: --role: unknown role 'boss'");
    assertMistake(
        CliRun.of("user", "add", "someone", "--role", "editor", "--scope", "town:x"),
        "bcf user add: --scope: ");
    assertMistake(
        CliRun.of("metrics", "import", "plan", "file.csv"),
        "bcf metrics import: give --as USER: the editor the import is recorded for");
    assertMistake(
        CliRun.of("metrics", "import", "plan", "--as", "ed"), "bcf metrics import: give FILE.csv");
    assertMistake(
        CliRun.of("serve", "--port", "80000"),
        "bcf serve: --port takes a number from 1 to 65535, not '80000'");
    assertMistake(
        CliRun.of("user", "list", "--database-url", "mysql://x"),
        "the database URL must be a PostgreSQL JDBC URL");
  }

  @Test
  void the_last_of_a_repeated_option_counts() {
    CliRun run =
        CliRun.of(
            "validate",
            "examples/plans/warwickshire-2017-19.json",
            "--format",
            "text",
            "--format=json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{");
  }

  @Test
  void the_module_commands_share_one_help_option() {
    for (String[] command :
        new String[][] {
          {"progress", "validate"}, {"statistics", "convert"}, {"import"}, {"ingest"}, {"workbook"}
        }) {
      for (String help : new String[] {"--help", "-h"}) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 1);
        args[command.length] = help;
        assertHelp(
            CliRun.of(args),
            "bcf " + String.join(" ", command) + " ",
            "-h, --help",
            "Show this help and exit.");
      }
    }
  }

  private static void assertHelp(CliRun run, String... expected) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(expected).contains("--help");
    assertThat(run.err()).isEmpty();
  }

  private static void assertMistake(CliRun run, String... expected) {
    assertThat(run.exitCode()).isEqualTo(Main.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
