package org.tidewatch.core.detect.spoofing;

import java.util.List;
import java.util.Optional;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.track.Position;

/**
 * Circles: a cargo ship or tanker that reports way on (≥ {@link Params#minSpeed_kn}) for hours
 * while all its positions stay within {@link Params#radius_m} of the first. The reported speeds
 * would have carried it tens of kilometres; the positions say it went nowhere: positions made up to
 * stand in for a ship that is elsewhere (in the simulator, STS givers broadcast such circles while
 * alongside a dark receiver). One watch per vessel, fed in event-time order.
 */
final class CircleWatch {

  /**
   * Parameters.
   *
   * @param radius_m every position of the run within this distance of its first (10 km: a circle of
   *     3-4 km radius around a point drawn anywhere on it)
   * @param minSpeed_kn a report "has way on" at or above this reported speed (2.5 kn: above the
   *     0-1.5 kn of ships at anchor or drifting)
   * @param minMovingFraction share of the run's reports with way on (0.6)
   * @param minDuration_s shortest run (6 h: a ship manoeuvring or waiting for a pilot turns for
   *     less)
   * @param minReports fewest reports in the run (5)
   * @param maxInterval_s a longer silence ends the run (6 h)
   */
  record Params(
      double radius_m,
      double minSpeed_kn,
      double minMovingFraction,
      long minDuration_s,
      int minReports,
      long maxInterval_s) {
    static final Params DEFAULTS = new Params(10_000, 2.5, 0.6, 6 * 3600, 5, 6 * 3600);
  }

  private final Params params;
  private Position before;
  private Position first;
  private Position last;
  private int reports;
  private int moving;
  private double movingSpeedSum;
  private double maxDistance_m;
  private double sumLat;
  private double sumLon;

  CircleWatch(Params params) {
    this.params = params;
  }

  /**
   * Adds a report of a cargo ship or tanker; returns a circles event when the report ends a run
   * that qualifies (the report is then the first one after it).
   */
  Optional<Spoofing> add(Position p) {
    if (first != null) {
      double d =
          Geo.fastDistance_m(
              first.latitude_deg(), first.longitude_deg(), p.latitude_deg(), p.longitude_deg());
      long gap = p.time().getEpochSecond() - last.time().getEpochSecond();
      if (d <= params.radius_m() && gap <= params.maxInterval_s()) {
        take(p, d);
        return Optional.empty();
      }
    }
    Optional<Spoofing> done = close(p);
    before = last;
    first = p;
    reports = 0;
    moving = 0;
    movingSpeedSum = 0;
    maxDistance_m = 0;
    sumLat = 0;
    sumLon = 0;
    take(p, 0);
    return done;
  }

  /** Ends the current run (at the end of the data). */
  Optional<Spoofing> finish() {
    Optional<Spoofing> done = close(null);
    first = null;
    return done;
  }

  private void take(Position p, double d) {
    last = p;
    reports++;
    sumLat += p.latitude_deg();
    sumLon += p.longitude_deg();
    maxDistance_m = Math.max(maxDistance_m, d);
    double sog = p.speedOverGround_kn().orElse(0);
    if (sog >= params.minSpeed_kn()) {
      moving++;
      movingSpeedSum += sog;
    }
  }

  private Optional<Spoofing> close(Position after) {
    if (first == null
        || reports < params.minReports()
        || last.time().getEpochSecond() - first.time().getEpochSecond() < params.minDuration_s()
        || moving < params.minMovingFraction() * reports) {
      return Optional.empty();
    }
    double out_m =
        before == null
            ? Double.NaN
            : Geo.distance_m(
                before.latitude_deg(),
                before.longitude_deg(),
                first.latitude_deg(),
                first.longitude_deg());
    double speed = movingSpeedSum / moving;
    // the reported speeds would have carried it this many times the circle's size
    double travelled_m =
        speed * Geo.MPS_PER_KNOT * (last.time().getEpochSecond() - first.time().getEpochSecond());
    double conf = Math.min(0.8, 0.4 + 0.05 * travelled_m / Math.max(1, maxDistance_m));
    List<Evidence> evidence =
        before == null
            ? List.of(Evidence.of(first, "circles-first"), Evidence.of(last, "circles-last"))
            : after == null
                ? List.of(
                    Evidence.of(before, "before-jump"),
                    Evidence.of(first, "circles-first"),
                    Evidence.of(last, "circles-last"))
                : List.of(
                    Evidence.of(before, "before-jump"),
                    Evidence.of(first, "circles-first"),
                    Evidence.of(last, "circles-last"),
                    Evidence.of(after, "jump-back"));
    return Optional.of(
        new Spoofing(
            Spoofing.Pattern.CIRCLES,
            first.mmsi(),
            first.time(),
            last.time(),
            sumLat / reports,
            sumLon / reports,
            out_m,
            speed,
            maxDistance_m,
            reports,
            conf,
            evidence));
  }
}
