package org.tidewatch.core.detect.draught;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Draught changes (see README.md next to this class): the broadcast static draught changes by at
 * least {@link Params#minChange_m} and the new value is confirmed by {@link Params#confirmations}
 * consecutive reports (so two transmitters alternating on one MMSI do not read as cargo
 * operations). The change is placed at the nearest port within {@link Params#portRadius_m} of the
 * last position, or at sea.
 */
public final class DraughtDetector implements Detector {

  /**
   * Parameters.
   *
   * @param minChange_m smallest change (0.3 m: three steps of the 0.1 m field, above crew rounding)
   * @param confirmations consecutive reports of the new value (2)
   * @param portRadius_m radius to attribute the change to a port (10 km)
   * @param confirm_s or: time the new value stands without reverting (1 h; tabular sources store a
   *     static report only when a value changes)
   */
  public record Params(double minChange_m, int confirmations, double portRadius_m, long confirm_s) {
    public static final Params DEFAULTS = new Params(0.3, 2, 10_000, 3600);
  }

  private final Params params;
  private final PlaceIndex places;
  private final Map<Integer, State> vessels = new HashMap<>();

  public DraughtDetector(Params params, PlaceIndex places) {
    this.params = params;
    this.places = places;
  }

  private static final class State {
    double draught = Double.NaN;
    StaticReport lastOld;
    double candidate = Double.NaN;
    StaticReport candidateFirst;
    Position lastBeforeCandidate;
    int candidateCount;
    Position last;
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    vessels.computeIfAbsent(p.mmsi(), k -> new State()).last = p;
  }

  @Override
  public void onStatic(StaticReport s, Consumer<DetectedEvent> out) {
    if (s.draught_m().isEmpty() || s.draught_m().getAsDouble() <= 0) {
      return;
    }
    double d = s.draught_m().getAsDouble();
    State v = vessels.computeIfAbsent(s.mmsi(), k -> new State());
    if (Double.isNaN(v.draught)) {
      v.draught = d;
      v.lastOld = s;
      return;
    }
    if (Math.abs(d - v.draught) < params.minChange_m()) {
      v.lastOld = s;
      v.candidateCount = 0;
      return;
    }
    if (v.candidateCount > 0 && Math.abs(d - v.candidate) < 0.05) {
      v.candidateCount++;
    } else {
      v.candidate = d;
      v.candidateFirst = s;
      v.lastBeforeCandidate = v.last;
      v.candidateCount = 1;
    }
    if (v.candidateCount < params.confirmations()) {
      pending.add(s.mmsi());
      return;
    }
    confirm(s.mmsi(), v, s, out);
  }

  private final java.util.Set<Integer> pending = new java.util.TreeSet<>();

  @Override
  public void onWatermark(java.time.Instant watermark, Consumer<DetectedEvent> out) {
    for (Integer mmsi : new java.util.ArrayList<>(pending)) {
      State v = vessels.get(mmsi);
      if (v.candidateCount == 0) {
        pending.remove(mmsi);
      } else if (watermark.getEpochSecond() - v.candidateFirst.time().getEpochSecond()
          >= params.confirm_s()) {
        confirm(mmsi, v, v.candidateFirst, out);
        pending.remove(mmsi);
      }
    }
  }

  @Override
  public void finish(java.time.Instant end, Consumer<DetectedEvent> out) {
    onWatermark(end.plusSeconds(params.confirm_s()), out);
  }

  private void confirm(int mmsi, State v, StaticReport s, Consumer<DetectedEvent> out) {
    double lat = v.last == null ? Double.NaN : v.last.latitude_deg();
    double lon = v.last == null ? Double.NaN : v.last.longitude_deg();
    Optional<String> place =
        v.last == null
            ? Optional.empty()
            : places
                .nearest(lat, lon, params.portRadius_m(), org.tidewatch.core.port.Place.Kind.PORT)
                .map(n -> n.place().name() + " " + n.place().id());
    out.accept(
        new DraughtChange(
            mmsi,
            v.lastBeforeCandidate != null && v.lastBeforeCandidate.time().isAfter(v.lastOld.time())
                ? v.lastBeforeCandidate.time()
                : v.lastOld.time(),
            v.candidateFirst.time(),
            lat,
            lon,
            v.draught,
            v.candidate,
            place,
            Math.min(1.0, Math.abs(v.candidate - v.draught) / 1.0),
            List.of(Evidence.of(v.lastOld, "before"), Evidence.of(v.candidateFirst, "after"))));
    v.draught = v.candidate;
    v.lastOld = s;
    v.candidateCount = 0;
  }
}
