package bcf.monitoring;

import bcf.access.Actor;
import bcf.analysis.PlanAnalysis;
import bcf.finance.monitoring.MonitoringCsv;
import bcf.finance.monitoring.MonitoringEntry;
import bcf.planning.PlanService;
import bcf.platform.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once per installation, after the demo plans are loaded (the application is ready only after every
 * start-up runner, the demo plans' loader among them): a year of illustrative monthly actuals for
 * Warwickshire's 2017-19 plan, and its risk-share terms, from {@code examples/monitoring}. Planning
 * knows nothing of monitoring; this hook depends on it, not the other way round.
 */
@Component
class MonitoringDemo {

  static final String PLAN = "warwickshire-2017-19";

  private final PlanService plans;
  private final MonitoringRepository repository;
  private final Settings settings;
  private final Clock clock;
  private final boolean demo;

  MonitoringDemo(
      PlanService plans,
      MonitoringRepository repository,
      Settings settings,
      Clock clock,
      @Value("${bcf.demo:true}") boolean demo) {
    this.plans = plans;
    this.repository = repository;
    this.settings = settings;
    this.clock = clock;
    this.demo = demo;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void load() {
    if (!demo || settings.get("monitoring-demo-loaded").isPresent()) {
      return;
    }
    var record = plans.record(PLAN);
    if (record.isPresent()) {
      PlanAnalysis analysis = plans.view(Actor.SYSTEM, PLAN).analysis();
      String file = PLAN + ".csv";
      List<MonitoringEntry> rows =
          MonitoringCsv.read(resource(file), analysis.plan(), analysis.summary().years());
      repository.save(PLAN, file, Actor.SYSTEM.username(), clock.instant(), rows);
      String terms = resource(PLAN + ".terms.json");
      TermsJson.read(terms);
      repository.saveTerms(PLAN, terms, Actor.SYSTEM.username(), clock.instant());
    }
    settings.put("monitoring-demo-loaded", "true");
  }

  private static String resource(String name) {
    try (InputStream in = MonitoringDemo.class.getResourceAsStream("/demo/monitoring/" + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "demo monitoring file " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
