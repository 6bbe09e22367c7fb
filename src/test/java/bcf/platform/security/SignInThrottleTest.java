package bcf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  /** A clock the test moves. */
  static final class Hands extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void forward(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final Hands clock = new Hands();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.claim(user, address)).as("claim %d", i + 1).isEmpty();
      throttle.failed(user, address);
    }
  }

  @Test
  void five_wrong_passwords_cost_nothing_then_each_check_waits_a_doubling_delay() {
    fail("ann", "10.0.0.1", 4);
    assertThat(throttle.claim("ann", "10.0.0.1")).isEmpty();
    throttle.failed("ann", "10.0.0.1");
    Optional<SignInThrottle.Refusal> refused = throttle.claim("ann", "10.0.0.1");
    assertThat(refused).isPresent();
    assertThat(refused.get().retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(refused.get().message())
        .isEqualTo("Too many failed sign-ins for this user. Try again in 1 second.");
    clock.forward(Duration.ofSeconds(1));
    fail("ann", "10.0.0.1", 1);
    assertThat(throttle.claim("ann", "10.0.0.1").orElseThrow().retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void the_delay_doubles_to_a_minute_and_no_further() {
    assertThat(SignInThrottle.delay(4)).isZero();
    assertThat(SignInThrottle.delay(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SignInThrottle.delay(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(SignInThrottle.delay(10)).isEqualTo(Duration.ofSeconds(32));
    assertThat(SignInThrottle.delay(11)).isEqualTo(Duration.ofSeconds(60));
    assertThat(SignInThrottle.delay(1000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void a_stranger_cannot_lock_an_account_the_right_password_gets_in_after_the_delay() {
    for (int i = 0; i < 30; i++) {
      fail("bob", "203.0.113." + i, 1);
      clock.forward(SignInThrottle.LONGEST_DELAY);
    }
    // The stranger's failures leave the account one minute from a check at most.
    assertThat(throttle.claim("bob", "198.51.100.7")).isEmpty();
    throttle.succeeded("bob", "198.51.100.7");
    // The right password cleared the count: the next wrong guesses are free again.
    fail("bob", "198.51.100.7", 4);
  }

  @Test
  void the_right_password_clears_the_count() {
    fail("cat", "10.0.0.2", 4);
    assertThat(throttle.claim("cat", "10.0.0.2")).isEmpty();
    throttle.succeeded("cat", "10.0.0.2");
    fail("cat", "10.0.0.2", 5);
    assertThat(throttle.claim("cat", "10.0.0.2")).isPresent();
  }

  @Test
  void usernames_are_counted_without_regard_to_case() {
    fail("Dan", "10.0.0.3", 5);
    assertThat(throttle.claim("dan", "10.0.0.3")).isPresent();
  }

  @Test
  void one_address_guessing_across_accounts_is_refused_before_any_check() {
    SignInThrottle strict = new SignInThrottle(clock, 10);
    for (int i = 0; i < 10; i++) {
      assertThat(strict.claim("user" + i, "192.0.2.9")).isEmpty();
      strict.failed("user" + i, "192.0.2.9");
      clock.forward(Duration.ofSeconds(10));
    }
    Optional<SignInThrottle.Refusal> refused = strict.claim("someone-else", "192.0.2.9");
    assertThat(refused).isPresent();
    assertThat(refused.get().message()).startsWith("Too many failed sign-ins from your network.");
    assertThat(refused.get().retryAfter())
        .isEqualTo(SignInThrottle.ADDRESS_WINDOW.minus(Duration.ofSeconds(100)));
    // Another address is not affected, and the first is let in again as its failures age.
    assertThat(strict.claim("someone-else", "192.0.2.10")).isEmpty();
    clock.forward(refused.get().retryAfter());
    assertThat(strict.claim("someone-else", "192.0.2.9")).isEmpty();
  }

  @Test
  void of_forty_guesses_at_once_at_most_sixteen_are_checked_and_then_one_a_minute()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(40);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      claims.add(
          pool.submit(
              () -> {
                go.await();
                return throttle.claim("eve", "10.0.0.4").isEmpty();
              }));
    }
    go.countDown();
    int checked = 0;
    for (Future<Boolean> claim : claims) {
      if (claim.get()) {
        checked++;
      }
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(checked).isEqualTo(SignInThrottle.AT_ONCE);
    for (int i = 0; i < checked; i++) {
      throttle.failed("eve", "10.0.0.4");
    }
    assertThat(throttle.claim("eve", "10.0.0.4").orElseThrow().retryAfter())
        .isEqualTo(SignInThrottle.LONGEST_DELAY);
  }

  @Test
  void a_check_that_ends_in_an_error_gives_its_claim_back() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.claim("fay", "10.0.0.5")).isEmpty();
      throttle.abandoned("fay");
    }
    assertThat(throttle.claim("fay", "10.0.0.5")).isEmpty();
  }

  @Test
  void long_waits_are_said_in_minutes() {
    assertThat(new SignInThrottle.Refusal("Too many.", Duration.ofSeconds(899)).message())
        .isEqualTo("Too many. Try again in 15 minutes.");
    assertThat(new SignInThrottle.Refusal("Too many.", Duration.ofMillis(1500)).message())
        .isEqualTo("Too many. Try again in 2 seconds.");
  }
}
