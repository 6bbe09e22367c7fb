package bcf;

import bcf.analysis.PlanAnalyser;
import bcf.round.json.RoundCatalogue;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/** The web application: UI, API, users and workflow on PostgreSQL. Started by {@code bcf serve}. */
@SpringBootApplication(scanBasePackages = "bcf")
@EnableJdbcHttpSession(tableName = "spring_session")
public class BcfApplication {

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
}
