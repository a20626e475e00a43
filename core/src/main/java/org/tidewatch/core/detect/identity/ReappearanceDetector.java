package org.tidewatch.core.detect.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.IdentityChange.Kind;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.track.Mids;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * A new MMSI appearing where and when another vanished, without a common IMO number ({@link
 * Kind#MMSI_REAPPEARED}; see README.md next to this class). The kinematic stitch of GFW's identity
 * work, made strict because nothing but the hull's size ties the two: the old MMSI fell silent
 * between {@link Params#minSilence_s} and {@link Params#maxSilence_s} before the new one's first
 * report, the new one's first position is within reach of the old one's last (its top reported
 * speed, or {@link Params#fallbackSpeed_kn}, plus {@link Params#slack_m}), both broadcast the same
 * length and beam (± {@link Params#lengthTolerance_m}, ± {@link Params#beamTolerance_m}) and the
 * same ship-type family, they do not claim two different valid IMO numbers, and the old MMSI is
 * still silent {@link Params#settle_s} after the new one appeared.
 */
public final class ReappearanceDetector implements Detector {

  /**
   * Parameters.
   *
   * @param minSilence_s the old MMSI silent at least this long before the new one appeared (1 h)
   * @param maxSilence_s and at most this long (7 days)
   * @param maxDistance_m the new first position at most this far from the old last one (500 km)
   * @param slack_m added to the reachable distance (10 km)
   * @param fallbackSpeed_kn speed when the old MMSI never reported one (12 kn)
   * @param lengthTolerance_m same length within (5 m: AIS dimensions are typed by crews)
   * @param beamTolerance_m same beam within (2 m)
   * @param settle_s the old MMSI must stay silent this long after the new one appeared (3 days)
   */
  public record Params(
      long minSilence_s,
      long maxSilence_s,
      double maxDistance_m,
      double slack_m,
      double fallbackSpeed_kn,
      int lengthTolerance_m,
      int beamTolerance_m,
      long settle_s) {
    public static final Params DEFAULTS =
        new Params(3600, 7 * 86_400, 500_000, 10_000, 12, 5, 2, 3 * 86_400);
  }

  private static final class Vessel {
    Position first;
    Position last;
    int length_m;
    int beam_m;
    int shipType;
    String imo = "";
    String name = "";
    boolean judged;
  }

  private final Params params;
  private final VesselRegistry registry;
  private final Map<Integer, Vessel> vessels = new HashMap<>();
  private final List<Integer> newcomers = new ArrayList<>();
  private final Set<Integer> stitched = new HashSet<>();
  // MMSIs by broadcast length: the candidates of a newcomer are looked up, not scanned
  private final Map<Integer, Set<Integer>> byLength = new HashMap<>();
  private Instant firstSeen;

  private final Function<Integer, Optional<Instant>> knownSince;

  public ReappearanceDetector(Params params, VesselRegistry registry) {
    this(params, registry, m -> Optional.empty());
  }

  /**
   * @param knownSince when an MMSI was first seen before this run's input, if known (a store's
   *     vessel summaries): an MMSI known from long before is not a newcomer, even when a run that
   *     starts with a warm-up replay meets it late
   */
  public ReappearanceDetector(
      Params params, VesselRegistry registry, Function<Integer, Optional<Instant>> knownSince) {
    this.params = params;
    this.registry = registry;
    this.knownSince = knownSince;
  }

  @Override
  public void onStatic(StaticReport s, Consumer<DetectedEvent> out) {
    Vessel v = vessels.computeIfAbsent(s.mmsi(), k -> new Vessel());
    if (s.length_m().isPresent() && s.length_m().getAsInt() != v.length_m) {
      Set<Integer> was = byLength.get(v.length_m);
      if (was != null) {
        was.remove(s.mmsi());
      }
      byLength.computeIfAbsent(s.length_m().getAsInt(), k -> new TreeSet<>()).add(s.mmsi());
    }
    s.length_m().ifPresent(l -> v.length_m = l);
    s.beam_m().ifPresent(b -> v.beam_m = b);
    s.shipType().ifPresent(t -> v.shipType = t);
    s.name().ifPresent(n -> v.name = n);
    if (s.imo().isPresent()) {
      String imo = String.format("%07d", s.imo().getAsInt());
      v.imo = ImoNumber.isValid(imo) ? imo : "";
    }
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    if (firstSeen == null) {
      firstSeen = p.time();
    }
    Vessel v = vessels.computeIfAbsent(p.mmsi(), k -> new Vessel());
    if (v.first == null) {
      v.first = p;
      // an MMSI present from the start of the data, or known from before it, is not a newcomer
      long t = p.time().getEpochSecond();
      if (t - firstSeen.getEpochSecond() > params.minSilence_s()
          && knownSince
              .apply(p.mmsi())
              .map(k -> k.getEpochSecond() >= t - params.minSilence_s())
              .orElse(true)) {
        newcomers.add(p.mmsi());
      }
    }
    v.last = p;
  }

  @Override
  public void onWatermark(Instant watermark, Consumer<DetectedEvent> out) {
    judge(watermark.getEpochSecond(), false, out);
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    judge(end.getEpochSecond(), true, out);
  }

  private void judge(long w, boolean all, Consumer<DetectedEvent> out) {
    for (Iterator<Integer> it = newcomers.iterator(); it.hasNext(); ) {
      int mmsi = it.next();
      Vessel n = vessels.get(mmsi);
      long appeared = n.first.time().getEpochSecond();
      if (!all && w - appeared < params.settle_s()) {
        continue;
      }
      it.remove();
      stitch(mmsi, n, out);
    }
  }

  private void stitch(int mmsi, Vessel n, Consumer<DetectedEvent> out) {
    if (n.length_m <= 0 || n.beam_m <= 0) {
      return;
    }
    long appeared = n.first.time().getEpochSecond();
    int best = 0;
    double bestScore = Double.MAX_VALUE;
    double bestDistance_m = 0;
    int candidates = 0;
    List<Integer> sameSize = new ArrayList<>();
    for (int l = n.length_m - params.lengthTolerance_m();
        l <= n.length_m + params.lengthTolerance_m();
        l++) {
      sameSize.addAll(byLength.getOrDefault(l, Set.of()));
    }
    sameSize.sort(null);
    for (int old : sameSize) {
      Vessel o = vessels.get(old);
      if (old == mmsi || o.last == null || stitched.contains(old) || !sameHull(o, n)) {
        continue;
      }
      long silence = appeared - o.last.time().getEpochSecond();
      if (silence < params.minSilence_s() || silence > params.maxSilence_s()) {
        continue;
      }
      double d =
          Geo.distance_m(
              o.last.latitude_deg(),
              o.last.longitude_deg(),
              n.first.latitude_deg(),
              n.first.longitude_deg());
      double reach =
          registry.topSpeed_kn(old, params.fallbackSpeed_kn()) * Geo.MPS_PER_KNOT * silence
              + params.slack_m();
      if (d > Math.min(reach, params.maxDistance_m())) {
        continue;
      }
      candidates++;
      double score = d / params.maxDistance_m() + silence / (double) params.maxSilence_s();
      if (score < bestScore) {
        bestScore = score;
        best = old;
        bestDistance_m = d;
      }
    }
    if (candidates == 0) {
      return;
    }
    Vessel o = vessels.get(best);
    stitched.add(best);
    double d = bestDistance_m;
    // one candidate, close in space and time: 0.7; each other candidate lowers it
    double conf = Math.max(0.3, 0.7 - 0.1 * (candidates - 1) - 0.2 * bestScore);
    out.accept(
        new IdentityChange(
            Kind.MMSI_REAPPEARED,
            List.of(best, mmsi),
            o.last.time(),
            n.first.time(),
            n.first.latitude_deg(),
            n.first.longitude_deg(),
            describe(best, o),
            describe(mmsi, n)
                + String.format(
                    " (%.0f km and %.1f h after the old one vanished; %d m x %d m; %d candidate%s)",
                    d / 1000,
                    (n.first.time().getEpochSecond() - o.last.time().getEpochSecond()) / 3600.0,
                    n.length_m,
                    n.beam_m,
                    candidates,
                    candidates == 1 ? "" : "s"),
            conf,
            List.of(Evidence.of(o.last, "vanished"), Evidence.of(n.first, "appeared"))));
  }

  private boolean sameHull(Vessel o, Vessel n) {
    if (o.length_m <= 0 || o.beam_m <= 0) {
      return false;
    }
    if (Math.abs(o.length_m - n.length_m) > params.lengthTolerance_m()
        || Math.abs(o.beam_m - n.beam_m) > params.beamTolerance_m()) {
      return false;
    }
    if (o.shipType / 10 != n.shipType / 10) {
      return false;
    }
    // two valid IMO numbers: two hulls (or, when equal, the IMO-based detector's case)
    return o.imo.isEmpty() || n.imo.isEmpty();
  }

  private static String describe(int mmsi, Vessel v) {
    String flag = Mids.flagOfMmsi(mmsi).map(f -> " (" + f.iso2() + ")").orElse("");
    return "MMSI " + mmsi + (v.name.isEmpty() ? "" : " " + v.name) + flag;
  }
}
