package org.tidewatch.core.delivery;

import static org.tidewatch.core.delivery.Intervals.overlaps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.geo.Geo;

/**
 * Receiver assignment: which dark DPRK-linked tanker could have taken a cargo at a given place and
 * time window (README.md, "A dark receiver candidate is ruled out when").
 */
final class DarkReceivers {

  private final InferenceContext ctx;
  private final ReceiverAssignment plan;
  private final Map<Integer, AisGap> unseen;

  /**
   * Receivers chosen by {@code plan}; {@code unseen}: the silences before their first report of
   * DPRK-linked vessels first heard long after the data began (no "off" position: NaN).
   */
  DarkReceivers(InferenceContext ctx, ReceiverAssignment plan, Map<Integer, AisGap> unseen) {
    this.ctx = ctx;
    this.plan = plan;
    this.unseen = unseen;
  }

  /** Whether a silence is one before a vessel's first report (no event shows it). */
  static boolean beforeFirstReport(AisGap g) {
    return !g.open() && Double.isNaN(g.offLatitude_deg());
  }

  /** How a receiver's silence reads in a delivery's reasons. */
  static String describe(AisGap g) {
    double h = (g.end().getEpochSecond() - g.start().getEpochSecond()) / 3600.0;
    return beforeFirstReport(g)
        ? String.format(
            Locale.ROOT,
            "first heard at %s: silent since before the data began (≥ %.0f h)",
            g.end(),
            h)
        : String.format(Locale.ROOT, "was dark for %.0f h (%s)", h, g.type());
  }

  /** The vessel's silences, the one before its first report (if any) first. */
  private List<AisGap> silences(int m, VesselTimeline t) {
    AisGap u = unseen.get(m);
    if (u == null) {
      return t.gaps;
    }
    List<AisGap> all = new ArrayList<>();
    all.add(u);
    all.addAll(t.gaps);
    return all;
  }

  /**
   * A DPRK-linked vessel that was dark over [t0, t1], could reach (x, y) within its silence, was in
   * ballast before it, and whose silence no other transfer claimed: the one the joint assignment
   * gives reading {@code key} ({@link ReceiverAssignment}; the tightest fit while proposing).
   */
  Optional<AisGap> darkReceiver(
      String key,
      double x,
      double y,
      Instant t0,
      Instant t1,
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      int giver,
      Set<String> claimed,
      Predicate<AisGap> admissible) {
    List<ReceiverAssignment.Candidate> found = new ArrayList<>();
    for (int m : linked.stream().sorted().toList()) {
      if (m == giver) {
        continue;
      }
      VesselTimeline rt = tl.get(m);
      Optional<Hull> h = ctx.hull(m);
      if (h.isPresent() && !h.get().tanker()) {
        continue;
      }
      if (alongsideOther(rt, giver, t0, t1)) {
        continue; // seen alongside another vessel meanwhile: that one's receiver, not this one's
      }
      for (AisGap g : silences(m, rt)) {
        if (g.start().isAfter(t1) || g.end().isBefore(t0) || !admissible.test(g)) {
          continue;
        }
        // the gap's top observed speed may be a berthed ship's: not below its service speed
        double speed = Math.max(ctx.speed_mps(g), ctx.params.defaultSpeed_kn() * Geo.MPS_PER_KNOT);
        double budget = speed * (g.end().getEpochSecond() - g.start().getEpochSecond());
        // where a vessel silent since before the data was is unknown: only its way back counts
        double toSpot =
            beforeFirstReport(g)
                ? 0
                : Geo.distance_m(g.offLatitude_deg(), g.offLongitude_deg(), x, y);
        double fromSpot =
            g.open() ? 0 : Geo.distance_m(x, y, g.onLatitude_deg(), g.onLongitude_deg());
        double need = toSpot + fromSpot;
        if (need > budget) {
          continue;
        }
        // and in time: at the spot before the window ends, back from it after the window begins
        if (toSpot > speed * Math.max(0, t1.getEpochSecond() - g.start().getEpochSecond())
            || fromSpot > speed * Math.max(0, g.end().getEpochSecond() - t0.getEpochSecond())) {
          continue;
        }
        Optional<Double> before = rt.draughtBefore(g.start());
        if (before.isPresent() && h.isPresent() && h.get().hasDraughtRange()) {
          double tb = h.get().ballastDraught_m().getAsDouble();
          double f = (before.get() - tb) / (h.get().summerDraught_m().getAsDouble() - tb);
          if (f > ctx.params.ballastFraction()) {
            continue; // laden: carrying its own cargo, not coming to load
          }
        }
        if (reappearedEmptyAwayFromDprk(rt, g, h)) {
          continue; // came out of the silence at sea still in ballast: it received nothing in it
        }
        found.add(new ReceiverAssignment.Candidate(g, need / budget));
      }
    }
    return plan.choose(key, ReceiverAssignment.tightestFirst(found), claimed);
  }

