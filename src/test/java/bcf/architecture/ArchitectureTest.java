package bcf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.ArchitectureOffender;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The calculation and rule code (kernel values, plan model, rounds, finance, validation, metrics
 * and statistics, workflow and access decisions) is plain Java: no framework, JDBC, servlet,
 * spreadsheet or JSON-library types, and no reading of the clock. Reading and writing JSON lives in
 * the {@code json} sub-packages, storage and controllers in each feature's {@code web} package or
 * service. No package depends on another that depends back on it. Each rule is proved able to fail
 * by running it, as it is, on test-only classes that break it.
 */
class ArchitectureTest {

  static final String[] CORE = {
    "bcf.kernel..",
    "bcf.csv..",
    "bcf.plan",
    "bcf.round",
    "bcf.finance..",
    "bcf.validation..",
    "bcf.metric..",
    "bcf.statistics",
    "bcf.statistics.spc..",
    "bcf.statistics.chart..",
    "bcf.workflow..",
    "bcf.access..",
    "bcf.register.model..",
    "bcf.national",
    "bcf.progress.log..",
    "bcf.returns",
    "bcf.workbook.layout..",
    "bcf.sheets",
    "bcf.published",
    "bcf.workbook.ingest"
  };

  static final ArchRule CORE_USES_NO_FRAMEWORK =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          // A package's annotations (a module's named interface) are not code it runs.
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "jakarta.servlet..",
              "javax.servlet..",
              "java.sql..",
              "javax.sql..",
              "org.apache.poi..",
              "org.dhatim..",
              "tools.jackson..",
              "com.fasterxml.jackson..",
              "com.google.gson..")
          .because("calculation and rule code must run anywhere and be tested without a framework");

  static final ArchRule CORE_DOES_NOT_READ_THE_CLOCK =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.YearMonth.class, "now")
          .orShould()
          .callMethod(java.time.ZonedDateTime.class, "now")
          .orShould()
          .callMethod(java.time.Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(java.time.Clock.class, "systemUTC")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .because("rules take the date they need as a parameter (pass a Clock at the edge)");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("bcf.(**)")
          .should()
          .beFreeOfCycles()
          .because("a package that depends on one depending back on it cannot be understood alone");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("bcf");

  @Test
  void calculation_and_rule_code_imports_no_framework_types() {
    CORE_USES_NO_FRAMEWORK.check(PRODUCTION);
  }

  @Test
  void calculation_and_rule_code_does_not_read_the_clock() {
    CORE_DOES_NOT_READ_THE_CLOCK.check(PRODUCTION);
  }

  @Test
  void no_package_depends_on_one_that_depends_back_on_it() {
    NO_PACKAGE_CYCLES.check(PRODUCTION);
  }

  /** The real rules, run on a test-only class in a core package that uses Jackson and the clock. */
  @Test
  void the_core_rules_catch_a_core_class_that_uses_jackson_and_reads_the_clock() {
    JavaClasses offender = new ClassFileImporter().importClasses(ArchitectureOffender.class);
    assertThat(CORE_USES_NO_FRAMEWORK.evaluate(offender).getFailureReport().getDetails())
        .anyMatch(line -> line.contains("tools.jackson"));
    assertThat(CORE_DOES_NOT_READ_THE_CLOCK.evaluate(offender).getFailureReport().getDetails())
        .anyMatch(line -> line.contains("LocalDate.now()"));
  }

  /** The real cycle rule, run on two test-only packages that depend on each other. */
  @Test
  void the_cycle_rule_catches_two_packages_that_depend_on_each_other() {
    JavaClasses cyclic = new ClassFileImporter().importPackages("bcf.architecture.fixture.cycles");
    assertThat(NO_PACKAGE_CYCLES.evaluate(cyclic).hasViolation()).isTrue();
  }
}
