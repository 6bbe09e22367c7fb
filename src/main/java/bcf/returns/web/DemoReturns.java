package bcf.returns.web;

import bcf.returns.store.ReturnService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the seed returns with the demo plans: once the application is ready (the plans are loaded
 * by then), each seed return whose plan exists and that is not yet stored is added to its plan, so
 * planning need not know about returns.
 */
@Component
class DemoReturns {

  /** The seed returns packaged under {@code demo/returns}, with their plans. */
  static final List<String[]> SEEDS =
      List.<String[]>of(new String[] {"dorset-2015-16-q2", "dorset-2015-16"});

  private final ReturnService returns;
  private final bcf.document.DocumentStore store;
  private final bcf.planning.PlanService plans;
  private final boolean demo;

  DemoReturns(
      ReturnService returns,
      bcf.document.DocumentStore store,
      bcf.planning.PlanService plans,
      @Value("${bcf.demo:true}") boolean demo) {
    this.returns = returns;
    this.store = store;
    this.plans = plans;
    this.demo = demo;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    if (!demo) {
      return;
    }
    for (String[] seed : SEEDS) {
      if (plans.exists(seed[1]) && !store.exists(seed[0])) {
        returns.loadSubmitted(bcf.access.Actor.SYSTEM, seed[1], bytes(seed[0]));
      }
    }
  }

  private static byte[] bytes(String id) {
    try (InputStream in = DemoReturns.class.getResourceAsStream("/demo/returns/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("demo return " + id + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