  /** The reading {@code key} takes the silence {@code gapId} (see {@link ReceiverAssignment}). */
  void claim(String key, String gapId, Set<String> claimed) {
    plan.claim(key, gapId, claimed);
  }

  /**
   * A receiver is ruled out when even the smallest cargo the giver's fall implies exceeds its
   * capacity by more than this factor (1.25).
   */
  static final double RECEIVER_CAPACITY_SLACK = 1.25;

  /**
   * Whether a receiver could hold what the giver's fall implies: the low bound of the transferred
   * tonnes (the drop less one AIS draught step) against the receiver's capacity. True when either
   * hull's particulars are unknown.
   */
  static boolean canHold(Optional<Hull> giver, DraughtChange dc, Optional<Hull> receiver) {
    if (giver.isEmpty()
        || receiver.isEmpty()
        || !giver.get().hasDraughtRange()
        || giver.get().capacity_t().isEmpty()
        || receiver.get().capacity_t().isEmpty()) {
      return true;
    }
    Hull g = giver.get();
    double range = g.summerDraught_m().getAsDouble() - g.ballastDraught_m().getAsDouble();
    double lowDrop =
        Math.max(0, dc.before_m() - dc.after_m() - VolumeEstimator.DRAUGHT_RESOLUTION_M);
    double lowTonnes = g.capacity_t().getAsDouble() * lowDrop / range;
    return lowTonnes <= RECEIVER_CAPACITY_SLACK * receiver.get().capacity_t().getAsDouble();
  }

  /**
   * Whether a silence ended at sea, away from any DPRK port, with the vessel still in ballast (its
   * broadcast draught on reappearing, ≤ the ballast fraction): it cannot have taken a cargo during
   * it (a receiver that discharged in the DPRK before reappearing reappears there, not at sea).
   */
  private boolean reappearedEmptyAwayFromDprk(VesselTimeline t, AisGap g, Optional<Hull> h) {
    if (g.open()
        || Double.isNaN(g.onLatitude_deg())
        || h.isEmpty()
        || !h.get().hasDraughtRange()
        || ctx.dprkPortNear(g.onLatitude_deg(), g.onLongitude_deg()).isPresent()) {
      return false;
    }
    Optional<Double> after = t.draughtAt(g.end());
    if (after.isEmpty()) {
      return false;
    }
    double tb = h.get().ballastDraught_m().getAsDouble();
    double f = (after.get() - tb) / (h.get().summerDraught_m().getAsDouble() - tb);
    return f <= ctx.params.ballastFraction();
  }

  /** Whether {@code t} was seen alongside a vessel other than {@code giver} during [t0, t1]. */
  private static boolean alongsideOther(VesselTimeline t, int giver, Instant t0, Instant t1) {
    for (Encounter e : t.encounters) {
      if (e.mmsi1() != giver && e.mmsi2() != giver && overlaps(e.start(), e.end(), t0, t1)) {
        return true;
      }
    }
    return false;
  }
}
