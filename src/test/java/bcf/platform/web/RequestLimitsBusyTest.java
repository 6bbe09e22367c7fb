package bcf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Limits;
import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The statistics tools run at most {@link Limits#EXPENSIVE_AT_ONCE} calculations at once: while
 * that many are running, the next is answered 503 with Retry-After at once, without reaching the
 * tool; cheap requests pass; once one ends, the next is served. Deterministic: the calculations are
 * held by a latch, not by timing.
 */
class RequestLimitsBusyTest {

  private final RequestLimits limits = new RequestLimits();

  private static MockHttpServletRequest post(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRequestURI(path);
    request.setContentType("text/csv");
    request.setContent("value\n1\n2\n3\n".getBytes());
    return request;
  }

  @Test
  void the_next_calculation_is_refused_at_once_while_the_tools_are_full() throws Exception {
    CountDownLatch entered = new CountDownLatch(Limits.EXPENSIVE_AT_ONCE);
    CountDownLatch finish = new CountDownLatch(1);
    FilterChain held =
        (request, response) -> {
          entered.countDown();
          try {
            finish.await(1, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
        };
    ExecutorService pool = Executors.newFixedThreadPool(Limits.EXPENSIVE_AT_ONCE);
    List<Future<MockHttpServletResponse>> running = new ArrayList<>();
    for (int i = 0; i < Limits.EXPENSIVE_AT_ONCE; i++) {
      running.add(
          pool.submit(
              () -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                limits.doFilter(post("/api/v1/metrics/spc"), response, held);
                return response;
              }));
    }
    assertThat(entered.await(1, TimeUnit.MINUTES)).as("the tools are full").isTrue();

    boolean[] reached = {false};
    MockHttpServletResponse refused = new MockHttpServletResponse();
    limits.doFilter(
        post("/api/v1/metrics/spc-chart.svg"), refused, (request, response) -> reached[0] = true);
    assertThat(reached[0]).as("the tool was not run").isFalse();
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    assertThat(refused.getContentAsString()).contains("\"rule\":\"busy\"", "Try again in 1 second");

    // Anything else passes meanwhile.
    MockHttpServletResponse cheap = new MockHttpServletResponse();
    MockHttpServletRequest list = new MockHttpServletRequest("GET", "/api/v1/plans");
    list.setRequestURI("/api/v1/plans");
    boolean[] listed = {false};
    limits.doFilter(list, cheap, (request, response) -> listed[0] = true);
    assertThat(listed[0]).isTrue();

    finish.countDown();
    for (Future<MockHttpServletResponse> one : running) {
      assertThat(one.get(1, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
    }
    pool.shutdown();

    // The permits came back.
    boolean[] again = {false};
    limits.doFilter(
        post("/api/v1/metrics/compute"), new MockHttpServletResponse(), (q, r) -> again[0] = true);
    assertThat(again[0]).isTrue();
  }
}
