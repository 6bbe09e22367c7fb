package bcf.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.BcfApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The capabilities are modules (the top-level packages under {@code bcf}): no cycles between them,
 * and one module uses another only through its API (its top-level package) or a named interface.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(BcfApplication.class);

  @Test
  void modules_have_no_cycles_and_use_only_each_others_interfaces() {
    MODULES.verify();
  }

  /**
   * The same verification, on test-only modules where one uses the other's internal type and the
   * other depends back on the first: both are reported.
   */
  @Test
  void verification_catches_a_cycle_and_the_use_of_an_internal_type() {
    ApplicationModules broken =
        ApplicationModules.of("bcf.architecture.fixture.modules", location -> true);
    assertThatThrownBy(broken::verify)
        .isInstanceOf(Violations.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining(
            "non-exposed type bcf.architecture.fixture.modules.two.internal.Hidden");
  }
}
