package org.tidewatch.sim;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;
import org.tidewatch.ais.encode.AisPayloads;
import org.tidewatch.ais.encode.NmeaFramer;
import org.tidewatch.ais.encode.Payload;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.motion.KState;
import org.tidewatch.sim.ops.Truth;
import org.tidewatch.sim.world.Theatre;

/**
 * Turns true states into what the receivers hear: transmissions at ITU-R M.1371 intervals (thinned
 * to the feed interval), terrestrial reception within {@link Theatre#STATION_RANGE_NM} of a coastal
 * station, satellite passes elsewhere (about every 95 minutes, 12 minutes long, 60 % of
 * transmissions heard), duplicates from a second station (2 %), corrupt sentences (0.03 %) and tag
 * blocks with the receiver time and station.
 */
final class Emitter {
  static final int SAT_PERIOD_S = 5700;
  static final int SAT_WINDOW_S = 720;
  static final long GAP_LABEL_S = 6 * 3600;

  private final Theatre theatre;
  private final SimConfig cfg;
  private final Writer nmea;
  private final Writer csv;
  private final MapPlot plot;
  private final long t0;
  private final long t1;
  private final RandomGenerator feedRnd;
  private final AisPayloads payloads = new AisPayloads();
  private final NmeaFramer framer = new NmeaFramer();
  private final StringBuilder line = new StringBuilder(256);
  private final List<Truth.Operation> gaps = new ArrayList<>();
  private long positions;
  private long sentences;
  private long statics;

  Emitter(
      Theatre theatre,
      SimConfig cfg,
      Writer nmea,
      Writer csv,
      MapPlot plot,
      long t0,
      long t1,
      RandomGenerator feedRnd) {
    this.theatre = theatre;
    this.cfg = cfg;
    this.nmea = nmea;
    this.csv = csv;
    this.plot = plot;
    this.t0 = t0;
    this.t1 = t1;
    this.feedRnd = feedRnd;
  }

  /** Honest offshore coverage gaps of ordinary vessels (≥ 6 h), labelled as confusers. */
  List<Truth.Operation> coverageGaps() {
    return gaps;
  }

  /** Whether a satellite is overhead at {@code t} (deterministic pass schedule). */
  boolean satelliteOverhead(long t) {
    long k = (t - t0) / SAT_PERIOD_S;
    for (long j = Math.max(0, k - 1); j <= k; j++) {
      long start = t0 + j * SAT_PERIOD_S + Math.floorMod(j * 2654435761L + cfg.seed(), 1800);
      if (t >= start && t < start + SAT_WINDOW_S) {
        return true;
      }
    }
    return false;
  }

  long[] run(List<Actor> actors) throws IOException {
    csv.write(
        "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n");
    PriorityQueue<long[]> heap =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    for (int i = 0; i < actors.size(); i++) {
      heap.add(new long[] {t0 + actors.get(i).rnd.nextInt(cfg.feedInterval_s()), i});
    }
    while (!heap.isEmpty()) {
      long[] top = heap.poll();
      long t = top[0];
      if (t >= t1) {
        continue;
      }
      Actor a = actors.get((int) top[1]);
      long next = step(a, t, (int) top[1] < cfg.vessels());
      if (next < t1) {
        top[0] = next;
        heap.add(top);
      }
    }
    nmea.flush();
    csv.flush();
    return new long[] {positions, sentences, statics};
  }

  private long step(Actor a, long t, boolean background) throws IOException {
    KState s = a.state;
    a.track.at(t, s);
    if (a.ais.dark(t)) {
      return Math.max(a.ais.darkUntil(t), t + 60);
    }
    double trueLat = s.lat_deg;
    double trueLon = s.lon_deg;
    Vessel id = a.ais.identity(t);
    a.ais.spoof(t, s);
    boolean classB = a.vessel.classB();
    int itu =
        classB
            ? ReportingIntervals.classB_s(s.speed_kn)
            : ReportingIntervals.classA_s(s.speed_kn, s.navStatus);
    long next = t + (long) Math.ceil(cfg.feedInterval_s() / (double) itu) * itu;
    Theatre.Station st = theatre.terrestrialStation(trueLat, trueLon);
    String station;
    if (st != null) {
      if (a.rnd.nextInt(100) >= 97) {
        return next; // lost in a slot collision
      }
      station = st.id();
    } else if (satelliteOverhead(t) && a.rnd.nextInt(10) < 6) {
      station = "sAIS-" + (1 + Math.floorMod((t - t0) / SAT_PERIOD_S, 6));
    } else {
      return next;
    }
    if (background && t - a.lastSeen_s >= GAP_LABEL_S && a.lastSeen_s > t0) {
      recordGap(a, t, trueLat, trueLon);
    }
    a.lastSeen_s = t;
    a.lastSeenLat = trueLat;
    a.lastSeenLon = trueLon;
    char channel = a.rnd.nextBoolean() ? 'A' : 'B';
    Payload p;
    int second = (int) (t % 60);
    if (classB) {
      p =
          payloads.encode(
              new AisPayloads.PositionB(
                  id.mmsi(),
                  s.speed_kn,
                  true,
                  s.lon_deg,
                  s.lat_deg,
                  s.course_deg,
                  s.heading_deg,
                  second));
    } else {
      int rot = s.speed_kn < 1 ? 0 : -128;
      p =
          payloads.encode(
              new AisPayloads.PositionA(
                  1,
                  id.mmsi(),
                  s.navStatus,
                  rot,
                  s.speed_kn,
                  true,
                  s.lon_deg,
                  s.lat_deg,
                  s.course_deg,
                  s.heading_deg,
                  second,
                  0));
    }
    write(p, channel, t, station, a.rnd);
    positions++;
    writeCsv(id, s, t, classB);
    if (plot != null) {
      plot.track(a, s.lat_deg, s.lon_deg, t);
    }
    if (t - a.lastStatic_s >= cfg.staticInterval_s() || a.lastMmsi != id.mmsi()) {
      a.lastStatic_s = t;
      a.lastMmsi = id.mmsi();
      statics++;
      int bow = id.length_m() / 2;
      int port = id.beam_m() / 2;
      if (classB) {
        write(payloads.encodeStaticA(id.mmsi(), id.name()), channel, t, station, a.rnd);
        write(
            payloads.encode(
                new AisPayloads.StaticB(
                    id.mmsi(),
                    id.kind().aisTypeCode,
                    "SRT",
                    1,
                    id.index() % 1_000_000,
                    id.callSign(),
                    bow,
                    id.length_m() - bow,
                    port,
                    id.beam_m() - port)),
            channel,
            t,
            station,
            a.rnd);
      } else {
        String dest = s.portId != null ? s.portId : "";
        write(
            payloads.encode(
                new AisPayloads.StaticVoyage(
                    id.mmsi(),
                    id.imo(),
                    id.callSign(),
                    id.name(),
                    id.kind().aisTypeCode,
                    bow,
                    id.length_m() - bow,
                    port,
                    id.beam_m() - port,
                    1,
                    0,
                    0,
                    24,
                    60,
                    s.draught_m,
                    dest)),
            channel,
            t,
            station,
            a.rnd);
      }
    }
    return next;
  }

