package bcf.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions the web pages use: the JDBC store (sessions survive a restart and are shared by
 * instances), except that a session's last access is written at most once a minute. The store
 * otherwise rewrites the session's row, a committed write, on every page a signed-in user opens,
 * only to move that time on by a few seconds. Sessions last {@code server.servlet.session.timeout}
 * (hours) from their last access, so one that ends up to a minute early is the whole cost.
 * Everything else (attributes, a new session id at sign-in, sign-out) is the store's, unchanged,
 * except that an attribute that no longer reads is dropped rather than failing every page.
 */
@Component
@Primary
class MinuteSessions implements SessionRepository<MinuteSessions.Held> {

  /** How stale a stored last access may become before it is written again. */
  static final Duration GRAIN = Duration.ofMinutes(1);

  private final SessionRepository<Session> store;

  @Autowired
  @SuppressWarnings({"unchecked", "rawtypes"})
  MinuteSessions(JdbcIndexedSessionRepository store) {
    // The store's own session type is not public; its bridge methods take any Session, and are
    // only ever given the sessions it made.
    this((SessionRepository) store);
  }

  MinuteSessions(SessionRepository<Session> store) {
    this.store = store;
  }

  @Override
  public Held createSession() {
    return new Held(store.createSession());
  }

  /**
   * The session this thread's request has read, so that reading it again in the same request does
   * not go back to the database: Spring Session commits a request's session when the answer is
   * committed and again when the request ends, and the second time reads the session the visitor
   * came with once more, only for its id. Only inside a web request ({@link OneRequest} opens the
   * slot and empties it when the request ends, so it never outlives the request); emptied too when
   * a session is deleted.
   */
  private final ThreadLocal<Held[]> thisRequest = new ThreadLocal<>();

  @Override
  public void save(Held session) {
    store.save(session.session);
  }

  @Override
  public Held findById(String id) {
    Held[] slot = thisRequest.get();
    if (slot != null && slot[0] != null && slot[0].getId().equals(id)) {
      return slot[0];
    }
    Session found = store.findById(id);
    Held held = found == null ? null : new Held(found);
    if (slot != null) {
      slot[0] = held;
    }
    return held;
  }

  @Override
  public void deleteById(String id) {
    Held[] slot = thisRequest.get();
    if (slot != null) {
      slot[0] = null;
    }
    store.deleteById(id);
  }

  void requestStarted() {
    thisRequest.set(new Held[1]);
  }

  /** Forgets the session read by this thread's request; its request has ended. */
  void requestEnded() {
    thisRequest.remove();
  }

  /**
   * Around Spring Session's filter: a request's sessions are read afresh by the next request, even
   * on the same thread.
   */
  @Component
  @Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
  static class OneRequest extends OncePerRequestFilter {

    private final MinuteSessions sessions;

    OneRequest(MinuteSessions sessions) {
      this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      sessions.requestStarted();
      try {
        chain.doFilter(request, response);
      } finally {
        sessions.requestEnded();
      }
    }
  }

  /** A stored session whose last access moves only when it is at least a minute old. */
  static final class Held implements Session {

    private final Session session;

    Held(Session session) {
      this.session = session;
    }

    @Override
    public void setLastAccessedTime(Instant at) {
      if (Duration.between(session.getLastAccessedTime(), at).compareTo(GRAIN) >= 0) {
        session.setLastAccessedTime(at);
      }
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      return session.changeSessionId();
    }

    /**
     * The attribute, or none when its stored bytes no longer read (a session stored by an earlier
     * release whose classes have changed shape): the visitor is then signed out and asked to sign
     * in again, and the unreadable attribute is removed when the session is saved, rather than
     * every page answering with an error until the session expires.
     */
    @Override
    public <T> T getAttribute(String name) {
      try {
        return session.getAttribute(name);
      } catch (ConversionFailedException | SerializationFailedException unreadable) {
        session.removeAttribute(name);
        return null;
      }
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      session.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      session.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }
}
