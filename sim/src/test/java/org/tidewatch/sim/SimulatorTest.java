package org.tidewatch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.ais.encode.NmeaFramer;
import org.tidewatch.sim.geo.GeoMath;
import org.tidewatch.sim.world.Theatre;

/** One small run (4 days, 80 background vessels, one of each operation) checked end to end. */
class SimulatorTest {
  @TempDir static Path dir;
  static Path out;
  static JsonNode truth;
  static final Map<Integer, List<double[]>> rows = new HashMap<>(); // mmsi -> [t, lat, lon, sog]

  @BeforeAll
  static void run() throws Exception {
    out = dir.resolve("a");
    new Simulator(SimConfig.of(7, 4, 80, Instant.parse("2024-03-01T00:00:00Z"), out)).run();
    truth = new ObjectMapper().readTree(out.resolve("truth.json").toFile());
    List<String> lines = Files.readAllLines(out.resolve("ais.csv"));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      long t = LocalDateTime.parse(f[1]).toEpochSecond(ZoneOffset.UTC);
      rows.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>())
          .add(
              new double[] {
                t, Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])
              });
    }
  }

  @Test
  void sameSeedSameBytes() throws Exception {
    Path again = dir.resolve("b");
    new Simulator(SimConfig.of(7, 4, 80, Instant.parse("2024-03-01T00:00:00Z"), again)).run();
    for (String f :
        List.of("ais.nmea.gz", "ais.csv", "registry.csv", "truth.json", "summary.txt")) {
      assertThat(Files.readAllBytes(again.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(out.resolve(f)));
    }
  }

  @Test
  void everyOperationTypeIsPresent() {
    Set<String> types = new HashSet<>();
    truth.get("operations").forEach(o -> types.add(o.get("type").asText()));
    assertThat(types)
        .contains(
            "DIRECT_RUN",
            "STS_TRANSFER",
            "COAL_RUN",
            "IDENTITY_LAUNDERING",
            "POSITION_SPOOFING",
            "SHARED_MMSI",
            "LICENSED_BUNKERING",
            "ANCHORAGE_WAIT");
  }

  @Test
  void noPositionOnLandOutsidePorts() {
    Theatre th = Theatre.get();
    int checked = 0;
    for (List<double[]> r : rows.values()) {
      for (double[] p : r) {
        checked++;
        if (th.land().isLand(p[1], p[2])) {
          assertThat(th.portAt(p[1], p[2])).as("on land at %s,%s", p[1], p[2]).isNotNull();
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void forwardedReportsRespectTheFeedAndItuIntervals() {
    assertThat(ReportingIntervals.classA_s(0.1, 5)).isEqualTo(180);
    assertThat(ReportingIntervals.classA_s(12, 0)).isEqualTo(10);
    assertThat(ReportingIntervals.classA_s(18, 0)).isEqualTo(6);
    assertThat(ReportingIntervals.classA_s(25, 0)).isEqualTo(2);
    assertThat(ReportingIntervals.classB_s(1)).isEqualTo(180);
    assertThat(ReportingIntervals.classB_s(8)).isEqualTo(30);
    Set<Integer> shared = new HashSet<>();
    truth
        .get("operations")
        .forEach(
            o -> {
              if (o.get("type").asText().equals("SHARED_MMSI")) {
                o.get("vessels")
                    .forEach(
                        v ->
                            shared.addAll(
                                List.of(
                                    v.get("mmsi").asInt(), v.get("broadcastMmsi").get(0).asInt())));
              }
            });
    for (Map.Entry<Integer, List<double[]>> e : rows.entrySet()) {
      if (shared.contains(e.getKey())) {
        continue;
      }
      List<double[]> r = e.getValue();
      for (int i = 1; i < r.size(); i++) {
        double dt = r.get(i)[0] - r.get(i - 1)[0];
        assertThat(dt).as("mmsi %d", e.getKey()).isGreaterThanOrEqualTo(300);
      }
    }
  }

  /**
   * Regression: hulls berthed at Vostochny sat at a route waypoint off Tsushima (34.975 N, 129.275
   * E) because truth labelling queried their sail leg out of order, and fishing vessels jumped
   * 20-30 km between fishing spots. Consecutive forwarded positions of one MMSI must imply at most
   * 40 kn (outside labelled spoofing and shared MMSIs), and a hull reporting way must move.
   */
  @Test
  void noTeleportsAndNoHullStuckWhileUnderWay() {
    Set<Integer> shared = new HashSet<>();
    Map<Integer, List<long[]>> spoofed = new HashMap<>();
    for (JsonNode op : truth.get("operations")) {
      if (op.get("type").asText().equals("SHARED_MMSI")) {
        op.get("vessels")
            .forEach(
                v -> {
                  shared.add(v.get("mmsi").asInt());
                  v.get("broadcastMmsi").forEach(m -> shared.add(m.asInt()));
                });
      }
      for (JsonNode ev : op.get("events")) {
        if (ev.get("type").asText().equals("SPOOFING")) {
          long t0 = Instant.parse(ev.get("start").asText()).getEpochSecond() - 3600;
          long t1 = Instant.parse(ev.get("end").asText()).getEpochSecond() + 3600;
          ev.get("mmsi")
              .forEach(
                  m ->
                      spoofed
                          .computeIfAbsent(m.asInt(), k -> new ArrayList<>())
                          .add(new long[] {t0, t1}));
        }
      }
    }
    int pairs = 0;
    for (Map.Entry<Integer, List<double[]>> e : rows.entrySet()) {
      int mmsi = e.getKey();
      if (shared.contains(mmsi)) {
        continue;
      }
      List<double[]> r = e.getValue();
      for (int i = 1; i < r.size(); i++) {
        double[] a = r.get(i - 1);
        double[] b = r.get(i);
        if (inWindow(spoofed.get(mmsi), (long) a[0]) || inWindow(spoofed.get(mmsi), (long) b[0])) {
          continue;
        }
        pairs++;
        double dt_s = b[0] - a[0];
        double d_m = GeoMath.distance_m(a[1], a[2], b[1], b[2]);
        double implied_kn = d_m / dt_s * 3600 / GeoMath.METRES_PER_NM;
        assertThat(implied_kn)
            .as("mmsi %d jumps %.0f m from %s,%s to %s,%s", mmsi, d_m, a[1], a[2], b[1], b[2])
            .isLessThanOrEqualTo(40);
        if (a[3] >= 5 && b[3] >= 5 && dt_s <= 900) {
          assertThat(d_m)
              .as("mmsi %d reports %.1f kn but stays at %s,%s", mmsi, b[3], b[1], b[2])
              .isGreaterThan(200);
        }
      }
    }
    assertThat(pairs).isGreaterThan(10_000);
  }

  private static boolean inWindow(List<long[]> windows, long t) {
    if (windows != null) {
      for (long[] w : windows) {
        if (t >= w[0] && t <= w[1]) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void labelledEventsAreVisibleOrDarkAsTheTruthSays() {
    int checked = 0;
    for (JsonNode op : truth.get("operations")) {
      for (JsonNode ev : op.get("events")) {
        long t0 = Instant.parse(ev.get("start").asText()).getEpochSecond();
        long t1 = Instant.parse(ev.get("end").asText()).getEpochSecond();
        String ais = ev.get("ais").asText();
        String type = ev.get("type").asText();
        List<Integer> mmsis = new ArrayList<>();
        ev.get("mmsi").forEach(m -> mmsis.add(m.asInt()));
        if (type.equals("DARK_PERIOD")) {
          for (int m : mmsis) {
            assertThat(count(m, t0 + 1, t1 - 1)).as("%s %s dark", op.get("id"), m).isZero();
          }
          checked++;
        } else if (type.equals("SPOOFING")) {
          for (double[] p : between(mmsis.get(0), t0, t1 - 1)) {
            assertThat(
                    GeoMath.distance_m(
                        p[1], p[2], ev.get("lat").asDouble(), ev.get("lon").asDouble()))
                .as("%s spoofed position near the broadcast centre", op.get("id"))
                .isLessThan(12_000);
          }
          checked++;
        } else if (ais.equals("VISIBLE")
            && (type.startsWith("PORT_CALL")
                || type.equals("ENCOUNTER")
                || type.equals("STS_TRANSFER")
                || type.equals("ANCHORAGE_WAIT"))) {
          for (int m : mmsis) {
            assertThat(count(m, t0, t1)).as("%s %s %s visible", op.get("id"), type, m).isPositive();
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  @Test
  void nmeaIsTagBlockedWithValidChecksumsExceptAFewCorrupt() throws Exception {
    long total = 0;
    long bad = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(out.resolve("ais.nmea.gz"))),
                StandardCharsets.US_ASCII))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        total++;
        assertThat(l).startsWith("\\").contains("c:").contains("s:");
        String s = l.substring(l.indexOf('\\', 1) + 1);
        int star = s.indexOf('*');
        if (Integer.parseInt(s.substring(star + 1), 16) != NmeaFramer.checksum(s, 1, star)) {
          bad++;
        }
      }
    }
    assertThat(total).isGreaterThan(10_000);
    assertThat(bad).isPositive().isLessThan(total / 500);
  }

  private static int count(int mmsi, long t0, long t1) {
    return between(mmsi, t0, t1).size();
  }

  private static List<double[]> between(int mmsi, long t0, long t1) {
    List<double[]> out = new ArrayList<>();
    for (double[] p : rows.getOrDefault(mmsi, List.of())) {
      if (p[0] >= t0 && p[0] <= t1) {
        out.add(p);
      }
    }
    return out;
  }
}
