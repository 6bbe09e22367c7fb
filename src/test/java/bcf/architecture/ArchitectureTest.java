package bcf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The calculation and rule code (kernel values, plan model, rounds, finance, validation) is plain
 * Java: no framework, JDBC, servlet, spreadsheet or JSON-library types, and no reading of the
 * clock. Reading and writing JSON lives in the {@code json} sub-packages at the edge.
 */
class ArchitectureTest {

  static final String[] CORE = {
    "bcf.kernel..",
    "bcf.plan",
    "bcf.round",
    "bcf.finance..",
    "bcf.validation..",
    "bcf.metric..",
    "bcf.workflow..",
    "bcf.access..",
    "bcf.national.."
  };

  static final ArchRule CORE_USES_NO_FRAMEWORK =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
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

  /** The rules are proved able to fail: they catch the deliberate offenders in the fixture. */
  @Test
  void the_rules_catch_a_rule_class_that_reads_the_clock_and_uses_jackson() {
    JavaClasses offenders = new ClassFileImporter().importPackages("bcf.architecture.fixture");
    EvaluationResult framework =
        noClasses()
            .that()
            .resideInAnyPackage("bcf.architecture.fixture..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..")
            .evaluate(offenders);
    assertThat(framework.hasViolation()).isTrue();
    EvaluationResult clock =
        noClasses()
            .that()
            .resideInAnyPackage("bcf.architecture.fixture..")
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .evaluate(offenders);
    assertThat(clock.hasViolation()).isTrue();
    assertThat(CORE_DOES_NOT_READ_THE_CLOCK.evaluate(PRODUCTION).hasViolation()).isFalse();
  }
}
