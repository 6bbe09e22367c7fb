package bcf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class MinuteSessionsTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-01T09:00:00Z");

  private static MinuteSessions.Held session() {
    MapSession stored = new MapSession();
    stored.setLastAccessedTime(SIGNED_IN);
    return new MinuteSessions.Held(stored);
  }

  @Test
  void a_page_within_a_minute_of_the_stored_access_leaves_it_as_it_is() {
    MinuteSessions.Held session = session();
    session.setLastAccessedTime(SIGNED_IN.plusSeconds(59));
    assertThat(session.getLastAccessedTime()).isEqualTo(SIGNED_IN);
  }

  @Test
  void a_page_a_minute_or_more_later_moves_it_on() {
    MinuteSessions.Held session = session();
    session.setLastAccessedTime(SIGNED_IN.plus(MinuteSessions.GRAIN));
    assertThat(session.getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(60));
    session.setLastAccessedTime(SIGNED_IN.plusSeconds(61));
    assertThat(session.getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(60));
    session.setLastAccessedTime(SIGNED_IN.plus(Duration.ofHours(2)));
    assertThat(session.getLastAccessedTime()).isEqualTo(SIGNED_IN.plus(Duration.ofHours(2)));
  }

  @Test
  void everything_else_is_the_stored_sessions() {
    MinuteSessions.Held session = session();
    session.setAttribute("who", "ed");
    session.setMaxInactiveInterval(Duration.ofMinutes(30));
    assertThat((String) session.getAttribute("who")).isEqualTo("ed");
    assertThat(session.getAttributeNames()).containsExactly("who");
    assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    String before = session.getId();
    assertThat(session.changeSessionId()).isNotEqualTo(before).isEqualTo(session.getId());
    session.removeAttribute("who");
    assertThat(session.getAttributeNames()).isEmpty();
    assertThat(session.isExpired()).as("last used hours ago").isTrue();
    assertThat(new MinuteSessions.Held(new MapSession()).isExpired()).isFalse();
  }
}