  private void recordGap(Actor a, long t, double lat, double lon) {
    if (gaps.size() >= 5000) {
      return;
    }
    Vessel v = a.vessel;
    Truth.Participant who =
        new Truth.Participant(
            "VESSEL", v.imo(), v.mmsi(), v.name(), v.flag(), v.kind().label, List.of(v.mmsi()));
    String s0 = Instant.ofEpochSecond(a.lastSeen_s).toString();
    String s1 = Instant.ofEpochSecond(t).toString();
    gaps.add(
        new Truth.Operation(
            String.format("GAP-%05d", gaps.size() + 1),
            "COVERAGE_GAP",
            false,
            List.of(who),
            s0,
            s1,
            a.lastSeenLat,
            a.lastSeenLon,
            null,
            null,
            "transponder on; no receiver in range (offshore, between satellite passes)",
            List.of("NONE"),
            List.of(
                new Truth.Event(
                    "COVERAGE_GAP",
                    List.of(v.mmsi()),
                    List.of(v.imo()),
                    s0,
                    s1,
                    a.lastSeenLat,
                    a.lastSeenLon,
                    null,
                    "GAP",
                    Double.NaN,
                    Double.NaN,
                    "reappeared at "
                        + Math.round(lat * 1000) / 1000.0
                        + ","
                        + Math.round(lon * 1000) / 1000.0))));
  }

  private void write(Payload p, char channel, long t, String station, RandomGenerator rnd)
      throws IOException {
    line.setLength(0);
    framer.frame(line, p, channel, t, station);
    int roll = feedRnd.nextInt(10_000);
    if (roll < 3) {
      // corrupt one payload character; the checksum no longer matches
      int comma = line.indexOf(",A,") >= 0 ? line.indexOf(",A,") : line.indexOf(",B,");
      int pos = comma + 4;
      if (comma > 0 && pos < line.length()) {
        char c = line.charAt(pos);
        line.setCharAt(pos, c == '0' ? '1' : '0');
      }
    }
    nmea.append(line);
    sentences += countLines(line);
    if (roll >= 9_800 && station.startsWith("r")) {
      // heard by a second station too: a duplicate with another source and a slightly later time
      line.setLength(0);
      framer.frame(line, p, channel, t + rnd.nextInt(3), station + "-2");
      nmea.append(line);
      sentences += countLines(line);
    }
  }

  private static int countLines(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private void writeCsv(Vessel id, KState s, long t, boolean classB) throws IOException {
    line.setLength(0);
    line.append(id.mmsi()).append(',');
    line.append(LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.UTC))
        .append(t % 60 == 0 ? ":00," : ",");
    fixed(line, s.lat_deg, 5).append(',');
    fixed(line, s.lon_deg, 5).append(',');
    fixed(line, Math.round(s.speed_kn * 10) / 10.0, 1).append(',');
    fixed(line, Math.round(s.course_deg * 10) % 3600 / 10.0, 1).append(',');
    line.append(Math.round(s.heading_deg) % 360).append(',');
    line.append(id.name()).append(',');
    line.append(classB ? "" : "IMO" + id.imo()).append(',');
    line.append(id.callSign()).append(',');
    line.append(id.kind().aisTypeCode).append(',');
    line.append(s.navStatus).append(',');
    line.append(id.length_m()).append(',').append(id.beam_m()).append(',');
    fixed(line, s.draught_m, 1).append(',');
    line.append(id.kind().aisTypeCode).append(',');
    line.append(classB ? 'B' : 'A').append('\n');
    csv.append(line);
  }

  static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
    long scale = decimals == 5 ? 100_000 : decimals == 1 ? 10 : (long) Math.pow(10, decimals);
    long x = Math.round(v * scale);
    if (x < 0) {
      sb.append('-');
      x = -x;
    }
    sb.append(x / scale).append('.');
    String frac = Long.toString(x % scale);
    for (int i = frac.length(); i < decimals; i++) {
      sb.append('0');
    }
    return sb.append(frac);
  }
}
