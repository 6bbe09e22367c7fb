package bcf.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the embedded PostgreSQL's and Flyway's start-up chatter out of the console. */
public final class Quiet {

  private Quiet() {}

  public static void embeddedDatabaseLogs() {
    for (String name : new String[] {"io.zonky", "org.flywaydb"}) {
      if (LoggerFactory.getLogger(name) instanceof Logger logger) {
        logger.setLevel(Level.WARN);
      }
    }
  }
}
