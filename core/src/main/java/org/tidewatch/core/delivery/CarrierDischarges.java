package org.tidewatch.core.delivery;

import static org.tidewatch.core.delivery.InferenceContext.OFFSHORE_M;
import static org.tidewatch.core.delivery.InferenceContext.emptied;
import static org.tidewatch.core.delivery.InferenceContext.names;
import static org.tidewatch.core.delivery.InferenceContext.placeLabel;
import static org.tidewatch.core.delivery.Intervals.hours;
import static org.tidewatch.core.delivery.Intervals.mid;
import static org.tidewatch.core.delivery.TransferVolumes.carrierVolume;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.Place;

/**
 * A carrier's own discharge and the voyage before it: a DPRK-linked vessel's fall of draught in a
 * DPRK port, across a dark period or a spoofed episode with a DPRK port within reach (or a
 * DPRK-linked dry-bulk carrier unloading coal abroad); another tanker's own run into a DPRK port
 * (dark, spoofed or hidden); and the loading that preceded it.
 */
final class CarrierDischarges {

  private final InferenceContext ctx;

  CarrierDischarges(InferenceContext ctx) {
    this.ctx = ctx;
  }

  /** A DPRK-linked vessel's fall of draught read as its own discharge (pass 1). */
  Optional<DeliveryBuilder> carrierDischarge(
      VesselTimeline t, DraughtChange dc, Map<Integer, VesselTimeline> tl) {
    Instant at = dc.end();
    Optional<Hull> hull = ctx.hull(t.mmsi);
    Optional<PortCall> pc = t.portCallAt(at, Duration.ofHours(1));
    Optional<Place> dprk = pc.flatMap(p -> ctx.dprkPortNear(p.latitude_deg(), p.longitude_deg()));
    if (dprk.isEmpty() && !Double.isNaN(dc.latitude_deg())) {
      dprk = ctx.dprkPortNear(dc.latitude_deg(), dc.longitude_deg());
    }
    Optional<AisGap> gap = t.gapEndingAt(at, ctx.params.gapSlack());
    DeliveryBuilder b = new DeliveryBuilder(t.mmsi, hull);
    b.events.add(dc.id());
    b.evidence.addAll(dc.evidence());
    boolean dry = hull.map(Hull::dryBulk).orElse(false);
    if (dry) {
      // coal: a DPRK-linked dry-bulk carrier unloading at a foreign port after coming out of the
      // DPRK (dark from a DPRK port, or a DPRK port call before)
      if (dprk.isPresent() || pc.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> from = ctx.cameFromDprk(t, at);
      if (from.isEmpty()) {
        return Optional.empty();
      }
      b.mode = Delivery.Mode.COAL_EXPORT;
      b.loadingPlace = from.get();
      b.dischargePlace = placeLabel(pc.get());
      b.deliveredAt = at;
      b.lat = pc.get().latitude_deg();
      b.lon = pc.get().longitude_deg();
      b.events.add(pc.get().id());
      b.evidence.addAll(pc.get().evidence());
      b.volume =
          hull.map(h -> VolumeEstimator.fromLadenDraught(h, dc.before_m(), Product.COAL))
              .orElse(VolumeEstimator.unquantified(Product.COAL, "hull particulars unknown"));
      b.reason(0.5, "DPRK-linked dry-bulk carrier (" + ctx.linkReason(t) + ")");
      b.reason(0.2, "came out of the DPRK: " + from.get());
      b.reason(
          0.2,
          String.format(
              Locale.ROOT,
              "draught fell %.1f -> %.1f m at %s",
              dc.before_m(),
              dc.after_m(),
              b.dischargePlace));
      return Optional.of(b);
    }
    b.reason(0.3, "DPRK-linked vessel (" + ctx.linkReason(t) + ")");
    if (dprk.isPresent()) {
      b.mode = Delivery.Mode.PORT_DISCHARGE;
      b.dischargePlace = dprk.get().name() + " (" + dprk.get().id() + ")";
      b.lat = dprk.get().latitude_deg();
      b.lon = dprk.get().longitude_deg();
      b.deliveredAt = at;
      pc.ifPresent(
          p -> {
            b.events.add(p.id());
            b.evidence.addAll(p.evidence());
          });
      b.reason(
          0.4,
          String.format(
              Locale.ROOT,
              "draught fell %.1f -> %.1f m at %s%s",
              dc.before_m(),
              dc.after_m(),
              b.dischargePlace,
              gap.isPresent() ? " (first seen there after a silence)" : ""));
    } else if (gap.isPresent()) {
      AisGap g = gap.get();
      List<Place> reach = ctx.reachable(g);
      if (reach.isEmpty()) {
        return Optional.empty();
      }
      dischargedDark(b, dc, g, reach, 0.3, g.deliberate() ? "deliberate dark period" : "silence");
      if (g.deliberate()) {
        b.reason(0.1, "the silence is not explained by the area's reception");
      }
    } else {
      Optional<Spoofing> sp = t.spoofingDuring(at.minus(Duration.ofHours(12)), at);
      if (sp.isEmpty()) {
        return Optional.empty();
      }
      List<Place> reach = ctx.reachableFromSpoof(t, sp.get());
      if (reach.isEmpty()) {
        return Optional.empty();
      }
      spoofed(b, dc, sp.get(), reach);
    }
    loading(b, t, dc, tl);
    b.volume = carrierVolume(hull, dc.before_m());
    return Optional.of(b);
  }

  /**
   * Records a discharge in the dark: the fall {@code dc} across the silence {@code g}, from which
   * the DPRK ports {@code reach} were within reach (the delivery placed at the first of them, dated
   * at the middle of the silence), with a reason of the given weight naming the silence.
   */
  private static void dischargedDark(
      DeliveryBuilder b,
      DraughtChange dc,
      AisGap g,
      List<Place> reach,
      double weight,
      String silence) {
    b.mode = Delivery.Mode.DARK_DISCHARGE;
    b.dischargePlace = "dark, within reach of " + names(reach);
    b.deliveredAt = mid(g.start(), g.end());
    b.lat = reach.get(0).latitude_deg();
    b.lon = reach.get(0).longitude_deg();
    b.events.add(g.id());
    b.evidence.addAll(g.evidence());
    b.reason(
        weight,
        String.format(
            Locale.ROOT,
            "draught fell %.1f -> %.1f m across a %.0f h %s that could reach %s",
            dc.before_m(),
            dc.after_m(),
            hours(g.start(), g.end()),
            silence,
            names(reach)));
  }

  /**
   * A tanker that is not DPRK-linked, whose draught fell across a closed silence from which a DPRK
   * port was within reach, after a loading: its own run into the DPRK, no receiver identified.
   */
  Optional<DeliveryBuilder> darkRun(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Hull> gh,
      AisGap g,
      Map<Integer, VesselTimeline> tl) {
    Instant at = dc.end();
    List<Place> reach = ctx.reachable(g);
    if (reach.isEmpty()
        || t.lastRiseBefore(
                at, at.minus(ctx.params.voyageLookback()), ctx.params.minDraughtChange_m())
            .isEmpty()) {
      return Optional.empty();
    }
    DeliveryBuilder b = new DeliveryBuilder(t.mmsi, gh);
    b.events.add(dc.id());
    b.evidence.addAll(dc.evidence());
    dischargedDark(b, dc, g, reach, 0.2, "silence");
    b.reason(-0.1, "not DPRK-linked and no receiver identified");
    loading(b, t, dc, tl);
    b.volume = carrierVolume(gh, dc.before_m());
    return Optional.of(b);
  }

  /**
   * A tanker that is not DPRK-linked, whose draught fell during a spoofing episode with a DPRK port
   * within reach of its true positions, after a loading: its own run into the DPRK. {@code
   * alternative} is a dark tanker that could have received the cargo instead (listed, −0.10).
   */
  Optional<DeliveryBuilder> spoofedRun(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Hull> gh,
      Spoofing s,
      Optional<Integer> alternative,
      Map<Integer, VesselTimeline> tl) {
    Instant at = dc.end();
    List<Place> reach = ctx.reachableFromSpoof(t, s);
    if (reach.isEmpty()
        || t.lastRiseBefore(
                at, at.minus(ctx.params.voyageLookback()), ctx.params.minDraughtChange_m())
            .isEmpty()) {
      return Optional.empty();
    }
    DeliveryBuilder b = new DeliveryBuilder(t.mmsi, gh);
    b.events.add(dc.id());
    b.evidence.addAll(dc.evidence());
    spoofed(b, dc, s, reach);
    if (emptied(gh, dc)) {
      b.reason(
          0.1,
          String.format(
              Locale.ROOT,
              "draught fell to %.1f m, near its ballast draught: a whole cargo discharged",
              dc.after_m()));
    }
    alternative.ifPresent(
        r ->
            b.reason(
                -0.1,
                "alternative reading: a transfer at sea to DPRK-linked tanker "
                    + r
                    + ", dark at the time and able to reach it"));
    loading(b, t, dc, tl);
    b.volume = carrierVolume(gh, dc.before_m());
    return Optional.of(b);
  }

  /**
   * A tanker that loaded at an oil terminal of interest and whose draught then fell at sea with
   * nothing to explain it, with a DPRK port within reach between leaving the terminal and the fall:
   * a discharge hidden by false or missing reports.
   */
  Optional<DeliveryBuilder> hiddenRun(
      VesselTimeline t, DraughtChange dc, Optional<Hull> hull, Map<Integer, VesselTimeline> tl) {
    Optional<PortCall> load = ctx.loadedInPort(t, dc.end());
    if (load.isEmpty()
        || !load.get().interest().map(i -> i.startsWith("RUS_OIL")).orElse(false)
        || Double.isNaN(dc.latitude_deg())
        || ctx.places.nearest(dc.latitude_deg(), dc.longitude_deg(), OFFSHORE_M).isPresent()) {
      return Optional.empty();
    }
    PortCall l = load.get();
    double budget =
        ctx.params.defaultSpeed_kn()
            * Geo.MPS_PER_KNOT
            * Math.max(0, dc.end().getEpochSecond() - l.end().getEpochSecond());
    List<Place> reach =
        ctx.reachable(
            l.latitude_deg(), l.longitude_deg(), dc.latitude_deg(), dc.longitude_deg(), budget);
    if (reach.isEmpty()) {
      return Optional.empty();
    }
    DeliveryBuilder b = new DeliveryBuilder(t.mmsi, hull);
    b.mode = Delivery.Mode.HIDDEN_DISCHARGE;
    b.events.add(dc.id());
    b.evidence.addAll(dc.evidence());
    b.dischargePlace = "hidden, within reach of " + names(reach);
    b.deliveredAt = mid(l.end(), dc.end());
    b.lat = reach.get(0).latitude_deg();
    b.lon = reach.get(0).longitude_deg();
    b.reason(
        0.4,
        String.format(
            Locale.ROOT,
            "draught fell %.1f -> %.1f m at sea %.0f h after leaving %s, with no port call, partner"
                + " or silence to explain it; %s within reach",
            dc.before_m(),
            dc.after_m(),
            hours(l.end(), dc.end()),
            l.placeName(),
            names(reach)));
    b.reason(-0.1, "not DPRK-linked; where the cargo went is not observed");
    loading(b, t, dc, tl);
    b.volume = carrierVolume(hull, dc.before_m());
    return Optional.of(b);
  }

  private void spoofed(DeliveryBuilder b, DraughtChange dc, Spoofing s, List<Place> reach) {
    b.mode = Delivery.Mode.SPOOFED_DISCHARGE;
    b.dischargePlace = "position spoofed, within reach of " + names(reach);
    b.deliveredAt = mid(s.start(), s.end());
    b.lat = reach.get(0).latitude_deg();
    b.lon = reach.get(0).longitude_deg();
    b.events.add(s.id());
    b.evidence.addAll(s.evidence());
    b.reason(
        0.3,
        String.format(
            Locale.ROOT,
            "draught fell %.1f -> %.1f m while the track showed impossible jumps (%.0f h of false"
                + " positions) with %s within reach",
            dc.before_m(),
            dc.after_m(),
            hours(s.start(), s.end()),
            names(reach)));
  }

  /** Fills the loading side of a carrier's voyage: the last rise before the discharge. */
  void loading(
      DeliveryBuilder b, VesselTimeline t, DraughtChange fall, Map<Integer, VesselTimeline> tl) {
    Optional<DraughtChange> rise =
        t.lastRiseBefore(
            fall.start().plusSeconds(1),
            fall.end().minus(ctx.params.voyageLookback()),
            ctx.params.minDraughtChange_m());
    if (rise.isEmpty()) {
      b.reason(-0.1, "no loading observed (laden when first seen)");
      return;
    }
    DraughtChange r = rise.get();
    b.events.add(r.id());
    b.loadedAt = Optional.of(r.end());
    Optional<PortCall> pc = t.portCallAt(r.end(), Duration.ofHours(1));
    if (pc.isPresent()
        && ctx.dprkPortNear(pc.get().latitude_deg(), pc.get().longitude_deg()).isEmpty()) {
      b.loadingPlace = placeLabel(pc.get());
      b.events.add(pc.get().id());
      boolean terminal = pc.get().interest().map(i -> i.startsWith("RUS_OIL")).orElse(false);
      b.reason(
          terminal ? 0.2 : 0.1,
          String.format(
              Locale.ROOT,
              "loaded at %s%s (draught %.1f -> %.1f m)",
              b.loadingPlace,
              terminal ? ", an oil terminal of interest" : "",
              r.before_m(),
              r.after_m()));
      return;
    }
    // an at-sea rise: who was alongside?
    for (Encounter e : t.encounters) {
      if (!e.end().isBefore(r.end().minus(ctx.params.transferLookback()))
          && !e.start().isAfter(r.end())) {
        int other = e.mmsi1() == t.mmsi ? e.mmsi2() : e.mmsi1();
        b.giver = OptionalInt.of(other);
        b.mode = Delivery.Mode.STS;
        b.transferPlace =
            Optional.of(
                String.format(Locale.ROOT, "%.3f,%.3f", e.latitude_deg(), e.longitude_deg()));
        b.loadingPlace = "at sea (" + e.type() + " with " + other + ")";
        b.events.add(e.id());
        b.evidence.addAll(e.evidence());
        b.reason(
            0.25,
            String.format(
                Locale.ROOT,
                "loaded at sea alongside %d (%s, %.1f h, draught %.1f -> %.1f m)",
                other,
                e.type(),
                hours(e.start(), e.end()),
                r.before_m(),
                r.after_m()));
        return;
      }
    }
    b.loadingPlace = "at sea (no partner seen)";
    b.reason(
        0.1,
        String.format(
            Locale.ROOT, "loaded at sea (draught %.1f -> %.1f m)", r.before_m(), r.after_m()));
  }
}
