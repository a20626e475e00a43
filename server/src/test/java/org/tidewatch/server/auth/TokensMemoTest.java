package org.tidewatch.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Remembered verifications still expire, and only the exact token that verified is remembered. */
class TokensMemoTest {
  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();

  @Test
  void aRememberedTokenStillExpiresAndATamperedOneIsRefused() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-01-01T00:00:00Z"));
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    Tokens tokens = new Tokens(SECRET, Duration.ofHours(1), clock);
    String t = tokens.issue("ana");
    assertThat(tokens.verify(t)).contains("ana");
    assertThat(tokens.verify(t)).contains("ana"); // remembered
    String tampered = t.substring(0, t.length() - 2) + (t.endsWith("AA") ? "BB" : "AA");
    assertThat(tokens.verify(tampered)).isEmpty();
    Tokens other =
        new Tokens("another secret of thirty-two bytes!".getBytes(), Duration.ofHours(1), clock);
    assertThat(other.verify(t)).isEmpty();
    now.set(now.get().plus(Duration.ofMinutes(61)));
    assertThat(tokens.verify(t)).isEmpty();
    assertThat(tokens.verify(t)).isEmpty();
  }
}
