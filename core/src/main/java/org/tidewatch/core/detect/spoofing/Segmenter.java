package org.tidewatch.core.detect.spoofing;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.track.Position;

/**
 * Splits one MMSI's reports into physically consistent segments (after GFW {@code gpsdio-segment}):
 * each report joins, among the open segments from whose last report it is reachable at an implied
 * speed (counting a time buffer) of at most {@link Params#maxSpeed_kn}, the one whose last report
 * is nearest; when none can reach it, it opens a new segment. Plain state, event-time order.
 */
public final class Segmenter {

  /**
   * Parameters.
   *
   * @param maxSpeed_kn fastest plausible speed between reports (GFW {@code max_knots} 25)
   * @param buffer_s time added to every interval so that position noise over short intervals is not
   *     a jump (GFW {@code buffer_hours} 0.25 h)
   * @param maxOpen most segments kept open per MMSI (GFW {@code max_open_segments} 20; 8 here)
   * @param idleClose_s a segment with no report for this long is closed (GFW {@code max_hours} 8 h
   *     for matching; we keep it open 24 h so that a spoofed excursion can return)
   */
  public record Params(double maxSpeed_kn, double buffer_s, int maxOpen, long idleClose_s) {
    /** Defaults. */
    public static final Params DEFAULTS = new Params(25, 900, 8, 7 * 86_400);
  }

  /** One segment. */
  public static final class Segment {
    final int id;
    Position first;
    Position last;
    int reports;
    int runs;
    double sumLat;
    double sumLon;

    Segment(int id, Position p) {
      this.id = id;
      this.first = p;
      this.last = p;
    }

    public int id() {
      return id;
    }

    public Position first() {
      return first;
    }

    public Position last() {
      return last;
    }

    public int reports() {
      return reports;
    }

    public int runs() {
      return runs;
    }

    public double meanLat() {
      return sumLat / reports;
    }

    public double meanLon() {
      return sumLon / reports;
    }
  }

  private final Params params;
  private final List<Segment> open = new ArrayList<>();
  private int nextId;
  private Segment current;

  public Segmenter(Params params) {
    this.params = params;
  }

  /** The segment a report joined, and the one the previous report was in. */
  public record Assignment(Segment segment, Segment previous, boolean opened, double jump_m) {}

  /** Assigns a report to a segment, at most {@link Params#maxSpeed_kn} between reports. */
  public Assignment add(Position p) {
    return add(p, params.maxSpeed_kn());
  }

  /**
   * Assigns a report to a segment, with the fastest plausible speed for this vessel (at most {@link
   * Params#maxSpeed_kn}: a vessel known to sail at 11 kn cannot cover 21 kn legs).
   */
  public Assignment add(Position p, double maxSpeed_kn) {
    double limit = Math.min(maxSpeed_kn, params.maxSpeed_kn());
    long t = p.time().getEpochSecond();
    Segment best = null;
    double bestSpeed = Double.MAX_VALUE;
    for (Segment s : open) {
      double d =
          Geo.fastDistance_m(
              s.last.latitude_deg(), s.last.longitude_deg(), p.latitude_deg(), p.longitude_deg());
      double dt = Math.abs(t - s.last.time().getEpochSecond());
      double v = Geo.impliedSpeed_kn(d, dt + params.buffer_s());
      // among the segments that can reach the report, the nearest one: choosing the lowest implied
      // speed would let a long-idle segment (whose speed shrinks with time) capture reports
      if (v <= limit && (d < bestSpeed || (d == bestSpeed && s.id < best.id))) {
        best = s;
        bestSpeed = d;
      }
    }
    Segment previous = current;
    boolean opened = false;
    double jump = 0;
    if (best == null) {
      best = new Segment(nextId++, p);
      opened = true;
      if (previous != null) {
        jump =
            Geo.fastDistance_m(
                previous.last.latitude_deg(),
                previous.last.longitude_deg(),
                p.latitude_deg(),
                p.longitude_deg());
      }
      open.add(best);
      if (open.size() > params.maxOpen()) {
        // drop the segment idle longest
        Segment oldest = open.get(0);
        for (Segment s : open) {
          if (s.last.time().isBefore(oldest.last.time())) {
            oldest = s;
          }
        }
        open.remove(oldest);
      }
    }
    best.last = p;
    best.reports++;
    best.sumLat += p.latitude_deg();
    best.sumLon += p.longitude_deg();
    if (best != previous) {
      best.runs++;
    }
    current = best;
    return new Assignment(best, previous, opened, jump);
  }

  /** Closes segments idle since before {@code t − idleClose_s}; returns them. */
  public List<Segment> closeIdle(long t) {
    List<Segment> closed = new ArrayList<>();
    open.removeIf(
        s -> {
          if (t - s.last.time().getEpochSecond() > params.idleClose_s() && s != current) {
            closed.add(s);
            return true;
          }
          return false;
        });
    return closed;
  }

  /** Open segments. */
  public List<Segment> open() {
    return List.copyOf(open);
  }

  /** Segment ids for a whole track in time order (for tests and offline use). */
  public static int[] segmentIds(List<Position> track, Params params) {
    Segmenter s = new Segmenter(params);
    int[] ids = new int[track.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = s.add(track.get(i)).segment().id();
    }
    return ids;
  }
}
