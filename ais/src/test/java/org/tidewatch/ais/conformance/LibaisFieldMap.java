package org.tidewatch.ais.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.ChannelManagement;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.GroupAssignmentCommand;
import org.tidewatch.ais.message.PositionReport;
import org.tidewatch.ais.message.SarAircraftPositionReport;
import org.tidewatch.ais.sentence.Reception;

/**
 * How each field of libais' gpsd-compatible JSON ({@code ais.compatibility.gpsd.Mangler}) is found
 * on our side. Most fields carry gpsd's name and are compared with our gpsd JSON ({@link #SAME}).
 * The others are mapped explicitly, each with its reason: fields libais passes through under its
 * own name (communication-state parts, spare bits), names libais gives a different meaning than
 * gpsd ({@code cs}, {@code unit}, {@code mode}), values gpsd prints at reduced precision, and tag
 * block fields that come from {@link Reception} rather than from the AIS payload.
 */
final class LibaisFieldMap {
  private LibaisFieldMap() {}

  /**
   * What a mapping rule sees of one message.
   *
   * @param message our decoded message
   * @param gpsd our scaled gpsd JSON ({@code gpsdecode -j}, part A/B separate as with {@code -s})
   * @param unscaled our unscaled gpsd JSON ({@code gpsdecode -u -j})
   * @param bits the message's payload as '0'/'1' characters (fill bits removed)
   * @param reception how the reader received it
   */
  record Ctx(
      AisMessage message, JsonNode gpsd, JsonNode unscaled, String bits, Reception reception) {
    /** Unsigned payload bits {@code [offset, offset + width)}, or null beyond the payload. */
    Integer uint(int offset, int width) {
      return offset + width > bits.length()
          ? null
          : Integer.parseInt(bits.substring(offset, offset + width), 2);
    }
  }

  /**
   * One mapping: where our value comes from and why it is not simply the same-named gpsd field.
   *
   * @param reason why the mapping is needed
   * @param ours our value (a JSON node, number, boolean, string, or null when we have none)
   */
  record Mapping(String reason, Function<Ctx, Object> ours) {}

  /** Fields with the same name and meaning in libais' mapping and gpsd's JSON. */
  static final Set<String> SAME =
      Set.of(
          "class",
          "device",
          "scaled",
          "type",
          "repeat",
          "mmsi",
          "accuracy",
          "raim",
          "lon",
          "lat",
          "course",
          "speed",
          "heading",
          "second",
          "status",
          "status_text",
          "maneuver",
          "epfd",
          "epfd_text",
          "timestamp",
          "shipname",
          "callsign",
          "destination",
          "shiptype",
          "shiptype_text",
          "to_bow",
          "to_stern",
          "to_port",
          "to_starboard",
          "ais_version",
          "dte",
          "draught",
          "imo",
          "dest_mmsi",
          "seqno",
          "retransmit",
          "dac",
          "fid",
          "mmsi1",
          "mmsi2",
          "mmsi3",
          "mmsi4",
          "type1_1",
          "offset1_1",
          "type1_2",
          "offset1_2",
          "type2_1",
          "offset2_1",
          "offset1",
          "offset2",
          "increment1",
          "increment2",
          "number1",
          "number2",
          "timeout1",
          "timeout2",
          "text",
          "band",
          "display",
          "dsc",
          "msg22",
          "gnss",
          "alt",
          "aid_type",
          "aid_type_text",
          "name",
          "off_position",
          "virtual_aid",
          "regional",
          "channel_a",
          "channel_b",
          "band_a",
          "band_b",
          "power",
          "txrx",
          "ne_lon",
          "ne_lat",
          "sw_lon",
          "sw_lat",
          "zonesize",
          "stationtype",
          "stationtype_text",
          "interval",
          "quiet");

  /**
   * What a rule returns for a libais field that has no counterpart on our side at all; the rule's
   * reason explains it and the test counts the field as a known difference.
   */
  static final Object NOT_KEPT = new Object();

  private static final Map<String, Mapping> BY_KEY = new HashMap<>();

  /** The explicit mapping of {@code field} in a message of {@code type}, or null. */
  static Mapping mapping(int type, String field) {
    Mapping m = BY_KEY.get(type + "/" + field);
    return m != null ? m : BY_KEY.get(field);
  }

  static void map(String key, String reason, Function<Ctx, Object> ours) {
    BY_KEY.put(key, new Mapping(reason, ours));
  }

  /** Spare bits: neither gpsd nor tidewatch reports them; checked against the payload bits. */
  private static void spare(int type, String field, int offset, int width) {
    map(
        type + "/" + field,
        "spare bits "
            + offset
            + "-"
            + (offset + width - 1)
            + " of message "
            + type
            + " (ITU-R M.1371-5); gpsd and tidewatch drop them, so the payload bits are checked",
        c -> c.uint(offset, width));
  }

