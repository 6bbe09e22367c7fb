package bcf.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the embedded PostgreSQL's start-up chatter (initdb output) out of the console. */
public final class Quiet {

  private Quiet() {}

  public static void embeddedDatabaseLogs() {
    if (LoggerFactory.getLogger("io.zonky") instanceof Logger logger) {
      logger.setLevel(Level.WARN);
    }
  }
}
