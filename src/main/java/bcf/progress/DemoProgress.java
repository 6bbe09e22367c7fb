package bcf.progress;

import bcf.platform.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The seed progress logs (packaged under {@code demo/progress}), loaded once, linked to their seed
 * plans, after the first start has loaded those plans (the application is ready only after every
 * start-up runner, the plans' loader included). A plan that is not there is skipped; the planning
 * module knows nothing of progress.
 */
@Component
class DemoProgress {

  /** The seed logs, by the plan each belongs to. */
  static final List<String> DEMO_LOGS = List.of("warwickshire-2017-19");

  static final String SETTING = "demo-progress-loaded";

  private final ProgressService progress;
  private final Settings settings;
  private final boolean demo;

  DemoProgress(
      ProgressService progress, Settings settings, @Value("${bcf.demo:true}") boolean demo) {
    this.progress = progress;
    this.settings = settings;
    this.demo = demo;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    if (!demo || settings.get(SETTING).isPresent()) {
      return;
    }
    for (String plan : DEMO_LOGS) {
      if (progress.planExists(plan) && !progress.exists(plan)) {
        progress.load(plan, demoLog(plan));
      }
    }
    settings.put(SETTING, "true");
  }

  private static byte[] demoLog(String plan) {
    try (InputStream in =
        DemoProgress.class.getResourceAsStream("/demo/progress/" + plan + ".json")) {
      if (in == null) {
        throw new IllegalStateException("demo progress log " + plan + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
