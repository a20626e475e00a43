package org.tidewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.server.data.EventView;

/** An event without a position (an identity change) must not reach the client as "NaN". */
class EventDtoTest {
  private static final Instant T = Instant.parse("2024-01-05T00:00:00Z");

  @Test
  void unknownPositionIsNullInJsonAndEmptyInCsv() throws Exception {
    EventView v =
        new EventView(
            "IDENTITY_CHANGE:412000001:1704412800",
            "IDENTITY_CHANGE",
            List.of(412000001),
            T,
            T,
            Double.NaN,
            Double.NaN,
            "name changed",
            "UNMARKED");
    Dto.Event e = Dto.Event.of(v);
    String json = new ObjectMapper().writeValueAsString(e);
    assertThat(json).contains("\"latitude_deg\":null").contains("\"longitude_deg\":null");
    assertThat(json).doesNotContain("NaN");
    assertThat(Dto.Event.of(withPosition(v)).latitude_deg()).isEqualTo(38.5);
  }

  private static EventView withPosition(EventView v) {
    return new EventView(
        v.id(), v.type(), v.mmsis(), v.start(), v.end(), 38.5, 124.25, v.summary(), v.marking());
  }
}
