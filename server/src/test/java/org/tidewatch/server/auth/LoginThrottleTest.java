package org.tidewatch.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed logins lock a user name and an address with exponential back-off, bounded in memory. */
class LoginThrottleTest {
  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  final MovableClock clock = new MovableClock();
  final LoginThrottle t = new LoginThrottle(LoginThrottle.Policy.defaults(), clock);

  @Test
  void aUserNameIsLockedAfterFiveFailuresWithDoublingWaits() {
    for (int i = 0; i < 4; i++) {
      assertThat(t.retryAfter("ana", "10.0.0.1")).isEmpty();
      t.failed("ana", "10.0.0.1");
    }
    assertThat(t.retryAfter("ana", "10.0.0.1")).isEmpty();
    t.failed("ana", "10.0.0.1"); // fifth
    assertThat(t.retryAfter("ana", "10.0.0.2")).contains(Duration.ofSeconds(1));
    assertThat(t.retryAfter("ANA ", "10.0.0.9")).as("names compare case-blind").isPresent();
    assertThat(t.retryAfter("bob", "10.0.0.1")).as("the address is not locked yet").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(t.retryAfter("ana", "10.0.0.1")).isEmpty();
    t.failed("ana", "10.0.0.1");
    assertThat(t.retryAfter("ana", "10.0.0.1")).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    t.failed("ana", "10.0.0.1");
    assertThat(t.retryAfter("ana", "10.0.0.1")).contains(Duration.ofSeconds(4));
    for (int i = 0; i < 40; i++) {
      clock.advance(Duration.ofMinutes(20));
      t.failed("ana", "10.0.0.1");
    }
    assertThat(t.retryAfter("ana", "10.0.0.1")).contains(Duration.ofMinutes(15));
  }

  @Test
  void successClearsTheUserButNotTheAddress() {
    for (int i = 0; i < 19; i++) {
      t.failed("user" + i, "10.0.0.7");
    }
    assertThat(t.retryAfter("someone", "10.0.0.7")).isEmpty();
    t.failed("user19", "10.0.0.7"); // 20th from one address
    assertThat(t.retryAfter("someone", "10.0.0.7")).contains(Duration.ofSeconds(1));
    assertThat(t.retryAfter("someone", "10.0.0.8")).isEmpty();
    t.succeeded("someone");
    assertThat(t.retryAfter("someone", "10.0.0.7")).isPresent();
    for (int i = 0; i < 5; i++) {
      t.failed("ana", "10.0.0.1");
    }
    t.succeeded("ana");
    assertThat(t.retryAfter("ana", "10.0.0.3")).isEmpty();
  }

  @Test
  void failuresAreForgottenAndMemoryIsBounded() {
    LoginThrottle small =
        new LoginThrottle(
            new LoginThrottle.Policy(
                5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 100),
            clock);
    for (int i = 0; i < 4; i++) {
      small.failed("ana", "10.0.0.1");
    }
    clock.advance(Duration.ofHours(2));
    small.failed("ana", "10.0.0.1");
    assertThat(small.retryAfter("ana", "10.0.0.1")).as("old failures forgotten").isEmpty();
    for (int i = 0; i < 1000; i++) {
      small.failed("made-up-" + i, "10.1." + (i / 250) + "." + (i % 250));
    }
    assertThat(small.size()).isLessThanOrEqualTo(100);
  }
}
