package org.tidewatch.ais.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of libais' expected output whose value differs from ours, keyed by {@code
 * file:message:field} (message counted from 1), each with both values and the reason.
 */
final class LibaisDifferences {
  private LibaisDifferences() {}

  /**
   * One difference.
   *
   * @param libais libais' value as JSON text
   * @param ours our value as JSON text
   * @param reason why they differ
   */
  record Difference(String libais, String ours, String reason) {}

  static final Map<String, Difference> ALL = new LinkedHashMap<>();

  private static void add(String key, String libais, String ours, String reason) {
    ALL.put(key, new Difference(libais, ours, reason));
  }

  private static final String LABELS =
      "ship type label: libais' own table writes 'X, Y' where gpsd (and tidewatch, matching"
          + " gpsd's sample.aivdm output) writes 'X - Y'; the code (shiptype) is equal";

  static {
    add(
        "typeexamples:3:shiptype_text",
        "\"Tanker, all ships of this type\"",
        "\"Tanker - all ships of this type\"",
        LABELS);
    add(
        "typeexamples:19:shiptype_text",
        "\"Cargo, Hazardous category B\"",
        "\"Cargo - Hazardous category B\"",
        LABELS);
    add(
        "typeexamples:21:status_text",
        "\"Reserved\"",
        "\"AIS-SART is active\"",
        "navigation status 14: libais' label table copies gpsd 3.11 ('Reserved'); ITU-R M.1371-5"
            + " assigns 14 to AIS-SART/MOB/EPIRB active, as current gpsd and tidewatch write");
    add(
        "typeexamples:5:duration_minutes",
        "2",
        "20",
        "area notice duration: the payload's duration field (bits 93-110, IMO SN.1/Circ.289) holds"
            + " 20; libais' JSON says 2, the value of the preceding minute field (bits 87-92), an"
            + " error of the libais version that wrote typeexamples.json (libais' current"
            + " ais8_001_22.cpp reads bits 93-110)");
    add(
        "typeexamples:8:retransmit",
        "true",
        "false",
        "message 6 retransmit flag (bit 70) is 0 = no retransmission; libais' ais6 decoder stores"
            + " its negation (its own gpsd mapping notes that the value disagrees with gpsd);"
            + " gpsd and tidewatch report the bit (message 12's flag, which libais does not"
            + " negate, is equal)");
    add(
        "typeexamples:11:gnss",
        "false",
        "true",
        "message 27 GNSS position status (bit 94) is 1 = not a current GNSS position (ITU-R"
            + " M.1371-5 Table 85); libais reports its negation, gpsd and tidewatch the bit");
    add(
        "typeexamples:20:name",
        "\"9%&//3*37-+P][`<RD^6\"",
        "\"9%&//3*37_+P]['<RD^6\"",
        "six-bit characters 31 and 39: ITU-R M.1371-5 Table 47 (ASCII 0x5F and 0x27) gives '_'"
            + " and the apostrophe, as gpsd and tidewatch write; libais' table has '-' and '`'");
    add(
        "typeexamples:24:speed",
        "16.799999237060547",
        "168",
        "message 9 speed over ground is in 1-knot steps (ITU-R M.1371-5 Table 52), as gpsd and"
            + " tidewatch report it; libais scales it by 0.1 like the class A speed");
  }
}
