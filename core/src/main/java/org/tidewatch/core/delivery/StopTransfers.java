package org.tidewatch.core.delivery;

import static org.tidewatch.core.delivery.InferenceContext.TRANSFER_OFFSHORE_M;
import static org.tidewatch.core.delivery.InferenceContext.truePositions;
import static org.tidewatch.core.delivery.Intervals.hours;
import static org.tidewatch.core.delivery.Intervals.overlaps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.port.Place;

/**
 * Pass 4: laden tankers stopped offshore (loitering, dark, or hiding behind false positions) with a
 * dark DPRK-linked receiver able to reach them, when the giver's own draught change was too small
 * to be broadcast or detected. The weakest reading: it runs after every fall of draught has taken
 * its receiver, and a stop already explained by a transfer in a delivery is not read again.
 */
final class StopTransfers {

  private final InferenceContext ctx;
  private final DarkReceivers receivers;

  StopTransfers(InferenceContext ctx, DarkReceivers receivers) {
    this.ctx = ctx;
    this.receivers = receivers;
  }

  /** Reads the stops of every vessel that is not DPRK-linked, in MMSI order. */
  void run(
      Map<Integer, VesselTimeline> tl,
      List<Integer> order,
      Set<Integer> linked,
      InferredDeliveries out,
      Set<String> claimedGaps) {
    Set<String> used = new HashSet<>();
    for (DeliveryBuilder b : out.values()) {
      used.addAll(b.events);
    }
    for (int m : order) {
      if (!linked.contains(m)) {
        VesselTimeline t = tl.get(m);
        List<Stop> stops = new ArrayList<>();
        t.loiterings.forEach(l -> stops.add(Stop.of(l)));
        t.spoofs.forEach(sp -> stops.add(Stop.of(sp)));
        // deliberate dark periods, and silences in which the vessel all but stopped (an unseen
        // stop): ordinary reception gaps crossed under way are far too common offshore
        t.gaps.stream()
            .filter(g -> !g.open() && (g.deliberate() || silentStop(g)))
            .forEach(g -> stops.add(Stop.of(g)));
        for (Stop st : stops) {
          if (!used.contains(st.id()) && !explainedByUsedTransfer(t, st.start(), st.end(), used)) {
            stopTransfer(t, st, tl, linked, claimedGaps)
                .ifPresent(
                    b -> {
                      out.add(b);
                      used.addAll(b.events);
                    });
          }
        }
      }
    }
  }

  /**
   * A silence of at least {@link #SILENT_STOP_MIN} over which the vessel made good at most 1.5 kn.
   */
  static boolean silentStop(AisGap g) {
    return !g.open()
        && Duration.between(g.start(), g.end()).compareTo(SILENT_STOP_MIN) >= 0
        && g.impliedSpeed_kn() <= SILENT_STOP_MAX_KN;
  }

  /** The shortest silence read as an unseen stop. */
  static final Duration SILENT_STOP_MIN = Duration.ofHours(6);

  /** The highest speed made good over a silence read as an unseen stop. */
  static final double SILENT_STOP_MAX_KN = 1.5;

  /**
   * Whether a stop is the same as a transfer already inferred: an encounter, loitering, spoofing or
   * a fall of draught of the same vessel, used by a delivery, during it (or a fall soon after).
   */
  private boolean explainedByUsedTransfer(
      VesselTimeline t, Instant start, Instant end, Set<String> used) {
    for (List<? extends DetectedEvent> stops : List.of(t.encounters, t.loiterings, t.spoofs)) {
      for (DetectedEvent e : stops) {
        if (used.contains(e.id()) && overlaps(e.start(), e.end(), start, end)) {
          return true;
        }
      }
    }
    for (DraughtChange dc : t.draughts) {
      if (used.contains(dc.id())
          && overlaps(dc.start(), dc.end(), start, end.plus(ctx.params.transferLookback()))) {
        return true;
      }
    }
    return false;
  }

  /** Minimum silence of a receiver met at a loitering giver without a draught change (24 h). */
  static final Duration RECEIVER_MIN_DARK = Duration.ofHours(24);

  /**
   * A laden tanker's stop offshore, where a transfer could hide without a measurable change of its
   * own draught: a loitering (positions true), or a spoofing episode (positions false; the last
   * true position before it stands for the place).
   */
  private record Stop(
      String id,
      Instant start,
      Instant end,
      double latitude_deg,
      double longitude_deg,
      String how,
      boolean positionsTrue,
      List<Evidence> evidence) {
    static Stop of(Loitering l) {
      return new Stop(
          l.id(),
          l.start(),
          l.end(),
          l.latitude_deg(),
          l.longitude_deg(),
          String.format(Locale.ROOT, "loitered %.1f h", hours(l.start(), l.end())),
          true,
          l.evidence());
    }

    static Stop of(AisGap g) {
      return new Stop(
          g.id(),
          g.start(),
          g.end(),
          (g.offLatitude_deg() + g.onLatitude_deg()) / 2,
          (g.offLongitude_deg() + g.onLongitude_deg()) / 2,
          String.format(Locale.ROOT, "went dark for %.1f h", hours(g.start(), g.end())),
          true,
          g.evidence());
    }

    static Stop of(Spoofing s) {
      double[] p = truePositions(s);
      return new Stop(
          s.id(),
          s.start(),
          s.end(),
          Double.isNaN(p[0]) ? s.latitude_deg() : p[0],
          Double.isNaN(p[0]) ? s.longitude_deg() : p[1],
          String.format(
              Locale.ROOT, "broadcast false positions for %.1f h", hours(s.start(), s.end())),
          false,
          s.evidence());
    }
  }

