package org.tidewatch.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.spoofing.Segmenter;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Real AIS from the corpus (GFW gpsdio-segment test data, Apache-2.0; NOAA MarineCadastre, public
 * domain): segmentation against GFW's expected segments, MMSIs shared by several ships, port calls.
 */
class RealTracksTest {

  static Path corpus(String rel) {
    Path p = Path.of(System.getProperty("tidewatch.corpus", "../../shared/corpus")).resolve(rel);
    Assumptions.assumeTrue(Files.exists(p), "corpus file not found: " + p.toAbsolutePath());
    return p;
  }

  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\": (\"[^\"]*\"|[-0-9.eE]+)");

  /** Reads GFW's newline-delimited JSON positions; {@code labels} receives the "expected" field. */
  static List<Position> ndjson(Path f, List<String> labels) throws IOException {
    List<Position> out = new ArrayList<>();
    long line = 0;
    for (String s : Files.readAllLines(f)) {
      line++;
      Map<String, String> m = new HashMap<>();
      Matcher x = FIELD.matcher(s);
      while (x.find()) {
        m.put(x.group(1), x.group(2).replace("\"", ""));
      }
      if (!m.containsKey("lat") || !m.containsKey("lon")) {
        continue; // reports without a position
      }
      String ts = m.get("timestamp").replace(' ', 'T').replace("Z", "");
      Instant t = LocalDateTime.parse(ts).toInstant(ZoneOffset.UTC);
      out.add(
          new Position(
              Integer.parseInt(m.get("ssvid")),
              t,
              Double.parseDouble(m.get("lat")),
              Double.parseDouble(m.get("lon")),
              m.containsKey("speed")
                  ? OptionalDouble.of(Double.parseDouble(m.get("speed")))
                  : OptionalDouble.empty(),
              m.containsKey("course")
                  ? OptionalDouble.of(Double.parseDouble(m.get("course")))
                  : OptionalDouble.empty(),
              OptionalInt.empty(),
              OptionalInt.empty(),
              1,
              new Provenance(f.getFileName().toString(), line, 0, 0, Releasability.UNMARKED)));
      if (labels != null) {
        labels.add(m.getOrDefault("expected", ""));
      }
    }
    return out;
  }

  @Test
  void gfw338013000_segmentation_agreesWithExpectedSegments() throws IOException {
    List<String> expected = new ArrayList<>();
    List<Position> track = ndjson(corpus("ais-tracks/gpsdio-segment/338013000.json"), expected);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < track.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> track.get(a).time().compareTo(track.get(b).time()));
    List<Position> sorted = order.stream().map(track::get).toList();
    double[] agreement = new double[3];
    double[] speeds = {25, 35, 50};
    for (int v = 0; v < speeds.length; v++) {
      Segmenter.Params params = new Segmenter.Params(speeds[v], 900, 8, 7 * 86_400);
      agreement[v] = agreement(sorted, order, expected, params);
    }
    // measured, reported in core/.../detect/spoofing/README.md
    assertThat(agreement[0]).isGreaterThanOrEqualTo(0.70);
    assertThat(agreement[2]).isGreaterThanOrEqualTo(agreement[0]);
  }

  private static double agreement(
      List<Position> sorted, List<Integer> order, List<String> expected, Segmenter.Params params) {
    int[] ours = Segmenter.segmentIds(sorted, params);
    // pairs of consecutive reports: same expected segment <=> same of ours
    Map<String, Integer> size = new HashMap<>();
    expected.forEach(e -> size.merge(e, 1, Integer::sum));
    String main = size.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    Map<Integer, Integer> mainIn = new HashMap<>();
    int agree = 0;
    for (int k = 0; k < sorted.size(); k++) {
      String e = expected.get(order.get(k));
      if (e.equals(main)) {
        mainIn.merge(ours[k], 1, Integer::sum);
      }
    }
    int ourMain =
        mainIn.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int mainKept = mainIn.get(ourMain);
    int noiseOut = 0;
    int noise = 0;
    for (int k = 0; k < sorted.size(); k++) {
      boolean isMain = expected.get(order.get(k)).equals(main);
      if (!isMain) {
        noise++;
        if (ours[k] != ourMain) {
          noiseOut++;
        }
      }
      if (isMain == (ours[k] == ourMain)) {
        agree++;
      }
    }
    System.out.printf(
        "338013000 (max %.0f kn): %d reports, expected main track %d, ours keeps %d of it (%.3f); %d of %d"
            + " off-track reports split off (%.3f); agreement %.4f%n",
        params.maxSpeed_kn(),
        sorted.size(),
        size.get(main),
        mainKept,
        mainKept / (double) size.get(main),
        noiseOut,
        noise,
        noiseOut / (double) noise,
        agree / (double) sorted.size());
    return agree / (double) sorted.size();
  }

  @Test
  void gfw416000000_flaggedAsShared() throws IOException {
    List<Position> track = ndjson(corpus("ais-tracks/gpsdio-segment/416000000.json"), null);
    List<Object> reports = new ArrayList<>(track);
    reports.sort(EventTimeBuffer.ORDER);
    List<DetectedEvent> ev = Scenario.detect(reports, Duration.ofMinutes(10));
    List<DetectedEvent> shared =
        ev.stream().filter(e -> e.type() == EventType.SHARED_MMSI).toList();
    System.out.println(
        "416000000: "
            + shared.size()
            + " shared-MMSI episodes, e.g. "
            + (shared.isEmpty() ? "-" : shared.get(0).summary()));
    assertThat(shared).isNotEmpty();
  }

  @Test
  void gfw240000000_flaggedAsShared_byTwoNamedShips() throws IOException {
    Path f = corpus("ais-tracks/gpsdio-segment/point-pair/240000000.msg.csv");
    List<Object> reports = new ArrayList<>();
    long line = 1;
    List<String> lines = Files.readAllLines(f);
    for (String s : lines.subList(1, lines.size())) {
      line++;
      String[] c = s.split(",", -1);
      Instant t = Instant.parse(c[1]);
      Provenance pv = new Provenance("240000000.msg.csv", line, 0, 0, Releasability.UNMARKED);
      int type = Integer.parseInt(c[2]);
      if ((type == 1 || type == 2 || type == 3)
          && !c[3].isEmpty()
          && Position.isValidCoordinate(Double.parseDouble(c[3]), Double.parseDouble(c[4]))
          && Double.parseDouble(c[3]) != 91) {
        reports.add(
            new Position(
                240000000,
                t,
                Double.parseDouble(c[3]),
                Double.parseDouble(c[4]),
                c[5].isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(c[5])),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                type,
                pv));
      } else if (type == 5 && !c[9].isBlank()) {
        int imo = c[11].isEmpty() ? 0 : Integer.parseInt(c[11]);
        reports.add(
            new StaticReport(
                240000000,
                t,
                5,
                Optional.of(c[9].strip()),
                Optional.of(c[10]),
                imo > 0 ? OptionalInt.of(imo) : OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                pv));
      }
    }
    reports.sort(EventTimeBuffer.ORDER);
    List<DetectedEvent> ev = Scenario.detect(reports, Duration.ofMinutes(10));
    List<SharedMmsi> shared =
        ev.stream().filter(e -> e instanceof SharedMmsi).map(e -> (SharedMmsi) e).toList();
    shared.forEach(s -> System.out.println("240000000: " + s.summary()));
    assertThat(shared).isNotEmpty();
    assertThat(shared.stream().flatMap(s -> s.names().stream()))
        .contains("IMPALA MAGDALENA", "WARSHIP M71");
  }

  @Test
  void noaaSnapshot_portCallsAreAtPorts() throws IOException {
    Path f = corpus("ais-tracks/aisdb/test_data_noaa_20230101.csv");
    List<Object> reports = new ArrayList<>();
    List<String> lines = Files.readAllLines(f);
    long line = 1;
    for (String s : lines.subList(1, lines.size())) {
      line++;
      String[] c = s.split(",", -1);
      reports.add(
          new Position(
              Integer.parseInt(c[0]),
              LocalDateTime.parse(c[1]).toInstant(ZoneOffset.UTC),
              Double.parseDouble(c[2]),
              Double.parseDouble(c[3]),
              OptionalDouble.of(Double.parseDouble(c[4])),
              OptionalDouble.empty(),
              OptionalInt.empty(),
              OptionalInt.empty(),
              0,
              new Provenance("noaa.csv", line, 0, 0, Releasability.UNMARKED)));
    }
    reports.sort(EventTimeBuffer.ORDER);
    List<PortCall> calls =
        Scenario.detect(reports, Duration.ofMinutes(10)).stream()
            .filter(e -> e instanceof PortCall)
            .map(e -> (PortCall) e)
            .toList();
    Map<String, Integer> byPort = new java.util.TreeMap<>();
    calls.forEach(c -> byPort.merge(c.placeName(), 1, Integer::sum));
    System.out.println("NOAA snapshot: " + calls.size() + " vessels stopped in port: " + byPort);
    assertThat(calls).isNotEmpty();
    for (PortCall c : calls) {
      Evidence e = c.evidence().get(0);
      assertThat(PlaceIndex.reference().nearest(e.latitude_deg(), e.longitude_deg(), 3000))
          .as(c.summary())
          .isPresent();
      assertThat(c.stopped() || c.inPortGap()).as(c.summary() + " " + c.evidence()).isTrue();
    }
  }
}
