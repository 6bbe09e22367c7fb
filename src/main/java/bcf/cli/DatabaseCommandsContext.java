package bcf.cli;

import bcf.actuals.ActualsRepository;
import bcf.actuals.MetricsService;
import bcf.analysis.PlanAnalyser;
import bcf.document.DocumentRepository;
import bcf.document.DocumentStore;
import bcf.planning.PlanCache;
import bcf.planning.PlanService;
import bcf.planning.PlanSigningChoices;
import bcf.reference.HwbDirectory;
import bcf.round.json.RoundCatalogue;
import bcf.users.UserAccounts;
import bcf.users.UserAdministration;
import bcf.users.UserRepository;
import java.time.Clock;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the database commands need, wired by Spring as the server wires it: the data source, Flyway,
 * JDBC and transactions from auto-configuration, and the users, plans and actuals services. Not the
 * application class: no web server, security, sessions or first-start work (the admin account, the
 * demo plans), which belong to {@code serve}. Deliberately not a {@code @Configuration} (its bean
 * methods run as plain factory methods), so the application's component scan never picks it up.
 */
@EnableAutoConfiguration
@Import({
  UserRepository.class,
  HwbDirectory.class,
  DocumentRepository.class,
  DocumentStore.class,
  PlanCache.class,
  PlanService.class,
  PlanSigningChoices.class,
  UserAdministration.class,
  ActualsRepository.class,
  MetricsService.class,
  bcf.monitoring.MonitoringRepository.class,
  bcf.monitoring.MonitoringService.class
})
class DatabaseCommandsContext {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  RoundCatalogue roundCatalogue() {
    return RoundCatalogue.load();
  }

  @Bean
  PlanAnalyser planAnalyser(RoundCatalogue rounds) {
    return new PlanAnalyser(rounds);
  }

  @Bean
  UserAccounts userAccounts(UserRepository users) {
    return new UserAccounts(users, UserAccounts.passwordEncoder());
  }
}