  private static final DateTimeFormatter LIBAIS_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  static String libaisTime(Instant t) {
    return LIBAIS_TIME.format(t);
  }

  static {
    String comm =
        "communication state sub-field (ITU-R M.1371-5 3.3.7.2.2 / 3.3.7.3.2): libais splits it,"
            + " gpsd prints the whole state as 'radio'; derived from our raw radio status";
    for (String f :
        new String[] {
          "sync_state",
          "slot_timeout",
          "slot_number",
          "received_stations",
          "slot_offset",
          "utc_hour",
          "utc_min",
          "utc_spare",
          "slot_increment",
          "slots_to_allocate",
          "keep_flag",
          "commstate_cs_fill"
        }) {
      map(f, comm, c -> CommState.of(c.message()).get(f));
    }
    map(
        "turn",
        "gpsd prints the rate of turn with 2 decimals (and 'n/a' when not available); libais"
            + " computes (ROT/4.733)^2 as float and writes null when not available: compared with"
            + " our rateOfTurn_degPerMin",
        c -> {
          var r = ((PositionReport) c.message()).rateOfTurn_degPerMin();
          return r.isPresent() ? (Object) r.getAsDouble() : null;
        });
    for (int t = 1; t <= 3; t++) {
      map(
          t + "/spare",
          "spare bits kept in our model (messages 1-3: 3 bits before RAIM)",
          c -> ((PositionReport) c.message()).spare());
    }
    // message 4 and 11: M.1371-5 made the first of the 10 spare bits a transmission control flag
    String tx =
        "M.1371-5 turned the first of message 4/11's 10 spare bits into the transmission control"
            + " flag; tidewatch keeps all 10 bits as 'spare' (gpsd drops them)";
    for (int t : new int[] {4, 11}) {
      map(t + "/transmission_ctl", tx, c -> spare10(c) >>> 9);
      map(t + "/spare", tx, c -> spare10(c) & 0x1FF);
    }
    spare(5, "spare", 423, 1);
    spare(8, "spare", 38, 2);
    map(
        "6/spare",
        "spare bit after the retransmit flag, kept in our model",
        c -> ((org.tidewatch.ais.message.AddressedBinaryMessage) c.message()).spare());
    map(
        "9/alt_sensor",
        "M.1371-5 altitude sensor bit: the first of the 8 bits gpsd prints as 'regional'",
        c -> ((SarAircraftPositionReport) c.message()).regional() >>> 7);
    map(
        "9/spare",
        "the 7 spare bits after the altitude sensor bit, the rest of gpsd's 'regional'",
        c -> ((SarAircraftPositionReport) c.message()).regional() & 0x7F);
    map(
        "9/spare2",
        "the 3 spare bits after DTE, kept in our model",
        c -> ((SarAircraftPositionReport) c.message()).spare());
    map(
        "9/assigned",
        "assigned-mode flag: gpsd decodes but does not print it for message 9; our model has it",
        c -> ((SarAircraftPositionReport) c.message()).assigned());
    spare(10, "spare", 38, 2);
    spare(10, "spare2", 70, 2);
    spare(12, "spare", 71, 1);
    spare(14, "spare", 38, 2);
    map(
        "14/spare2",
        "bits after the last whole six-bit character of the text (spare)",
        c -> c.uint(40 + (c.bits().length() - 40) / 6 * 6, (c.bits().length() - 40) % 6));
    spare(15, "spare", 38, 2);
    spare(15, "spare2", 88, 2);
    for (String f : new String[] {"spare3", "type2_2", "offset2_2", "msg_2", "slot_offset_2"}) {
      map(
          "15/" + f,
          "second station's second request (or its spare): beyond a message 15 that is shorter"
              + " than 160 bits, so absent; libais reports 0",
          c -> c.bits().length() < 160 ? 0 : null);
    }
    map(
        "15/spare4",
        "spare bits at the end of a 160-bit message 15: absent in a shorter one; libais reports 0",
        c -> c.bits().length() < 160 ? 0 : c.uint(158, 2));
    spare(16, "spare", 38, 2);
    map(
        "16/spare2",
        "spare bits after the first assignment (message 16 of 96 bits)",
        c -> c.uint(92, c.bits().length() - 92));
    spare(17, "spare", 38, 2);
    spare(17, "spare2", 75, 5);
    map(
        "17/lon",
        "gpsd prints message 17's position with one decimal; compared with our unscaled value"
            + " (1/10 minute) / 600",
        c -> c.unscaled().get("lon").asDouble() / 600.0);
    map(
        "17/lat",
        "gpsd prints message 17's position with one decimal; compared with our unscaled value"
            + " (1/10 minute) / 600",
        c -> c.unscaled().get("lat").asDouble() / 600.0);
    spare(20, "spare", 38, 2);
    for (String f : new String[] {"band_a", "band_b"}) {
      map(
          "22/" + f,
          "libais writes message 22's bandwidth flags as integers 0/1, gpsd as booleans",
          c -> c.gpsd().get(f).asBoolean() ? 1 : 0);
    }
    for (String f : new String[] {"lon", "lat"}) {
      map(
          "27/" + f,
          "gpsd prints message 27's position with 4 decimals; compared with our unscaled value"
              + " (1/10 minute) / 600",
          c -> c.unscaled().get(f).asDouble() / 600.0);
    }
    map("18/spare", "libais 'spare' = gpsd 'reserved' (8 bits)", c -> c.gpsd().get("reserved"));
    map("18/spare2", "libais 'spare2' = gpsd 'regional' (2 bits)", c -> c.gpsd().get("regional"));
    map(
        "18/unit",
        "libais 'unit' (class B unit flag, 1 = CS) is what gpsd calls 'cs'",
        c -> c.gpsd().get("cs"));
    map(
        "18/cs",
        "libais 'cs' is the communication state selector flag (bit 148), which gpsd prints as"
            + " the top bit of its 20-bit 'radio'",
        c -> (((ClassBPositionReport) c.message()).radioStatus() >>> 19) == 1);
    map(
        "18/mode",
        "libais 'mode' is the assigned-mode flag, which gpsd does not print for message 18",
        c -> ((ClassBPositionReport) c.message()).assigned());
    spare(21, "spare", 271, 1);
    map(
        "21/assigned",
        "assigned-mode flag: gpsd does not print it for message 21; our model has it",
        c -> ((org.tidewatch.ais.message.AidToNavigationReport) c.message()).assigned());
    spare(22, "spare", 38, 2);
    spare(22, "spare2", 145, 23);
    map(
        "22/txrx",
        "same name; taken from our model for both forms of message 22",
        c -> ((ChannelManagement) c.message()).txRxMode());
    spare(23, "spare", 38, 2);
    spare(23, "spare2", 122, 22);
    spare(23, "spare3", 154, 6);
    map(
        "23/txrx",
        "Tx/Rx mode of message 23: gpsd decodes but does not print it; our model has it",
        c -> ((GroupAssignmentCommand) c.message()).txRxMode());
    map(
        "24/part_num",
        "libais 'part_num' (0 = A, 1 = B) is gpsd's 'part' (\"A\", \"B\")",
        c -> "A".equals(c.gpsd().path("part").asText()) ? 0 : 1);
    map(
        "26/dac",
        "libais splits message 26's 16-bit application identifier into DAC (10 bits) and FI (6"
            + " bits); gpsd prints it whole as 'app_id'",
        c -> c.gpsd().get("app_id").asInt() >>> 6);
    map(
        "26/fid",
        "libais splits message 26's 16-bit application identifier into DAC (10 bits) and FI (6"
            + " bits); gpsd prints it whole as 'app_id'",
        c -> c.gpsd().get("app_id").asInt() & 0x3F);
    spare(27, "spare", 95, 1);
    LibaisAsmFields.register();
    String tag = "tag block field: from the reader's Reception, not from the AIS payload";
    map(
        "timestamp",
        "libais copies the tag-block time (c:) into 'timestamp' for messages that carry no date"
            + " of their own (its Mangler copy_tagblock_timestamp)",
        c -> c.reception().receivedAt().map(LibaisFieldMap::libaisTime).orElse(null));
    for (int t : new int[] {4, 11}) {
      map(
          t + "/timestamp",
          "the message's own UTC date and time, as gpsd writes it",
          c -> c.gpsd().get("timestamp"));
    }
    map(
        "tagblock_T",
        tag
            + ": T: is an ORBCOMM human-readable copy of the c: time; Reception keeps c:, so T:"
            + " is checked against it",
        c ->
            c.reception()
                .receivedAt()
                .map(
                    t ->
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss")
                            .withZone(ZoneOffset.UTC)
                            .format(t))
                .orElse(null));
    map(
        "tagblock_q",
        tag
            + ": q: is an ORBCOMM-specific quality flag, not an IEC 61162-1 tag-block parameter;"
            + " the reader does not keep it",
        c -> NOT_KEPT);
    map("tagblock_station", tag, c -> c.reception().station().orElse(null));
    map(
        "tagblock_timestamp",
        tag + " (c: time, written as libais does)",
        c -> c.reception().receivedAt().map(LibaisFieldMap::libaisTime).orElse(null));
    map(
        "tagblock_group",
        tag + " (g: sentence-size-id of the first sentence)",
        c ->
            c.reception()
                .group()
                .map(
                    g -> {
                      Map<String, Object> o = new LinkedHashMap<>();
                      o.put("groupsize", g.size());
                      o.put("id", g.id());
                      o.put("sentence", g.sentence());
                      return (Object) o;
                    })
                .orElse(null));
  }

  private static int spare10(Ctx c) {
    return ((org.tidewatch.ais.message.BaseStationReport) c.message()).spare();
  }
}
