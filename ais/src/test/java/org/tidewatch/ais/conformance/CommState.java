package org.tidewatch.ais.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.BaseStationReport;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.MultipleSlotBinaryMessage;
import org.tidewatch.ais.message.PositionReport;
import org.tidewatch.ais.message.SarAircraftPositionReport;

/**
 * Splits the communication state a message carries (kept raw by tidewatch, printed raw by gpsd as
 * {@code "radio"}) into the sub-fields libais reports, with libais' names: ITU-R M.1371-5
 * §3.3.7.2.2 (SOTDMA: sync state, slot time-out, and a sub message chosen by the time-out) and
 * §3.3.7.3.2 (ITDMA: sync state, slot increment, number of slots, keep flag). Messages 9, 18 and 26
 * carry a selector bit in front (0 SOTDMA, 1 ITDMA); a class B "CS" unit (message 18 unit flag 1)
 * sends a fixed fill pattern instead, which libais reports whole as {@code commstate_cs_fill}.
 */
final class CommState {
  private CommState() {}

  /** The libais-named sub-fields of {@code m}'s communication state; empty when it has none. */
  static Map<String, Object> of(AisMessage m) {
    return switch (m) {
      case PositionReport p ->
          p.messageType() == 3 ? itdma(p.radioStatus()) : sotdma(p.radioStatus());
      case BaseStationReport p -> sotdma(p.radioStatus());
      case SarAircraftPositionReport p -> selected(p.radioStatus());
      case MultipleSlotBinaryMessage p -> selected(p.radioStatus());
      case ClassBPositionReport p -> {
        if (p.csUnit()) {
          Map<String, Object> cs = new LinkedHashMap<>();
          cs.put("commstate_cs_fill", p.radioStatus() & 0x7FFFF);
          yield cs;
        }
        yield selected(p.radioStatus());
      }
      default -> Map.of();
    };
  }

  private static Map<String, Object> selected(int radio20) {
    int state = radio20 & 0x7FFFF;
    return (radio20 >>> 19) == 1 ? itdma(state) : sotdma(state);
  }

  static Map<String, Object> sotdma(int state) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("sync_state", state >>> 17);
    int timeout = (state >>> 14) & 7;
    f.put("slot_timeout", timeout);
    int sub = state & 0x3FFF;
    switch (timeout) {
      case 0 -> f.put("slot_offset", sub);
      case 1 -> {
        f.put("utc_hour", sub >>> 9);
        f.put("utc_min", (sub >>> 2) & 0x7F);
        f.put("utc_spare", sub & 3);
      }
      case 2, 4, 6 -> f.put("slot_number", sub);
      default -> f.put("received_stations", sub);
    }
    return f;
  }

  static Map<String, Object> itdma(int state) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("sync_state", state >>> 17);
    f.put("slot_increment", (state >>> 4) & 0x1FFF);
    f.put("slots_to_allocate", (state >>> 1) & 7);
    f.put("keep_flag", (state & 1) == 1);
    return f;
  }
}
