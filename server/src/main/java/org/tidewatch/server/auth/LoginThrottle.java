package org.tidewatch.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: failed logins are counted per user name and per client address, and past
 * a free allowance each further failure locks that key for an exponentially growing time ({@code
 * base × 2^(failures − free)}, at most {@code max}). While a key is locked, logins on it are
 * refused before the password is checked (so a locked-out guesser costs no bcrypt work). A success
 * clears the user name's count (not the address's: one valid account must not reset a guesser's
 * address); a key's count is forgotten after {@code forget} without a failure. At most {@code
 * maxKeys} keys are kept (least recently used dropped first), so memory stays bounded under a flood
 * of made-up names.
 *
 * <p>Thread-safe (one lock; the work under it is a map look-up).
 */
public final class LoginThrottle {
  /**
   * The policy.
   *
   * @param freePerUser failures of one user name before locking starts
   * @param freePerAddress failures from one client address before locking starts (higher: many
   *     users may share an address behind NAT)
   * @param base the first lock
   * @param max the longest lock
   * @param forget a key's failures are forgotten after this long without one
   * @param maxKeys most keys remembered
   */
  public record Policy(
      int freePerUser,
      int freePerAddress,
      Duration base,
      Duration max,
      Duration forget,
      int maxKeys) {

    /** 5 per user, 20 per address, 1 s doubling to 15 min, forgotten after 1 h, 10,000 keys. */
    public static Policy defaults() {
      return new Policy(
          5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 10_000);
    }
  }

  private record State(int failures, Instant lastFailure, Instant lockedUntil) {}

  private final Policy policy;
  private final Clock clock;
  private final LinkedHashMap<String, State> keys = new LinkedHashMap<>(256, 0.75f, true);

  public LoginThrottle(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** With the default policy and the system clock. */
  public static LoginThrottle defaults() {
    return new LoginThrottle(Policy.defaults(), Clock.systemUTC());
  }

  private static String userKey(String user) {
    return "u:" + user.strip().toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  /** How long the caller must wait before trying this user from this address; empty: go ahead. */
  public synchronized Optional<Duration> retryAfter(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String k : new String[] {userKey(user), addressKey(address)}) {
      State s = current(k, now);
      if (s != null && s.lockedUntil().isAfter(now)) {
        Duration d = Duration.between(now, s.lockedUntil());
        if (d.compareTo(wait) > 0) {
          wait = d;
        }
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Records a failed login. */
  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    fail(userKey(user), policy.freePerUser(), now);
    fail(addressKey(address), policy.freePerAddress(), now);
    while (keys.size() > policy.maxKeys()) {
      keys.remove(keys.keySet().iterator().next());
    }
  }

  /** Records a successful login: the user name's failures are forgotten. */
  public synchronized void succeeded(String user) {
    keys.remove(userKey(user));
  }

  /** Number of keys remembered (for tests). */
  synchronized int size() {
    return keys.size();
  }

  private State current(String key, Instant now) {
    State s = keys.get(key);
    if (s != null
        && !s.lockedUntil().isAfter(now)
        && !s.lastFailure().plus(policy.forget()).isAfter(now)) {
      keys.remove(key);
      return null;
    }
    return s;
  }

  private void fail(String key, int free, Instant now) {
    State s = current(key, now);
    int n = s == null ? 1 : s.failures() + 1;
    Instant until = s == null ? now : s.lockedUntil();
    if (n >= free) {
      int doublings = Math.min(n - free, 30);
      Duration lock = policy.base().multipliedBy(1L << doublings);
      if (lock.compareTo(policy.max()) > 0) {
        lock = policy.max();
      }
      until = now.plus(lock);
    }
    keys.put(key, new State(n, now, until));
  }

  /** The keys as text (for tests and logs). */
  synchronized Map<String, Integer> failures() {
    Map<String, Integer> m = new LinkedHashMap<>();
    keys.forEach((k, v) -> m.put(k, v.failures()));
    return m;
  }
}
