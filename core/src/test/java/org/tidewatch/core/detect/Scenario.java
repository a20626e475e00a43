package org.tidewatch.core.detect;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.track.Position;

/**
 * A small synthetic theatre exercising every detector: a tanker calling at Nampo, two tankers
 * meeting at sea in Korea Bay (STS), a vessel going dark for 30 h in dense coverage, a spoofed
 * excursion, an MMSI shared by two hulls, and a hull changing MMSI and name (same IMO).
 */
public final class Scenario {
  private Scenario() {}

  public static final int CALLER = 445000001;
  public static final int GIVER = 457000001;
  public static final int RECEIVER = 445000002;
  public static final int DARK = 352000001;
  public static final int SPOOFER = 674000001;
  public static final int SHARED = 636000001;
  public static final int OLD = 671000001;
  public static final int NEW = 312000001;

  /** Reports in time order (positions and statics). */
  public static List<Object> reports() {
    List<Object> r = new ArrayList<>();
    // 1. port call at Nampo (38.7167, 125.4): approach from the west, stop 20 h, leave
    r.add(Reports.stat(CALLER, 0, "CALLER", "HMCA", 9015852, 80, 4.0));
    for (int i = 0; i < 384; i++) {
      long t = i * 300L;
      double lat = 38.7167;
      double lon;
      double sog;
      if (t < 4 * 3600) {
        lon = 125.0 + 0.4 * t / (4 * 3600.0);
        sog = 5;
      } else if (t < 24 * 3600) {
        lon = 125.4;
        sog = 0;
      } else {
        lon = 125.4 - 0.4 * (t - 24 * 3600) / (4 * 3600.0);
        sog = 5;
      }
      r.add(Reports.pos(CALLER, t, lat, lon, sog));
      if (t == 12 * 3600) {
        r.add(Reports.stat(CALLER, t + 1, "CALLER", "HMCA", 9015852, 80, 6.5));
      }
      if (t == 14 * 3600) {
        r.add(Reports.stat(CALLER, t + 1, "CALLER", "HMCA", 9015852, 80, 6.5));
      }
    }
    // 2. STS in Korea Bay (38.80, 123.52), 5 h alongside, 60 m apart
    r.add(Reports.stat(GIVER, 0, "GIVER", "JVGV", 9808637, 80, 6.0));
    r.add(Reports.stat(RECEIVER, 0, "RECEIVER", "HMRC", 9204532, 80, 3.3));
    for (int i = 0; i < 240; i++) {
      long t = i * 300L;
      boolean together = t >= 6 * 3600 && t < 11 * 3600;
      double off = together ? 0 : (t < 6 * 3600 ? (6 * 3600 - t) : (t - 11 * 3600)) / 3600.0 * 0.15;
      r.add(Reports.pos(GIVER, t, 38.80 + off, 123.52, together ? 0.1 : 9));
      r.add(Reports.pos(RECEIVER, t + 20, 38.80 - off, 123.5207, together ? 0.1 : 9));
    }
    // 3. dark 30 h in dense coverage (reports every 5 min elsewhere), Yellow Sea
    for (int i = 0; i < 2 * 288; i++) {
      long t = i * 300L;
      if (t > 12 * 3600 && t < 42 * 3600) {
        continue;
      }
      r.add(Reports.pos(DARK, t, 36.0, 123.0 + 0.00001 * i, 0.1));
    }
    // 4. spoofing: normal track, 6 h excursion 150 km away, back
    for (int i = 0; i < 288; i++) {
      long t = i * 300L;
      boolean spoof = t >= 8 * 3600 && t < 14 * 3600;
      r.add(Reports.pos(SPOOFER, t, spoof ? 41.4 : 40.0, spoof ? 134.4 + 0.001 * i : 132.0, 0.5));
    }
    // 5. shared MMSI: two hulls 300 km apart alternate for 10 h
    for (int i = 0; i < 120; i++) {
      long t = i * 300L;
      boolean a = i % 2 == 0;
      r.add(Reports.pos(SHARED, t, a ? 35.0 : 37.5, a ? 125.0 + 0.0005 * i : 131.0, 0.3));
      if (i % 12 == 0 || i % 12 == 1) {
        r.add(Reports.stat(SHARED, t + 1, a ? "SILVER" : "VISTA", "X", 0, 70, 0));
      }
    }
    // 6. identity: OLD sails, goes silent, NEW appears 3 h later 50 km on, same IMO
    r.add(Reports.stat(OLD, 0, "SUN STAR", "5VAB", 9507245, 80, 8.0));
    for (int i = 0; i < 48; i++) {
      r.add(Reports.pos(OLD, i * 300L, 34.0, 128.0 + 0.01 * i, 10));
    }
    for (int i = 0; i < 100; i++) {
      long t = 48 * 300L + 3 * 3600 + i * 300L;
      if (i == 0) {
        r.add(Reports.stat(NEW, t - 1, "SPIRIT GLORY 1", "V3XY", 9507245, 80, 8.0));
      }
      r.add(Reports.pos(NEW, t, 34.0, 129.0 + 0.01 * i, 10));
    }
    r.sort(EventTimeBuffer.ORDER);
    return r;
  }

  /** Runs the default pipeline over reports in the given arrival order. */
  public static List<DetectedEvent> detect(List<Object> arrival, java.time.Duration lateness) {
    List<DetectedEvent> out = new ArrayList<>();
    DetectorPipeline p =
        new DetectorPipeline(org.tidewatch.core.port.PlaceIndex.reference(), lateness, out::add);
    java.time.Instant end = Reports.T0;
    for (Object o : arrival) {
      if (o instanceof Position pos) {
        p.accept(pos);
        if (pos.time().isAfter(end)) {
          end = pos.time();
        }
      } else {
        p.accept((org.tidewatch.core.track.StaticReport) o);
      }
    }
    p.finish(end);
    return out;
  }
}
