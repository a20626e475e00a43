package org.tidewatch.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.engine.infer.EventDecoder;

/**
 * The event log's format did not change when the codec moved to core: lines written by the engine's
 * former encoder (real {@code events.jsonl} lines of demo and corpus runs, two or three per type)
 * decode and encode again to the same bytes, and the engine's decoder reads them as before.
 */
class EventJsonTest {

  private static List<String> golden() throws IOException {
    try (InputStream in = EventJsonTest.class.getResourceAsStream("golden-events.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void formerLogLines_encodeAgainToTheSameBytes() throws IOException {
    List<String> lines = golden();
    assertThat(lines.stream().map(l -> EventRow.parse(l).type()).distinct())
        .hasSizeGreaterThanOrEqualTo(9);
    for (String line : lines) {
      DetectedEvent e = EventCodec.decode(line);
      assertThat(EventJson.line(e)).isEqualTo(line);
      assertThat(EventDecoder.decode(EventRow.parse(EventJson.line(e)))).contains(e);
      // the store's exact form gives back an equal record
      assertThat(EventCodec.decode(EventCodec.encodeExact(e))).isEqualTo(e);
    }
  }

  @Test
  void exactForm_keepsTheConfidenceAndInfinities_theLogFormRoundsThem() throws IOException {
    DetectedEvent e = EventCodec.decode(golden().get(0));
    assertThat(e.type()).isIn((Object[]) EventType.values());
    String exact =
        EventCodec.encodeExact(e).replaceFirst("\"confidence\":[^,]*", "\"confidence\":0.12345");
    DetectedEvent c = EventCodec.decode(exact);
    assertThat(c.confidence()).isEqualTo(0.12345);
    assertThat(EventCodec.encode(c)).contains("\"confidence\":0.123,");
    assertThat(EventCodec.decode(EventCodec.encodeExact(c))).isEqualTo(c);
    AisGap inf =
        new AisGap(
            true,
            1,
            Instant.EPOCH,
            Instant.EPOCH,
            false,
            -0.0,
            1,
            2,
            3,
            1000,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            OptionalDouble.empty(),
            0.5,
            List.of());
    assertThat(EventCodec.decode(EventCodec.encodeExact(inf))).isEqualTo(inf);
    assertThat(EventCodec.encode(inf)).contains("\"impliedSpeed_kn\":null");
  }

  @Test
  void evidenceCarriesTheStoredRecordsContentHash_asSixteenHexDigits() throws IOException {
    DetectedEvent e = EventCodec.decode(golden().get(0));
    assertThat(e.evidence()).isNotEmpty();
    assertThat(e.evidence().get(0).contentHash()).isEmpty(); // lines written before it existed
    long negative = 0x8000_0000_0000_00abL;
    assertThat(EventCodec.hash(negative)).isEqualTo("80000000000000ab");
    String withHash =
        EventCodec.encodeExact(e)
            .replaceFirst("(\"line\":\\d+)", "$1,\"hash\":\"80000000000000ab\"");
    DetectedEvent h = EventCodec.decode(withHash);
    assertThat(h.evidence().get(0).contentHash()).hasValue(negative);
    assertThat(EventCodec.encodeExact(h)).isEqualTo(withHash);
    assertThat(EventCodec.decode(EventCodec.encode(h)).evidence().get(0).contentHash())
        .hasValue(negative);
  }
}
