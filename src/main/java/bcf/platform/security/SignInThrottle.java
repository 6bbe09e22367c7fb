package bcf.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * How often a password may be checked, decided before any hashing work:
 *
 * <ul>
 *   <li><b>Per account</b>: {@link #FREE_FAILURES} wrong passwords in a row cost nothing; after
 *       that each check waits for a delay that doubles with every further failure (1 s, 2 s, 4 s
 *       ...) up to {@link #LONGEST_DELAY}, and only one check of that account runs at a time
 *       (before that, at most {@link #AT_ONCE} at once). A stranger cannot lock anyone out: at
 *       worst they slow an account's sign-in to one check per {@link #LONGEST_DELAY}. The right
 *       password clears the account's count.
 *   <li><b>Per client address</b>: {@link #ADDRESS_FAILURES} wrong passwords (any usernames, known
 *       or not) within {@link #ADDRESS_WINDOW} and that address is refused until the oldest leaves
 *       the window, so guessing across many accounts, or at accounts that do not exist (each costs
 *       the same hashing as a real one, so that timing does not tell), is bounded.
 * </ul>
 *
 * <p>Claims are atomic: of forty guesses sent at once, at most {@link #AT_ONCE} are checked, and
 * after them one a minute. The counts are kept in memory, bounded in size; a restart forgets them.
 */
public final class SignInThrottle {

  public static final int FREE_FAILURES = 5;

  /**
   * Checks of one account that may run at once while it has fewer than {@link #FREE_FAILURES}
   * failures: enough for a script's parallel API calls, few enough that a burst of guesses is
   * bounded (of forty at once, this many are checked; the rest wait for their answers).
   */
  public static final int AT_ONCE = 16;

  public static final Duration LONGEST_DELAY = Duration.ofSeconds(60);
  public static final int ADDRESS_FAILURES = 50;
  public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

  private static final int MAX_TRACKED = 100_000;

  private final Clock clock;
  private final int addressFailures;
  private final ConcurrentMap<String, Account> accounts;
  private final ConcurrentMap<String, Deque<Instant>> addresses;

  public SignInThrottle(Clock clock) {
    this(clock, ADDRESS_FAILURES);
  }

  SignInThrottle(Clock clock, int addressFailures) {
    this.clock = clock;
    this.addressFailures = addressFailures;
    Cache<String, Account> accountCache =
        Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED)
            .expireAfterAccess(LONGEST_DELAY.plus(ADDRESS_WINDOW))
            .build();
    Cache<String, Deque<Instant>> addressCache =
        Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(ADDRESS_WINDOW).build();
    this.accounts = accountCache.asMap();
    this.addresses = addressCache.asMap();
  }

  /** Why a check was not made, and how long to wait. */
  public record Refusal(String reason, Duration retryAfter) {

    /** In words: "Too many failed sign-ins ... Try again in 8 seconds." */
    public String message() {
      long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
      String when =
          seconds >= 120
              ? ((seconds + 59) / 60) + " minutes"
              : seconds == 1 ? "1 second" : seconds + " seconds";
      return reason + " Try again in " + when + ".";
    }
  }

  /**
   * Claims one password check for the username from the address, or says why not. A claim made must
   * be ended by {@link #succeeded} or {@link #failed}.
   */
  public Optional<Refusal> claim(String username, String address) {
    Instant now = clock.instant();
    Deque<Instant> recent = addresses.get(address);
    if (recent != null) {
      synchronized (recent) {
        prune(recent, now);
        if (recent.size() >= addressFailures) {
          return Optional.of(
              new Refusal(
                  "Too many failed sign-ins from your network.",
                  Duration.between(now, recent.peekFirst().plus(ADDRESS_WINDOW))));
        }
      }
    }
    Refusal[] refused = new Refusal[1];
    accounts.compute(
        key(username),
        (k, account) -> {
          Account current = account == null ? new Account(0, Instant.MIN, 0) : account;
          if (now.isBefore(current.notBefore)) {
            refused[0] =
                new Refusal(
                    "Too many failed sign-ins for this user.",
                    Duration.between(now, current.notBefore));
            return current;
          }
          boolean free = current.failures < FREE_FAILURES && current.checking < AT_ONCE;
          boolean delayedTurn = current.failures >= FREE_FAILURES && current.checking == 0;
          if (!free && !delayedTurn) {
            refused[0] =
                new Refusal(
                    current.failures < FREE_FAILURES
                        ? "Too many sign-ins for this user at once."
                        : "Too many failed sign-ins for this user.",
                    Duration.ofSeconds(1));
            return current;
          }
          return new Account(current.failures, current.notBefore, current.checking + 1);
        });
    return Optional.ofNullable(refused[0]);
  }

  /** The claimed check found the right password: the account's count is cleared. */
  public void succeeded(String username, String address) {
    accounts.remove(key(username));
  }

  /** The claimed check found a wrong password (or no such user). */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    accounts.compute(
        key(username),
        (k, account) -> {
          Account current = account == null ? new Account(0, Instant.MIN, 1) : account;
          int failures = current.failures + 1;
          Instant notBefore =
              failures >= FREE_FAILURES ? now.plus(delay(failures)) : current.notBefore;
          return new Account(failures, notBefore, Math.max(0, current.checking - 1));
        });
    Deque<Instant> recent = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent, now);
      recent.addLast(now);
    }
  }

  /** The claimed check ended without an answer (an error): the claim is given back. */
  public void abandoned(String username) {
    accounts.computeIfPresent(
        key(username), (k, a) -> new Account(a.failures, a.notBefore, Math.max(0, a.checking - 1)));
  }

  /** The wait after the given number of failures in a row: 1 s after the fifth, doubling. */
  static Duration delay(int failures) {
    int over = failures - FREE_FAILURES;
    if (over < 0) {
      return Duration.ZERO;
    }
    if (over >= 6) {
      return LONGEST_DELAY;
    }
    Duration delay = Duration.ofSeconds(1L << over);
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  private static void prune(Deque<Instant> recent, Instant now) {
    Instant start = now.minus(ADDRESS_WINDOW);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
      recent.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.toLowerCase(Locale.ROOT);
  }

  /** One account's state: failures in a row, when it may next be checked, checks running. */
  private record Account(int failures, Instant notBefore, int checking) {}
}