  private Optional<DeliveryBuilder> stopTransfer(
      VesselTimeline t,
      Stop l,
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      Set<String> claimedGaps) {
    Optional<Hull> gh = ctx.hull(t.mmsi);
    if (gh.isEmpty()
        || !gh.get().tanker()
        || l.end().getEpochSecond() - l.start().getEpochSecond() < 4 * 3600) {
      return Optional.empty();
    }
    Optional<PortCall> load = ctx.loadedInPort(t, l.start());
    // (a loitering at a port or anchorage is ordinary waiting, unless the anchorage lies in a known
    // transfer area; where a spoofing tanker really was is unknown, and hiding it is no ordinary
    // behaviour)
    if (load.isEmpty()
        || !ctx.ladenBefore(t, gh.get(), l.start())
        || l.positionsTrue()
            && ctx.nearForeignPlace(l.latitude_deg(), l.longitude_deg(), TRANSFER_OFFSHORE_M)) {
      return Optional.empty();
    }
    // a silence of the giver's own right after the stop (the transfer may be in it) extends it
    Optional<AisGap> then = Optional.empty();
    for (AisGap gg : t.gaps) {
      if (!gg.open()
          && !gg.start().isBefore(l.end().minus(Duration.ofHours(1)))
          && !gg.start().isAfter(l.end().plus(ctx.params.gapSlack()))) {
        then = Optional.of(gg);
      }
    }
    Instant end = then.map(AisGap::end).filter(e -> e.isAfter(l.end())).orElse(l.end());
    // the receiver's silence must cover the whole stop and be long (admissible candidates only: a
    // tighter-fitting but inadmissible silence must not hide an admissible one)
    Optional<AisGap> cand =
        receivers.darkReceiver(
            l.id(),
            l.latitude_deg(),
            l.longitude_deg(),
            l.start(),
            end,
            tl,
            linked,
            t.mmsi,
            claimedGaps,
            g ->
                !g.start().isAfter(l.start())
                    && !g.end().isBefore(end)
                    && Duration.between(g.start(), g.end()).compareTo(RECEIVER_MIN_DARK) >= 0);
    if (cand.isEmpty()) {
      return Optional.empty();
    }
    AisGap g = cand.get();
    receivers.claim(l.id(), g.id(), claimedGaps);
    int r = g.mmsi();
    Optional<Hull> rh = ctx.hull(r);
    DeliveryBuilder b = new DeliveryBuilder(r, rh);
    b.giver = OptionalInt.of(t.mmsi);
    b.mode = Delivery.Mode.STS_DARK_RECEIVER;
    b.transferPlace =
        Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", l.latitude_deg(), l.longitude_deg()));
    b.loadingPlace = "at sea, from " + t.mmsi + " (loaded at " + load.get().placeName() + ")";
    b.loadedAt = Optional.of(end);
    Optional<Place> home =
        Double.isNaN(g.onLatitude_deg())
            ? Optional.empty()
            : ctx.dprkPortNear(g.onLatitude_deg(), g.onLongitude_deg());
    b.dischargePlace =
        home.map(p -> p.name() + " (" + p.id() + "), where the receiver reappeared")
            .orElse("DPRK (receiver dark)");
    b.deliveredAt = home.isPresent() ? g.end() : end;
    b.lat = l.latitude_deg();
    b.lon = l.longitude_deg();
    b.events.add(l.id());
    if (!DarkReceivers.beforeFirstReport(g)) {
      b.events.add(g.id());
    }
    b.events.add(load.get().id());
    b.evidence.addAll(l.evidence());
    b.evidence.addAll(g.evidence());
    b.reason(
        0.25,
        String.format(
            Locale.ROOT,
            l.positionsTrue()
                ? "laden tanker %d (loaded at %s) %s offshore%s"
                : "laden tanker %d (loaded at %s) %s at sea%s",
            t.mmsi,
            load.get().placeName(),
            l.how(),
            then.map(
                    gg ->
                        String.format(
                            Locale.ROOT, ", then silent %.1f h", hours(gg.start(), gg.end())))
                .orElse("")));
    then.ifPresent(
        gg -> {
          b.events.add(gg.id());
          b.evidence.addAll(gg.evidence());
        });
    b.reason(0.2, "receiver " + r + " is DPRK-linked (" + ctx.linkReason(tl.get(r)) + ")");
    b.reason(
        0.1,
        DarkReceivers.beforeFirstReport(g)
            ? "receiver " + r + " " + DarkReceivers.describe(g) + ", around it, and could reach it"
            : String.format(
                Locale.ROOT,
                "receiver %d was dark for %.0f h around it and could reach it",
                r,
                hours(g.start(), g.end())));
    b.reason(-0.1, "no draught change seen: volume from the receiver's capacity");
    b.volume =
        rh.map(h -> VolumeEstimator.receiverPrior(h, Product.REFINED_UNSPECIFIED))
            .orElse(
                VolumeEstimator.unquantified(
                    Product.REFINED_UNSPECIFIED, "receiver's capacity unknown"));
    return Optional.of(b);
  }
}
