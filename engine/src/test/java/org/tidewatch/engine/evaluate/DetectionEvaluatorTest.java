package org.tidewatch.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.engine.detect.EventRow;

class DetectionEvaluatorTest {
  private static final String TRUTH =
      """
      {"schema":"tidewatch-sim-truth/1","seed":1,"start":"2024-01-01T00:00:00Z","end":"2024-01-11T00:00:00Z",
       "operations":[
        {"id":"OP-1","type":"STS_TRANSFER","evasion":true,"vessels":[],"start":"2024-01-03T19:00:00Z",
         "end":"2024-01-04T02:00:00Z","lat":38.8,"lon":123.5,"volume":null,"events":[
          {"type":"STS_TRANSFER","mmsi":[1,2],"imo":[],"start":"2024-01-03T19:00:00Z","end":"2024-01-04T02:00:00Z",
           "lat":38.8,"lon":123.5,"port":null,"ais":"VISIBLE","distance_m":60.0,"speed_kn":0.2,"detail":""},
          {"type":"DARK_PERIOD","mmsi":[2],"imo":[],"start":"2024-01-05T00:00:00Z","end":"2024-01-06T00:00:00Z",
           "lat":38.8,"lon":123.5,"port":null,"ais":"DARK","distance_m":"NaN","speed_kn":"NaN","detail":""}]},
        {"id":"GAP-1","type":"COVERAGE_GAP","evasion":false,"vessels":[],"start":"2024-01-02T00:00:00Z",
         "end":"2024-01-02T07:00:00Z","lat":35,"lon":124,"volume":null,"events":[
          {"type":"COVERAGE_GAP","mmsi":[3],"imo":[],"start":"2024-01-02T00:00:00Z","end":"2024-01-02T07:00:00Z",
           "lat":35,"lon":124,"port":null,"ais":"GAP","distance_m":"NaN","speed_kn":"NaN","detail":""}]}]}
      """;

  private static EventRow row(String type, List<Integer> mmsis, String start, String end) {
    return new EventRow(
        type + mmsis + start,
        type,
        mmsis,
        Instant.parse(start),
        Instant.parse(end),
        38.8,
        123.5,
        1,
        "",
        Map.of(),
        "{}");
  }

  @Test
  void inSimulatedPeriod_dropsEventsBeginningOutsideTheTruthPeriod() {
    List<EventRow> rows =
        List.of(
            row("DARK_PERIOD", List.of(9), "2019-08-07T23:00:00Z", "2024-01-10T00:00:00Z"),
            row("STS", List.of(1, 2), "2024-01-03T20:00:00Z", "2024-01-04T01:00:00Z"),
            row("STS", List.of(1, 2), "2024-01-11T00:00:00Z", "2024-01-11T05:00:00Z"));
    assertThat(DetectionEvaluator.inSimulatedPeriod(TRUTH, rows))
        .extracting(EventRow::start)
        .containsExactly(Instant.parse("2024-01-03T20:00:00Z"));
  }

  @Test
  void scoresPrecisionRecallAndTiming() {
    List<TruthEvent> truth = DetectionEvaluator.readTruth(TRUTH);
    List<EventRow> events =
        List.of(
            row("STS", List.of(1, 2), "2024-01-03T20:00:00Z", "2024-01-04T01:00:00Z"),
            row("STS", List.of(5, 6), "2024-01-07T20:00:00Z", "2024-01-08T01:00:00Z"),
            row("DARK_PERIOD", List.of(2), "2024-01-04T23:55:00Z", "2024-01-06T00:00:00Z"),
            row("DARK_PERIOD", List.of(3), "2024-01-02T00:00:00Z", "2024-01-02T07:00:00Z"));
    Map<Integer, Instant> firstSeen = Map.of(1, Instant.EPOCH, 2, Instant.EPOCH, 3, Instant.EPOCH);
    DetectionEvaluator.Result r =
        DetectionEvaluator.evaluate(truth, events, firstSeen, PlaceIndex.reference());
    Metric sts = r.metrics().stream().filter(m -> m.name().equals("STS")).findFirst().orElseThrow();
    assertThat(sts.recall()).isEqualTo(1.0);
    assertThat(sts.precision()).isEqualTo(0.5);
    assertThat(sts.startError_min()).isEqualTo(60.0);
    Metric dark =
        r.metrics().stream()
            .filter(m -> m.name().startsWith("deliberate"))
            .findFirst()
            .orElseThrow();
    assertThat(dark.recall()).isEqualTo(1.0);
    assertThat(dark.precision()).isEqualTo(0.5); // the coverage gap flagged dark is wrong
    assertThat(DetectionEvaluator.table(r.metrics())).contains("STS");
    assertThat(DetectionEvaluator.json(r.metrics())).startsWith("[{\"type\":\"STS\"");
  }

  @Test
  void otherEventTypes_neverMatch() {
    List<TruthEvent> truth = DetectionEvaluator.readTruth(TRUTH);
    List<EventRow> events =
        List.of(
            row("AIS_GAP", List.of(2), "2024-01-04T23:55:00Z", "2024-01-06T00:00:00Z"),
            row("POSSIBLE_STS", List.of(1, 2), "2024-01-03T20:00:00Z", "2024-01-04T01:00:00Z"));
    Map<Integer, Instant> firstSeen = Map.of(1, Instant.EPOCH, 2, Instant.EPOCH, 3, Instant.EPOCH);
    DetectionEvaluator.Result r =
        DetectionEvaluator.evaluate(truth, events, firstSeen, PlaceIndex.reference());
    for (Metric m : r.metrics()) {
      if (m.name().equals("STS") || m.name().startsWith("deliberate")) {
        assertThat(m.found()).as(m.name()).isZero();
      }
      if (m.name().equals("STS incl. possible tier")) {
        assertThat(m.found()).isEqualTo(1);
      }
    }
  }
}
