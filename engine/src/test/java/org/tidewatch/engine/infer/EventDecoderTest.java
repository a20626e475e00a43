package org.tidewatch.engine.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.engine.detect.EventJson;
import org.tidewatch.engine.detect.EventRow;

/** The event log's JSON lines decode back to equal typed events. */
class EventDecoderTest {
  static final Instant T0 = Instant.parse("2024-01-05T10:00:00Z");
  static final Instant T1 = Instant.parse("2024-01-06T04:30:00Z");
  static final List<Evidence> EV =
      List.of(
          new Evidence(
              445030000, T0, 38.7, 125.4, "entry", "ais.csv", 42, java.util.OptionalLong.empty()));

  @Test
  void roundTrip() {
    List<DetectedEvent> events =
        List.of(
            new PortCall(
                445030000,
                T0,
                T1,
                "WPI-60280",
                "Nampo",
                Optional.of("DPRK_PORT"),
                38.7,
                125.4,
                true,
                false,
                false,
                OptionalDouble.of(3.5),
                OptionalDouble.empty(),
                0.75,
                EV),
            new Encounter(EventType.STS, 1, 2, T0, T1, 37.3, 123.9, 61, 0.2, 27, 99_000, 0.9, EV),
            new AisGap(
                true, 7, T0, T1, false, 1, 2, 3, 4, 5, 6, 7, OptionalDouble.empty(), 0.5, EV),
            new DraughtChange(9, T0, T1, Double.NaN, 125, 6.6, 3.8, Optional.empty(), 1, List.of()),
            new IdentityChange(
                IdentityChange.Kind.MMSI_SAME_IMO, List.of(5, 6), T0, T1, 1, 2, "a", "b", 0.9, EV),
            new Spoofing(
                Spoofing.Pattern.CIRCLES, 8, T0, T1, 38.3, 122.8, 68_000, 4.5, 8_000, 12, 0.7, EV));
    for (DetectedEvent e : events) {
      Optional<DetectedEvent> back = EventDecoder.decode(EventRow.parse(EventJson.line(e)));
      assertThat(back).as(e.type().name()).isPresent();
      assertThat(EventJson.line(back.get())).isEqualTo(EventJson.line(e));
    }
  }

  @Test
  void spoofingWrittenBeforePatternsExisted_isAnExcursion() {
    Spoofing now =
        new Spoofing(
            Spoofing.Pattern.EXCURSION, 8, T0, T1, 38.3, 122.8, 68_000, 30, 66_000, 12, 0.7, EV);
    String old = EventJson.line(now).replace("\"pattern\":\"EXCURSION\",", "");
    assertThat(old).doesNotContain("pattern");
    Optional<DetectedEvent> back = EventDecoder.decode(EventRow.parse(old));
    assertThat(back).containsInstanceOf(Spoofing.class);
    assertThat(((Spoofing) back.get()).pattern()).isEqualTo(Spoofing.Pattern.EXCURSION);
  }
}
