package org.tidewatch.engine.infer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations of a simulator truth file ({@code tidewatch-sim-truth/1}, sim/README.md) as
 * inference evaluation needs them: participants with their broadcast MMSIs, and the volume.
 *
 * @param id operation id
 * @param type operation type
 * @param evasion evasion (true) or confuser
 * @param start start
 * @param end end
 * @param participants the vessels
 * @param expected the expected detector outputs ({@code DELIVERY}, ...)
 * @param product volume product (DIESEL, GASOLINE, COAL) or empty
 * @param barrels truth barrels (NaN when none, or for coal)
 * @param tonnes truth tonnes (NaN when none)
 */
public record TruthOps(
    String id,
    String type,
    boolean evasion,
    Instant start,
    Instant end,
    List<Participant> participants,
    List<String> expected,
    String product,
    double barrels,
    double tonnes) {

  /**
   * A vessel in an operation.
   *
   * @param role CARRIER, GIVER, RECEIVER, HULL, IMPOSTOR, VICTIM, ...
   * @param mmsi registry MMSI
   * @param broadcast MMSIs it transmitted during the operation
   */
  public record Participant(String role, int mmsi, List<Integer> broadcast) {}

  /** True for a labelled oil delivery (DELIVERY expected, barrels known). */
  public boolean labelledDelivery() {
    return expected.contains("DELIVERY") && !Double.isNaN(barrels);
  }

  /** All MMSIs of the participants (registry and broadcast) except victims'. */
  public List<Integer> mmsis() {
    List<Integer> out = new ArrayList<>();
    for (Participant p : participants) {
      if (!p.role().equals("VICTIM")) {
        out.add(p.mmsi());
        out.addAll(p.broadcast());
      }
    }
    return out;
  }

  /** Reads the operations of a parsed truth file. */
  @SuppressWarnings("unchecked")
  public static List<TruthOps> read(Map<String, Object> truth) {
    if (!"tidewatch-sim-truth/1".equals(truth.get("schema"))) {
      throw new IllegalArgumentException("not a tidewatch simulator truth file");
    }
    List<TruthOps> out = new ArrayList<>();
    for (Object o : (List<Object>) truth.get("operations")) {
      Map<String, Object> op = (Map<String, Object>) o;
      List<Participant> ps = new ArrayList<>();
      for (Object v : (List<Object>) op.get("vessels")) {
        Map<String, Object> m = (Map<String, Object>) v;
        List<Integer> b = new ArrayList<>();
        for (Object x : (List<Object>) m.get("broadcastMmsi")) {
          b.add(((Double) x).intValue());
        }
        ps.add(
            new Participant(
                (String) m.get("role"), ((Double) m.get("mmsi")).intValue(), List.copyOf(b)));
      }
      Map<String, Object> vol = (Map<String, Object>) op.get("volume");
      List<String> exp = new ArrayList<>();
      for (Object x : (List<Object>) op.get("expected")) {
        exp.add((String) x);
      }
      out.add(
          new TruthOps(
              (String) op.get("id"),
              (String) op.get("type"),
              Boolean.TRUE.equals(op.get("evasion")),
              Instant.parse((String) op.get("start")),
              Instant.parse((String) op.get("end")),
              List.copyOf(ps),
              List.copyOf(exp),
              vol == null ? "" : (String) vol.get("product"),
              vol != null && vol.get("barrels") instanceof Double d ? d : Double.NaN,
              vol != null && vol.get("tonnes") instanceof Double d ? d : Double.NaN));
    }
    return out;
  }
}
