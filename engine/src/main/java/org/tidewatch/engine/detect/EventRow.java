package org.tidewatch.engine.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stored event as read back from the event log: the common fields, and the JSON line it came from
 * (which keeps the family's detail and the evidence).
 *
 * @param id deterministic id
 * @param type the {@link org.tidewatch.core.detect.EventType} name
 * @param mmsis vessels
 * @param start start
 * @param end end
 * @param latitude_deg representative latitude (NaN when unknown)
 * @param longitude_deg representative longitude (NaN when unknown)
 * @param confidence [0, 1]
 * @param summary one line
 * @param detail the family's fields
 * @param json the JSON line
 */
public record EventRow(
    String id,
    String type,
    List<Integer> mmsis,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    double confidence,
    String summary,
    Map<String, Object> detail,
    String json) {

  /** Parses one line of the event log. */
  @SuppressWarnings("unchecked")
  public static EventRow parse(String line) {
    Map<String, Object> m = (Map<String, Object>) Json.parse(line);
    List<Integer> mmsis = new ArrayList<>();
    for (Object o : (List<Object>) m.get("mmsis")) {
      mmsis.add(((Double) o).intValue());
    }
    return new EventRow(
        (String) m.get("id"),
        (String) m.get("type"),
        List.copyOf(mmsis),
        Instant.parse((String) m.get("start")),
        Instant.parse((String) m.get("end")),
        num(m.get("lat")),
        num(m.get("lon")),
        num(m.get("confidence")),
        (String) m.get("summary"),
        (Map<String, Object>) m.get("detail"),
        line);
  }

  private static double num(Object o) {
    return o instanceof Double d ? d : Double.NaN;
  }

  /** A string detail field, or empty string. */
  public String detailString(String name) {
    Object o = detail.get(name);
    return o == null ? "" : o.toString();
  }
}
