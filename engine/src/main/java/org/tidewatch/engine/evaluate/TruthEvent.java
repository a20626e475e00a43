package org.tidewatch.engine.evaluate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One event of the simulator's ground truth ({@code truth.json}, schema {@code
 * tidewatch-sim-truth/1}, see sim/README.md) with its operation.
 *
 * @param opId operation id
 * @param opType operation type
 * @param evasion whether the operation is evasion (false for confusers)
 * @param opStart operation start
 * @param opEnd operation end
 * @param type event type (PORT_CALL_LOADING, STS_TRANSFER, DARK_PERIOD, ...)
 * @param mmsis MMSIs as seen in the AIS
 * @param start start
 * @param end end
 * @param latitude_deg key place
 * @param longitude_deg key place
 * @param port port id or empty
 * @param ais VISIBLE, DARK, SPOOFED, PARTIAL or GAP
 * @param hasVolume whether the operation carries a cargo volume
 */
public record TruthEvent(
    String opId,
    String opType,
    boolean evasion,
    Instant opStart,
    Instant opEnd,
    String type,
    List<Integer> mmsis,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    String port,
    String ais,
    boolean hasVolume) {

  /** Reads all events of a parsed truth file. */
  @SuppressWarnings("unchecked")
  public static List<TruthEvent> read(Map<String, Object> truth) {
    Object schema = truth.get("schema");
    if (!"tidewatch-sim-truth/1".equals(schema)) {
      throw new IllegalArgumentException(
          "not a tidewatch simulator truth file (schema " + schema + ")");
    }
    List<TruthEvent> out = new ArrayList<>();
    for (Object o : (List<Object>) truth.get("operations")) {
      Map<String, Object> op = (Map<String, Object>) o;
      Instant os = Instant.parse((String) op.get("start"));
      Instant oe = Instant.parse((String) op.get("end"));
      boolean vol = op.get("volume") != null;
      for (Object x : (List<Object>) op.get("events")) {
        Map<String, Object> e = (Map<String, Object>) x;
        List<Integer> mmsis = new ArrayList<>();
        for (Object m : (List<Object>) e.get("mmsi")) {
          mmsis.add(((Double) m).intValue());
        }
        out.add(
            new TruthEvent(
                (String) op.get("id"),
                (String) op.get("type"),
                Boolean.TRUE.equals(op.get("evasion")),
                os,
                oe,
                (String) e.get("type"),
                List.copyOf(mmsis),
                Instant.parse((String) e.get("start")),
                Instant.parse((String) e.get("end")),
                num(e.get("lat")),
                num(e.get("lon")),
                e.get("port") == null ? "" : (String) e.get("port"),
                (String) e.get("ais"),
                vol));
      }
    }
    return out;
  }

  private static double num(Object o) {
    return o instanceof Double d ? d : Double.NaN;
  }
}
