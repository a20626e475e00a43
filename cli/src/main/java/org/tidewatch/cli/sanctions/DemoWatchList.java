package org.tidewatch.cli.sanctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's watch list: a <b>synthetic</b> FollowTheMoney list (dataset {@code
 * tidewatch_demo_watchlist}, not a real sanctions list) naming some of the simulated theatre's
 * evasion hulls, as a list published before the week simulated would: of the hulls taking part in
 * evasion operations (by IMO number), one in three is listed with its IMO number and name, one in
 * three by name alone, and one in three not at all (not every evading ship is listed).
 */
public final class DemoWatchList {
  /** The dataset name written into the list. */
  public static final String DATASET = "tidewatch_demo_watchlist";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoWatchList() {}

  /** A participant of an evasion operation. */
  private record Hull(int imo, String name) {}

  /**
   * Writes the watch list for a theatre's {@code truth.json} to {@code out}.
   *
   * @return how many vessels it lists
   */
  public static int write(Path truthJson, Path out) throws IOException {
    JsonNode truth = JSON.readTree(truthJson.toFile());
    Map<Integer, Hull> hulls = new TreeMap<>();
    for (JsonNode op : truth.path("operations")) {
      if (!op.path("evasion").asBoolean()) {
        continue;
      }
      for (JsonNode v : op.path("vessels")) {
        int imo = v.path("imo").asInt();
        String name = v.path("name").asText("");
        if (imo > 0 && !name.isBlank()) {
          hulls.putIfAbsent(imo, new Hull(imo, name));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    for (Hull h : hulls.values()) {
      int k = i++ % 3;
      if (k == 2) {
        continue;
      }
      ObjectNode e = JSON.createObjectNode();
      e.put("id", "demo-vessel-" + h.imo());
      e.put("schema", "Vessel");
      ObjectNode p = e.putObject("properties");
      p.putArray("name").add(h.name());
      if (k == 0) {
        p.putArray("imoNumber").add(Integer.toString(h.imo()));
      }
      p.putArray("notes").add("synthetic demo entry: a simulated hull, not a real listing");
      e.putArray("datasets").add(DATASET);
      lines.add(e.toString());
      ObjectNode sanction = JSON.createObjectNode();
      sanction.put("id", "demo-sanction-" + h.imo());
      sanction.put("schema", "Sanction");
      ObjectNode sp = sanction.putObject("properties");
      sp.putArray("entity").add("demo-vessel-" + h.imo());
      sp.putArray("program").add("DEMO");
      sp.putArray("authority").add("tidewatch demo (synthetic)");
      sanction.putArray("datasets").add(DATASET);
      lines.add(sanction.toString());
    }
    Files.write(out, lines);
    return lines.size() / 2;
  }
}
