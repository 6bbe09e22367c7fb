package bcf.register;

import bcf.planning.PlanService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the seed registers (packaged under {@code demo/registers}) for the demo plans, once the
 * demo plans are loaded: after start-up, so that planning need not know about registers. A plan
 * that is missing or has a register already is left alone.
 */
@Component
class DemoRegisters {

  /** Seed registers, by the plan they belong to. */
  static final List<String> DEMO_REGISTERS = List.of("warwickshire-2017-19");

  private final RegisterService registers;
  private final PlanService plans;
  private final boolean demo;

  DemoRegisters(
      RegisterService registers, PlanService plans, @Value("${bcf.demo:true}") boolean demo) {
    this.registers = registers;
    this.plans = plans;
    this.demo = demo;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    if (!demo) {
      return;
    }
    for (String planId : DEMO_REGISTERS) {
      if (plans.exists(planId)) {
        registers.loadSeed(planId, seed(planId));
      }
    }
  }

  private static String seed(String planId) {
    try (InputStream in =
        DemoRegisters.class.getResourceAsStream("/demo/registers/" + planId + ".json")) {
      if (in == null) {
        throw new IllegalStateException("demo register " + planId + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
