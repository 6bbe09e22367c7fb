package bcf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A signed-in request reads its stored session from the database once, where Spring Session alone
 * reads it twice (it commits the session when the answer is committed and again when the request
 * ends, and the second time reads the session the visitor came with again); and never a session
 * read by an earlier request.
 */
class SessionReadOnceTest {

  /** The store, counting its reads. */
  private static final class Counted implements SessionRepository<Session> {
    final MapSessionRepository map = new MapSessionRepository(new ConcurrentHashMap<>());
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public Session createSession() {
      return map.createSession();
    }

    @Override
    public void save(Session session) {
      map.save((MapSession) session);
    }

    @Override
    public Session findById(String id) {
      reads.incrementAndGet();
      return map.findById(id);
    }

    @Override
    public void deleteById(String id) {
      map.deleteById(id);
    }
  }

  private final Counted store = new Counted();
  private final MinuteSessions sessions = new MinuteSessions(store);
  private final SessionRepositoryFilter<MinuteSessions.Held> spring =
      new SessionRepositoryFilter<>(sessions);

  private String stored(String user) {
    MapSession session = new MapSession();
    session.setAttribute("user", user);
    store.map.save(session);
    return session.getId();
  }

  /**
   * A page: reads who is signed in from the session, then writes itself whole, which commits the
   * answer (and Spring Session commits the session then, and once more when the request ends).
   */
  private static final class Page extends HttpServlet {
    String seen;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      HttpSession session = request.getSession(false);
      seen = session == null ? null : (String) session.getAttribute("user");
      response.getWriter().write("<p>page</p>");
      response.flushBuffer();
    }
  }

  private Page request(String sessionId, Filter... filters) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans");
    request.setCookies(
        new Cookie(
            "SESSION",
            Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
    Page page = new Page();
    new MockFilterChain(page, filters).doFilter(request, new MockHttpServletResponse());
    return page;
  }

  @Test
  void aSignedInRequestReadsItsSessionOnce() throws Exception {
    String id = stored("ed.warwickshire");

    Page page = request(id, new MinuteSessions.OneRequest(sessions), spring);

    assertThat(page.seen).isEqualTo("ed.warwickshire");
    assertThat(store.reads).hasValue(1);
  }

  @Test
  void springSessionAloneReadsItTwice() throws Exception {
    String id = stored("ed.warwickshire");

    request(id, spring);

    assertThat(store.reads).hasValue(2);
  }

  @Test
  void theNextRequestReadsTheSessionAfreshEvenOnTheSameThread() throws Exception {
    String id = stored("ed.warwickshire");
    request(id, new MinuteSessions.OneRequest(sessions), spring);

    MapSession changed = store.map.findById(id);
    changed.setAttribute("user", "ed.dorset");
    store.map.save(changed);
    Page next = request(id, new MinuteSessions.OneRequest(sessions), spring);

    assertThat(next.seen).isEqualTo("ed.dorset");
    assertThat(store.reads).hasValue(2);
  }

  @Test
  void aSessionDeletedByAnotherRequestIsNotServedFromAnEarlierOne() throws Exception {
    String id = stored("ed.warwickshire");
    request(id, new MinuteSessions.OneRequest(sessions), spring);
    store.map.deleteById(id);

    assertThat(request(id, new MinuteSessions.OneRequest(sessions), spring).seen).isNull();
  }
}
