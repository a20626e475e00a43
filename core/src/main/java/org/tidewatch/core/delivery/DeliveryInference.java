package org.tidewatch.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Mids;

/**
 * Chains each vessel's detected events into voyages and infers deliveries (README.md in this
 * package). A delivery is anchored on a discharge, a fall of broadcast draught: in a DPRK port;
 * across a dark period or a spoofed episode from which a DPRK port was within reach; or at sea next
 * to a DPRK-linked receiver (seen alongside, or dark and able to reach the transfer point). The
 * loading that preceded it (a port call with the draught rising, or an at-sea rise next to a giver)
 * completes the voyage. Deterministic: the same events give the same deliveries.
 */
public final class DeliveryInference {

  /**
   * Parameters.
   *
   * @param minDraughtChange_m a change of broadcast draught smaller than this is noise (0.3 m, as
   *     the port-call detector's loading/discharge rule)
   * @param dprkPortRadius_m a draught change this close to a DPRK port happened in it (20 km)
   * @param defaultSpeed_kn speed for reachability when the gap gives none (12 kn, a small tanker's
   *     service speed)
   * @param gapSlack a draught change first seen this close to the end of a silence came out of it
   *     (2 h)
   * @param transferLookback an encounter or loitering ending this long before a giver's draught
   *     fall explains it (36 h)
   * @param receiverLink a receiver's own discharge this long after a transfer is the same cargo (10
   *     days)
   * @param voyageLookback how far back a loading is searched for (45 days)
   * @param ballastFraction a dark receiver candidate must have been at most this laden before going
   *     dark (0.4: it comes empty to load)
   */
  public record Params(
      double minDraughtChange_m,
      double dprkPortRadius_m,
      double defaultSpeed_kn,
      Duration gapSlack,
      Duration transferLookback,
      Duration receiverLink,
      Duration voyageLookback,
      double ballastFraction) {
    /** The defaults (README.md). */
    public static final Params DEFAULTS =
        new Params(
            0.3,
            20_000,
            12,
            Duration.ofHours(2),
            Duration.ofHours(36),
            Duration.ofDays(10),
            Duration.ofDays(45),
            0.4);
  }

  /** A draught change this close to a foreign port or anchorage happened there (10 km). */
  static final double FOREIGN_PORT_M = 10_000;

  /** An unexplained fall must be this far from any port or anchorage (30 km). */
  static final double OFFSHORE_M = 30_000;

  /** A transfer to an unseen receiver must be this far from any port or anchorage (15 km). */
  static final double TRANSFER_OFFSHORE_M = 15_000;

  private final Params params;
  private final PlaceIndex places;
  private final List<Place> dprkPorts;
  private final IntFunction<Optional<Hull>> hulls;
  private final List<TransferArea> transferAreas;

  /**
   * An inference over the given DPRK ports (places tagged {@code DPRK_PORT}) and hull particulars
   * by MMSI.
   */
  public DeliveryInference(Params params, PlaceIndex places, IntFunction<Optional<Hull>> hulls) {
    this(params, places, hulls, List.of());
  }

  /**
   * An inference that also knows the transfer areas (inside which an anchorage is no alibi for a
   * fall of draught at sea).
   */
  public DeliveryInference(
      Params params,
      PlaceIndex places,
      IntFunction<Optional<Hull>> hulls,
      List<TransferArea> transferAreas) {
    this.params = params;
    this.places = places;
    this.dprkPorts = dprkPorts(places.places());
    this.hulls = hulls;
    this.transferAreas = List.copyOf(transferAreas);
  }

  /** The places tagged {@code DPRK_PORT} among {@code places}. */
  public static List<Place> dprkPorts(List<Place> places) {
    return places.stream()
        .filter(p -> p.interest().map("DPRK_PORT"::equals).orElse(false))
        .toList();
  }

  /** Infers the deliveries, ordered by delivery time then id. */
  public List<Delivery> infer(List<? extends DetectedEvent> events) {
    Map<Integer, VesselTimeline> tl = VesselTimeline.of(events);
    Set<Integer> linked = new HashSet<>();
    for (VesselTimeline t : tl.values()) {
      if (dprkLinked(t)) {
        linked.add(t.mmsi);
      }
    }
    Map<String, Builder> out = new LinkedHashMap<>();
    Set<String> claimedGaps = new HashSet<>();
    List<Integer> order = tl.keySet().stream().sorted().toList();
    // pass 1: DPRK-linked carriers discharging (or coal carriers unloading abroad)
    for (int m : order) {
      if (!linked.contains(m)) {
        continue;
      }
      VesselTimeline t = tl.get(m);
      for (DraughtChange dc : t.draughts) {
        if (dc.before_m() - dc.after_m() >= params.minDraughtChange_m()) {
          carrierDischarge(t, dc, tl).ifPresent(b -> add(out, b));
        }
      }
    }
    // pass 2: other vessels' falls: transfers at sea, or their own runs into DPRK ports
    for (int m : order) {
      if (linked.contains(m)) {
        continue;
      }
      VesselTimeline t = tl.get(m);
      for (DraughtChange dc : t.draughts) {
        if (dc.before_m() - dc.after_m() >= params.minDraughtChange_m()) {
          giverDischarge(t, dc, tl, linked, out, claimedGaps, false);
        }
      }
    }
    // pass 3: falls that nothing observed explains, once the explained ones have their receivers
    // (a fall of draught is a cargo that moved: it takes a receiver before a mere stop does)
    for (int m : order) {
      if (linked.contains(m)) {
        continue;
      }
      VesselTimeline t = tl.get(m);
      for (DraughtChange dc : t.draughts) {
        if (dc.before_m() - dc.after_m() >= params.minDraughtChange_m()) {
          giverDischarge(t, dc, tl, linked, out, claimedGaps, true);
        }
      }
    }
    // pass 4: laden tankers stopped offshore (loitering, dark, or hiding behind false positions)
    // with a dark DPRK-linked receiver able to reach them, when the giver's own draught change was
    // too small to be broadcast or detected
    Set<String> used = new HashSet<>();
    for (Builder b : out.values()) {
      used.addAll(b.events);
    }
    for (int m : order) {
      if (!linked.contains(m)) {
        VesselTimeline t = tl.get(m);
        List<Stop> stops = new ArrayList<>();
        t.loiterings.forEach(l -> stops.add(Stop.of(l)));
        t.spoofs.forEach(sp -> stops.add(Stop.of(sp)));
        // deliberate dark periods only: ordinary reception gaps offshore are far too common
        t.gaps.stream()
            .filter(g -> !g.open() && g.deliberate())
            .forEach(g -> stops.add(Stop.of(g)));
        for (Stop st : stops) {
          if (!used.contains(st.id()) && !explainedByUsedTransfer(t, st.start(), st.end(), used)) {
            stopTransfer(t, st, tl, linked, claimedGaps)
                .ifPresent(
                    b -> {
                      add(out, b);
                      used.addAll(b.events);
                    });
          }
        }
      }
    }
    List<Delivery> result = new ArrayList<>();
    for (Builder b : out.values()) {
      result.add(b.build());
    }
    result.sort(Comparator.comparing(Delivery::deliveredAt).thenComparing(Delivery::id));
    return result;
  }

  // ---------------------------------------------------------------- pass 1

  private Optional<Builder> carrierDischarge(
      VesselTimeline t, DraughtChange dc, Map<Integer, VesselTimeline> tl) {
    Instant at = dc.end();
    Optional<Hull> hull = hulls.apply(t.mmsi);
    Optional<PortCall> pc = t.portCallAt(at, Duration.ofHours(1));
    Optional<Place> dprk = pc.flatMap(p -> dprkPortNear(p.latitude_deg(), p.longitude_deg()));
    if (dprk.isEmpty() && !Double.isNaN(dc.latitude_deg())) {
      dprk = dprkPortNear(dc.latitude_deg(), dc.longitude_deg());
    }
    Optional<AisGap> gap = t.gapEndingAt(at, params.gapSlack());
    Builder b = new Builder(t.mmsi, hull);
    b.events.add(dc.id());
    b.evidence.addAll(dc.evidence());
    boolean dry = hull.map(Hull::dryBulk).orElse(false);
    if (dry) {
      // coal: a DPRK-linked dry-bulk carrier unloading at a foreign port after coming out of the
      // DPRK (dark from a DPRK port, or a DPRK port call before)
      if (dprk.isPresent() || pc.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> from = cameFromDprk(t, at);
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
      b.reason(0.5, "DPRK-linked dry-bulk carrier (" + linkReason(t) + ")");
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
    b.reason(0.3, "DPRK-linked vessel (" + linkReason(t) + ")");
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
      List<Place> reach = reachable(g);
      if (reach.isEmpty()) {
        return Optional.empty();
      }
      b.mode = Delivery.Mode.DARK_DISCHARGE;
      b.dischargePlace = "dark, within reach of " + names(reach);
      b.deliveredAt = mid(g.start(), g.end());
      b.lat = reach.get(0).latitude_deg();
      b.lon = reach.get(0).longitude_deg();
      b.events.add(g.id());
      b.evidence.addAll(g.evidence());
      b.reason(
          0.3,
          String.format(
              Locale.ROOT,
              "draught fell %.1f -> %.1f m across a %.0f h %s that could reach %s",
              dc.before_m(),
              dc.after_m(),
              hours(g.start(), g.end()),
              g.deliberate() ? "deliberate dark period" : "silence",
              names(reach)));
      if (g.deliberate()) {
        b.reason(0.1, "the silence is not explained by the area's reception");
      }
    } else {
      Optional<Spoofing> sp = t.spoofingDuring(at.minus(Duration.ofHours(12)), at);
      if (sp.isEmpty()) {
        return Optional.empty();
      }
      List<Place> reach = reachableFromSpoof(t, sp.get());
      if (reach.isEmpty()) {
        return Optional.empty();
      }
      spoofed(b, dc, sp.get(), reach);
    }
    loading(b, t, dc, tl);
    b.volume = carrierVolume(hull, dc.before_m());
    return Optional.of(b);
  }

  private void spoofed(Builder b, DraughtChange dc, Spoofing s, List<Place> reach) {
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
  private void loading(
      Builder b, VesselTimeline t, DraughtChange fall, Map<Integer, VesselTimeline> tl) {
    Optional<DraughtChange> rise =
        t.lastRiseBefore(
            fall.start().plusSeconds(1),
            fall.end().minus(params.voyageLookback()),
            params.minDraughtChange_m());
    if (rise.isEmpty()) {
      b.reason(-0.1, "no loading observed (laden when first seen)");
      return;
    }
    DraughtChange r = rise.get();
    b.events.add(r.id());
    b.loadedAt = Optional.of(r.end());
    Optional<PortCall> pc = t.portCallAt(r.end(), Duration.ofHours(1));
    if (pc.isPresent()
        && dprkPortNear(pc.get().latitude_deg(), pc.get().longitude_deg()).isEmpty()) {
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
      if (!e.end().isBefore(r.end().minus(params.transferLookback()))
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

  private VolumeEstimate carrierVolume(Optional<Hull> hull, double laden_m) {
    return hull.map(h -> VolumeEstimator.fromLadenDraught(h, laden_m, Product.REFINED_UNSPECIFIED))
        .orElse(
            VolumeEstimator.unquantified(Product.REFINED_UNSPECIFIED, "hull particulars unknown"));
  }

  // ---------------------------------------------------------------- pass 2

  private void giverDischarge(
      VesselTimeline t,
      DraughtChange dc,
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      Map<String, Builder> out,
      Set<String> claimedGaps,
      boolean unexplainedPass) {
    Instant at = dc.end();
    Optional<Hull> gh = hulls.apply(t.mmsi);
    if (gh.isPresent() && !gh.get().tanker()) {
      return;
    }
    Optional<PortCall> pc = t.portCallAt(at, Duration.ofHours(1));
    if (pc.isPresent()
        && dprkPortNear(pc.get().latitude_deg(), pc.get().longitude_deg()).isEmpty()) {
      return; // an ordinary discharge in a foreign port
    }
    Optional<AisGap> gap = t.gapEndingAt(at, params.gapSlack());
    // a fall first seen on coming out of a silence that began offshore may have happened anywhere
    // in it: the reappearance point near a port does not place it
    boolean wentDarkOffshore =
        gap.isPresent()
            && !gap.get().open()
            && !Double.isNaN(gap.get().offLatitude_deg())
            && places
                .nearest(
                    gap.get().offLatitude_deg(), gap.get().offLongitude_deg(), TRANSFER_OFFSHORE_M)
                .isEmpty();
    if (!Double.isNaN(dc.latitude_deg())
        && !wentDarkOffshore
        && dprkPortNear(dc.latitude_deg(), dc.longitude_deg()).isEmpty()
        && atForeignPlace(dc.latitude_deg(), dc.longitude_deg())) {
      return; // at a foreign port the port-call detector did not report
    }
    Optional<Spoofing> sp = t.spoofingDuring(at.minus(Duration.ofHours(12)), at);
    // where and when the transfer could have been
    double x;
    double y;
    Instant t0;
    Instant t1;
    String how;
    List<String> ev = new ArrayList<>();
    List<Evidence> evid = new ArrayList<>();
    boolean unexplained = false;
    boolean spoofedFall = false;
    Optional<Encounter> alongside =
        lastOverlapping(t.encounters, at.minus(params.transferLookback()), at);
    if (alongside.isPresent()) {
      Encounter e = alongside.get();
      x = e.latitude_deg();
      y = e.longitude_deg();
      t0 = e.start();
      t1 = e.end();
      how =
          String.format(
              Locale.ROOT, "after %s alongside for %.1f h", e.type(), hours(e.start(), e.end()));
      ev.add(e.id());
      evid.addAll(e.evidence());
    } else if (gap.isPresent() && !gap.get().open()) {
      AisGap g = gap.get();
      x = (g.offLatitude_deg() + g.onLatitude_deg()) / 2;
      y = (g.offLongitude_deg() + g.onLongitude_deg()) / 2;
      t0 = g.start();
      t1 = g.end();
      how = String.format(Locale.ROOT, "after dark for %.0f h at sea", hours(g.start(), g.end()));
      ev.add(g.id());
      evid.addAll(g.evidence());
    } else if (sp.isPresent()) {
      Spoofing s = sp.get();
      spoofedFall = true;
      double[] p = truePositions(s);
      x = p[0];
      y = p[1];
      t0 = s.start();
      t1 = s.end();
      how =
          String.format(
              Locale.ROOT,
              "after broadcasting false positions for %.0f h",
              hours(s.start(), s.end()));
      ev.add(s.id());
      evid.addAll(s.evidence());
    } else {
      Optional<Loitering> lo =
          lastOverlapping(t.loiterings, at.minus(params.transferLookback()), at);
      if (lo.isPresent()) {
        Loitering l = lo.get();
        x = l.latitude_deg();
        y = l.longitude_deg();
        t0 = l.start();
        t1 = l.end();
        how = String.format(Locale.ROOT, "after loitering for %.1f h", hours(l.start(), l.end()));
        ev.add(l.id());
        evid.addAll(l.evidence());
      } else {
        // nothing explains the fall: the reports around it may be false or too sparse
        x = dc.latitude_deg();
        y = dc.longitude_deg();
        t0 = at.minus(params.transferLookback());
        t1 = at;
        how = "at sea, with no port call, partner or silence of its own to explain it";
        unexplained = true;
        // nothing explains it: it must be offshore (30 km from any port or anchorage; an
        // anchorage inside a known transfer area does not count, transfers happen there)
        if (!unexplainedPass || Double.isNaN(x) || nearForeignPlace(x, y, OFFSHORE_M)) {
          return;
        }
      }
    }
    if (Double.isNaN(x) || Double.isNaN(y) || unexplained != unexplainedPass) {
      return;
    }
    // the receiver
    OptionalInt receiver = OptionalInt.empty();
    Optional<AisGap> receiverGap = Optional.empty();
    Optional<Integer> spoofAlternative = Optional.empty();
    boolean seenAlongside = false;
    if (alongside.isPresent()) {
      Encounter e = alongside.get();
      int other = e.mmsi1() == t.mmsi ? e.mmsi2() : e.mmsi1();
      if (!linked.contains(other)) {
        return; // bunkering or lightering between ordinary ships
      }
      receiver = OptionalInt.of(other);
      seenAlongside = true;
    } else {
      Optional<AisGap> cand =
          unexplained && loadedInPort(t, at).isEmpty()
              ? Optional.empty()
              : darkReceiver(
                  x,
                  y,
                  t0,
                  t1,
                  tl,
                  linked,
                  t.mmsi,
                  claimedGaps,
                  g -> canHold(gh, dc, hulls.apply(g.mmsi())));
      if (cand.isPresent() && spoofedFall && ownSpoofedRun(t, dc, gh, sp.get())) {
        // a whole cargo discharged under false positions, with a DPRK port within the vessel's
        // own reach: its own run, not a part passed to a dark tanker (kept as the alternative)
        spoofAlternative = cand.map(AisGap::mmsi);
        cand = Optional.empty();
      }
      if (cand.isPresent()) {
        receiver = OptionalInt.of(cand.get().mmsi());
        receiverGap = cand;
      }
    }
    if (receiver.isEmpty()) {
      int before = out.size();
      // no receiver: the vessel itself may have gone into a DPRK port
      if (gap.isPresent() && !gap.get().open()) {
        List<Place> reach = reachable(gap.get());
        if (!reach.isEmpty()
            && t.lastRiseBefore(at, at.minus(params.voyageLookback()), params.minDraughtChange_m())
                .isPresent()) {
          Builder b = new Builder(t.mmsi, gh);
          b.events.add(dc.id());
          b.evidence.addAll(dc.evidence());
          AisGap g = gap.get();
          b.mode = Delivery.Mode.DARK_DISCHARGE;
          b.dischargePlace = "dark, within reach of " + names(reach);
          b.deliveredAt = mid(g.start(), g.end());
          b.lat = reach.get(0).latitude_deg();
          b.lon = reach.get(0).longitude_deg();
          b.events.add(g.id());
          b.evidence.addAll(g.evidence());
          b.reason(
              0.2,
              String.format(
                  Locale.ROOT,
                  "draught fell %.1f -> %.1f m across a %.0f h silence that could reach %s",
                  dc.before_m(),
                  dc.after_m(),
                  hours(g.start(), g.end()),
                  names(reach)));
          b.reason(-0.1, "not DPRK-linked and no receiver identified");
          loading(b, t, dc, tl);
          b.volume = carrierVolume(gh, dc.before_m());
          add(out, b);
        }
      } else if (unexplained) {
        unexplainedDischarge(t, dc, gh, tl).ifPresent(b -> add(out, b));
      } else if (sp.isPresent()) {
        List<Place> reach = reachableFromSpoof(t, sp.get());
        if (!reach.isEmpty()
            && t.lastRiseBefore(at, at.minus(params.voyageLookback()), params.minDraughtChange_m())
                .isPresent()) {
          Builder b = new Builder(t.mmsi, gh);
          b.events.add(dc.id());
          b.evidence.addAll(dc.evidence());
          spoofed(b, dc, sp.get(), reach);
          if (emptied(gh, dc)) {
            b.reason(
                0.1,
                String.format(
                    Locale.ROOT,
                    "draught fell to %.1f m, near its ballast draught: a whole cargo discharged",
                    dc.after_m()));
          }
          spoofAlternative.ifPresent(
              r ->
                  b.reason(
                      -0.1,
                      "alternative reading: a transfer at sea to DPRK-linked tanker "
                          + r
                          + ", dark at the time and able to reach it"));
          loading(b, t, dc, tl);
          b.volume = carrierVolume(gh, dc.before_m());
          add(out, b);
        }
      }
      if (out.size() == before && !unexplained) {
        unidentifiedReceiver(t, dc, gh, x, y, t1, how, ev, evid).ifPresent(b -> add(out, b));
      }
      return;
    }
    int r = receiver.getAsInt();
    // the receiver's own delivery, already inferred from its discharge
    for (Builder b : out.values()) {
      if (b.carrier.isPresent()
          && b.carrier.getAsInt() == r
          && !b.deliveredAt.isBefore(t0)
          && !b.deliveredAt.isAfter(t1.plus(params.receiverLink()))) {
        if (b.giver.isEmpty() || b.giver.getAsInt() == t.mmsi) {
          if (b.giver.isEmpty()) {
            b.giver = OptionalInt.of(t.mmsi);
            b.transferPlace = Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", x, y));
            b.mode = seenAlongside ? Delivery.Mode.STS : Delivery.Mode.STS_DARK_RECEIVER;
            b.reason(
                0.15,
                String.format(
                    Locale.ROOT,
                    "giver %d's draught fell %.1f -> %.1f m %s",
                    t.mmsi,
                    dc.before_m(),
                    dc.after_m(),
                    how));
          }
          b.events.add(dc.id());
          b.events.addAll(ev);
          return;
        }
      }
    }
    Optional<Hull> rh = hulls.apply(r);
    Builder b = new Builder(r, rh);
    b.giver = OptionalInt.of(t.mmsi);
    b.mode = seenAlongside ? Delivery.Mode.STS : Delivery.Mode.STS_DARK_RECEIVER;
    b.transferPlace = Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", x, y));
    b.loadingPlace = "at sea, from " + t.mmsi;
    b.loadedAt = Optional.of(t1);
    b.deliveredAt = t1;
    b.lat = x;
    b.lon = y;
    b.events.add(dc.id());
    b.events.addAll(ev);
    b.evidence.addAll(dc.evidence());
    b.evidence.addAll(evid);
    b.reason(
        0.3,
        String.format(
            Locale.ROOT,
            "giver %d's draught fell %.1f -> %.1f m %s",
            t.mmsi,
            dc.before_m(),
            dc.after_m(),
            how));
    VesselTimeline rt = tl.get(r);
    b.reason(0.2, "receiver " + r + " is DPRK-linked (" + linkReason(rt) + ")");
    if (seenAlongside) {
      b.reason(0.3, "receiver seen alongside");
      b.dischargePlace = "DPRK (receiver's discharge not observed)";
    } else {
      AisGap g = receiverGap.get();
      claimedGaps.add(g.id());
      b.events.add(g.id());
      b.evidence.addAll(g.evidence());
      Optional<Place> home =
          Double.isNaN(g.onLatitude_deg())
              ? Optional.empty()
              : dprkPortNear(g.onLatitude_deg(), g.onLongitude_deg());
      b.dischargePlace =
          home.map(p -> p.name() + " (" + p.id() + "), where the receiver reappeared")
              .orElse("DPRK (receiver dark)");
      home.ifPresent(p -> b.deliveredAt = g.end());
      b.reason(
          0.1,
          String.format(
              Locale.ROOT,
              "receiver %d was dark for %.0f h (%s) and could reach the transfer point",
              r,
              hours(g.start(), g.end()),
              g.type()));
    }
    // volume: the receiver's laden draught if it was broadcast, else the giver's drop
    Optional<DraughtChange> rRise =
        rt == null
            ? Optional.empty()
            : rt.lastRiseBefore(
                t1.plus(params.transferLookback()),
                t0.minus(Duration.ofHours(6)),
                params.minDraughtChange_m());
    if (rRise.isPresent() && rh.isPresent()) {
      b.volume =
          VolumeEstimator.fromLadenDraught(
              rh.get(), rRise.get().after_m(), Product.REFINED_UNSPECIFIED);
      b.events.add(rRise.get().id());
    } else {
      VolumeEstimate g =
          gh.map(
                  h ->
                      VolumeEstimator.fromTransfer(
                          h, dc.before_m(), dc.after_m(), Product.REFINED_UNSPECIFIED))
              .orElse(
                  VolumeEstimator.unquantified(
                      Product.REFINED_UNSPECIFIED, "giver's particulars unknown"));
      if (rh.isPresent() && gh.isPresent()) {
        g = VolumeEstimator.fused(g, gh.get(), rh.get());
      } else if (rh.isPresent() && !g.quantified()) {
        g = VolumeEstimator.scenarios(rh.get(), Product.REFINED_UNSPECIFIED);
      }
      b.volume = g;
    }
    add(out, b);
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

  /** A vessel at most this laden after a fall has discharged a whole cargo (0.15). */
  static final double EMPTIED_FRACTION = 0.15;

  /** Whether the fall left the vessel near its ballast draught (registry draughts needed). */
  private static boolean emptied(Optional<Hull> h, DraughtChange dc) {
    if (h.isEmpty() || !h.get().hasDraughtRange()) {
      return false;
    }
    double tb = h.get().ballastDraught_m().getAsDouble();
    double f = (dc.after_m() - tb) / (h.get().summerDraught_m().getAsDouble() - tb);
    return f <= EMPTIED_FRACTION;
  }

  /**
   * A spoofing tanker's fall reads as its own run into a DPRK port rather than a transfer at sea
   * when it emptied the ship (a giver at sea passes a part; a port discharge empties it), a DPRK
   * port was within reach of its true positions during the episode, and it had loaded before.
   */
  private boolean ownSpoofedRun(VesselTimeline t, DraughtChange dc, Optional<Hull> h, Spoofing s) {
    return emptied(h, dc)
        && !reachableFromSpoof(t, s).isEmpty()
        && t.lastRiseBefore(
                dc.end(), dc.end().minus(params.voyageLookback()), params.minDraughtChange_m())
            .isPresent();
  }

  /**
   * Whether a point is at a foreign port or anchorage (within 10 km); an anchorage inside a known
   * transfer area does not count (transfers happen there).
   */
  private boolean atForeignPlace(double lat, double lon) {
    return nearForeignPlace(lat, lon, FOREIGN_PORT_M);
  }

  /** {@link #atForeignPlace} within a given radius. */
  private boolean nearForeignPlace(double lat, double lon, double radius_m) {
    if (places.nearest(lat, lon, radius_m, Place.Kind.PORT).isPresent()) {
      return true;
    }
    if (places.nearest(lat, lon, radius_m, Place.Kind.ANCHORAGE).isEmpty()) {
      return false;
    }
    for (TransferArea a : transferAreas) {
      if (a.contains(lat, lon)) {
        return false;
      }
    }
    return true;
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
        || dprkPortNear(g.onLatitude_deg(), g.onLongitude_deg()).isPresent()) {
      return false;
    }
    Optional<Double> after = t.draughtAt(g.end());
    if (after.isEmpty()) {
      return false;
    }
    double tb = h.get().ballastDraught_m().getAsDouble();
    double f = (after.get() - tb) / (h.get().summerDraught_m().getAsDouble() - tb);
    return f <= params.ballastFraction();
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
          && overlaps(dc.start(), dc.end(), start, end.plus(params.transferLookback()))) {
        return true;
      }
    }
    return false;
  }

  /** The last event of {@code events} (in their order) overlapping [from, to]. */
  private static <E extends DetectedEvent> Optional<E> lastOverlapping(
      List<E> events, Instant from, Instant to) {
    E last = null;
    for (E e : events) {
      if (overlaps(e.start(), e.end(), from, to)) {
        last = e;
      }
    }
    return Optional.ofNullable(last);
  }

  private static boolean overlaps(Instant a0, Instant a1, Instant b0, Instant b1) {
    return !a0.isAfter(b1) && !a1.isBefore(b0);
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

  private Optional<Builder> stopTransfer(
      VesselTimeline t,
      Stop l,
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      Set<String> claimedGaps) {
    Optional<Hull> gh = hulls.apply(t.mmsi);
    if (gh.isEmpty()
        || !gh.get().tanker()
        || l.end().getEpochSecond() - l.start().getEpochSecond() < 4 * 3600) {
      return Optional.empty();
    }
    Optional<PortCall> load = loadedInPort(t, l.start());
    // (a loitering at a port or anchorage is ordinary waiting; where a spoofing tanker really was
    // is unknown, and hiding it is no ordinary behaviour)
    if (load.isEmpty()
        || !ladenBefore(t, gh.get(), l.start())
        || l.positionsTrue()
            && places
                .nearest(l.latitude_deg(), l.longitude_deg(), TRANSFER_OFFSHORE_M)
                .isPresent()) {
      return Optional.empty();
    }
    // a silence of the giver's own right after the stop (the transfer may be in it) extends it
    Optional<AisGap> then = Optional.empty();
    for (AisGap gg : t.gaps) {
      if (!gg.open()
          && !gg.start().isBefore(l.end().minus(Duration.ofHours(1)))
          && !gg.start().isAfter(l.end().plus(params.gapSlack()))) {
        then = Optional.of(gg);
      }
    }
    Instant end = then.map(AisGap::end).filter(e -> e.isAfter(l.end())).orElse(l.end());
    // the receiver's silence must cover the whole stop and be long (admissible candidates only: a
    // tighter-fitting but inadmissible silence must not hide an admissible one)
    Optional<AisGap> cand =
        darkReceiver(
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
    claimedGaps.add(g.id());
    int r = g.mmsi();
    Optional<Hull> rh = hulls.apply(r);
    Builder b = new Builder(r, rh);
    b.giver = OptionalInt.of(t.mmsi);
    b.mode = Delivery.Mode.STS_DARK_RECEIVER;
    b.transferPlace =
        Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", l.latitude_deg(), l.longitude_deg()));
    b.loadingPlace = "at sea, from " + t.mmsi + " (loaded at " + load.get().placeName() + ")";
    b.loadedAt = Optional.of(end);
    Optional<Place> home =
        Double.isNaN(g.onLatitude_deg())
            ? Optional.empty()
            : dprkPortNear(g.onLatitude_deg(), g.onLongitude_deg());
    b.dischargePlace =
        home.map(p -> p.name() + " (" + p.id() + "), where the receiver reappeared")
            .orElse("DPRK (receiver dark)");
    b.deliveredAt = home.isPresent() ? g.end() : end;
    b.lat = l.latitude_deg();
    b.lon = l.longitude_deg();
    b.events.add(l.id());
    b.events.add(g.id());
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
    b.reason(0.2, "receiver " + r + " is DPRK-linked (" + linkReason(tl.get(r)) + ")");
    b.reason(
        0.1,
        String.format(
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

  /**
   * Whether the vessel's last broadcast draught before {@code at} was laden (above the ballast
   * fraction); true when unknown.
   */
  private boolean ladenBefore(VesselTimeline t, Hull h, Instant at) {
    Optional<Double> d = t.draughtBefore(at);
    if (d.isEmpty() || !h.hasDraughtRange()) {
      return true;
    }
    double tb = h.ballastDraught_m().getAsDouble();
    return (d.get() - tb) / (h.summerDraught_m().getAsDouble() - tb) > params.ballastFraction();
  }

  /**
   * A tanker that loaded in a port and whose draught fell offshore during a silence, loitering or
   * spoofing, with no DPRK port within its own reach and no identifiable receiver: a transfer to an
   * unidentified dark receiver (the receiver may have been dark since before the data began).
   */
  private Optional<Builder> unidentifiedReceiver(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Hull> gh,
      double x,
      double y,
      Instant t1,
      String how,
      List<String> ev,
      List<Evidence> evid) {
    Optional<PortCall> load = loadedInPort(t, dc.end());
    if (load.isEmpty() || places.nearest(x, y, TRANSFER_OFFSHORE_M).isPresent()) {
      return Optional.empty();
    }
    Builder b = new Builder(t.mmsi, gh);
    b.carrier = OptionalInt.empty();
    b.giver = OptionalInt.of(t.mmsi);
    b.mode = Delivery.Mode.STS_DARK_RECEIVER;
    b.transferPlace = Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", x, y));
    b.loadingPlace = placeLabel(load.get());
    b.loadedAt = Optional.of(load.get().end());
    b.dischargePlace = "DPRK presumed (receiver unidentified)";
    b.deliveredAt = t1;
    b.lat = x;
    b.lon = y;
    b.events.add(dc.id());
    b.events.add(load.get().id());
    b.events.addAll(ev);
    b.evidence.addAll(dc.evidence());
    b.evidence.addAll(evid);
    b.reason(
        0.3,
        String.format(
            Locale.ROOT,
            "draught fell %.1f -> %.1f m offshore %s, %.0f h after loading at %s",
            dc.before_m(),
            dc.after_m(),
            how,
            hours(load.get().end(), dc.end()),
            load.get().placeName()));
    b.reason(-0.1, "receiver not identified (dark throughout, or never seen)");
    b.volume =
        gh.map(
                h ->
                    VolumeEstimator.fromTransfer(
                        h, dc.before_m(), dc.after_m(), Product.REFINED_UNSPECIFIED))
            .orElse(
                VolumeEstimator.unquantified(
                    Product.REFINED_UNSPECIFIED, "giver's particulars unknown"));
    return Optional.of(b);
  }

  /** The port call where the vessel last loaded before {@code at}, if the loading was in port. */
  private Optional<PortCall> loadedInPort(VesselTimeline t, Instant at) {
    Optional<DraughtChange> rise =
        t.lastRiseBefore(at, at.minus(params.voyageLookback()), params.minDraughtChange_m());
    return rise.flatMap(r -> t.portCallAt(r.end(), Duration.ofHours(1)))
        .filter(p -> dprkPortNear(p.latitude_deg(), p.longitude_deg()).isEmpty());
  }

  /**
   * A tanker that loaded at an oil terminal of interest and whose draught then fell at sea with
   * nothing to explain it, with a DPRK port within reach between leaving the terminal and the fall:
   * a discharge hidden by false or missing reports.
   */
  private Optional<Builder> unexplainedDischarge(
      VesselTimeline t, DraughtChange dc, Optional<Hull> hull, Map<Integer, VesselTimeline> tl) {
    Optional<PortCall> load = loadedInPort(t, dc.end());
    if (load.isEmpty()
        || !load.get().interest().map(i -> i.startsWith("RUS_OIL")).orElse(false)
        || Double.isNaN(dc.latitude_deg())
        || places.nearest(dc.latitude_deg(), dc.longitude_deg(), OFFSHORE_M).isPresent()) {
      return Optional.empty();
    }
    PortCall l = load.get();
    double budget =
        params.defaultSpeed_kn()
            * Geo.MPS_PER_KNOT
            * Math.max(0, dc.end().getEpochSecond() - l.end().getEpochSecond());
    List<Place> reach =
        reachable(
            l.latitude_deg(), l.longitude_deg(), dc.latitude_deg(), dc.longitude_deg(), budget);
    if (reach.isEmpty()) {
      return Optional.empty();
    }
    Builder b = new Builder(t.mmsi, hull);
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

  /**
   * A DPRK-linked vessel that was dark over [t0, t1], could reach (x, y) within its silence, was in
   * ballast before it, and whose silence no other transfer claimed: the tightest fit.
   */
  private Optional<AisGap> darkReceiver(
      double x,
      double y,
      Instant t0,
      Instant t1,
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      int giver,
      Set<String> claimed,
      java.util.function.Predicate<AisGap> admissible) {
    AisGap best = null;
    double bestFit = -1;
    for (int m : linked.stream().sorted().toList()) {
      if (m == giver) {
        continue;
      }
      VesselTimeline rt = tl.get(m);
      Optional<Hull> h = hulls.apply(m);
      if (h.isPresent() && !h.get().tanker()) {
        continue;
      }
      if (alongsideOther(rt, giver, t0, t1)) {
        continue; // seen alongside another vessel meanwhile: that one's receiver, not this one's
      }
      for (AisGap g : rt.gaps) {
        if (g.start().isAfter(t1)
            || g.end().isBefore(t0)
            || claimed.contains(g.id())
            || !admissible.test(g)) {
          continue;
        }
        // the gap's top observed speed may be a berthed ship's: not below its service speed
        double speed = Math.max(speed_mps(g), params.defaultSpeed_kn() * Geo.MPS_PER_KNOT);
        double budget = speed * (g.end().getEpochSecond() - g.start().getEpochSecond());
        double need =
            Geo.distance_m(g.offLatitude_deg(), g.offLongitude_deg(), x, y)
                + (g.open() ? 0 : Geo.distance_m(x, y, g.onLatitude_deg(), g.onLongitude_deg()));
        if (need > budget) {
          continue;
        }
        // and in time: at the spot before the window ends, back from it after the window begins
        double toSpot = Geo.distance_m(g.offLatitude_deg(), g.offLongitude_deg(), x, y);
        double fromSpot =
            g.open() ? 0 : Geo.distance_m(x, y, g.onLatitude_deg(), g.onLongitude_deg());
        if (toSpot > speed * Math.max(0, t1.getEpochSecond() - g.start().getEpochSecond())
            || fromSpot > speed * Math.max(0, g.end().getEpochSecond() - t0.getEpochSecond())) {
          continue;
        }
        Optional<Double> before = rt.draughtBefore(g.start());
        if (before.isPresent() && h.isPresent() && h.get().hasDraughtRange()) {
          double tb = h.get().ballastDraught_m().getAsDouble();
          double f = (before.get() - tb) / (h.get().summerDraught_m().getAsDouble() - tb);
          if (f > params.ballastFraction()) {
            continue; // laden: carrying its own cargo, not coming to load
          }
        }
        if (reappearedEmptyAwayFromDprk(rt, g, h)) {
          continue; // came out of the silence at sea still in ballast: it received nothing in it
        }
        double fit = need / budget;
        if (fit > bestFit) {
          bestFit = fit;
          best = g;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  // ---------------------------------------------------------------- helpers

  private boolean dprkLinked(VesselTimeline t) {
    return !linkReason(t).isEmpty();
  }

  private String linkReason(VesselTimeline t) {
    if (t == null) {
      return "";
    }
    Optional<Hull> h = hulls.apply(t.mmsi);
    if (h.isPresent() && h.get().flag().equals("PRK")) {
      return "DPRK flag in the registry";
    }
    if (Mids.flagOfMmsi(t.mmsi).map(f -> f.iso2().equals("KP")).orElse(false)) {
      return "MMSI with the DPRK's MID 445";
    }
    for (PortCall p : t.portCalls) {
      if (p.interest().map("DPRK_PORT"::equals).orElse(false)
          && !t.sharedDuring(p.start(), p.end())) {
        return "called at " + p.placeName();
      }
    }
    return "";
  }

  private Optional<String> cameFromDprk(VesselTimeline t, Instant at) {
    Instant since = at.minus(Duration.ofDays(10));
    String found = null;
    for (PortCall p : t.portCalls) {
      if (p.end().isBefore(at)
          && p.end().isAfter(since)
          && dprkPortNear(p.latitude_deg(), p.longitude_deg()).isPresent()) {
        found = "port call at " + p.placeName();
      }
    }
    for (AisGap g : t.gaps) {
      if (g.end().isBefore(at.plus(Duration.ofHours(1))) && g.end().isAfter(since)) {
        Optional<Place> p = dprkPortNear(g.offLatitude_deg(), g.offLongitude_deg());
        if (p.isPresent()) {
          found = "went dark at " + p.get().name() + " and reappeared laden";
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private Optional<Place> dprkPortNear(double lat, double lon) {
    Place best = null;
    double bestD = params.dprkPortRadius_m();
    for (Place p : dprkPorts) {
      double d = Geo.distance_m(lat, lon, p.latitude_deg(), p.longitude_deg());
      if (d <= bestD) {
        best = p;
        bestD = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** DPRK ports a dark vessel could have visited: off → port → on within its silence. */
  private List<Place> reachable(AisGap g) {
    if (g.open() || Double.isNaN(g.onLatitude_deg())) {
      return List.of();
    }
    return reachable(
        g.offLatitude_deg(),
        g.offLongitude_deg(),
        g.onLatitude_deg(),
        g.onLongitude_deg(),
        speed_mps(g) * (g.end().getEpochSecond() - g.start().getEpochSecond()));
  }

  private List<Place> reachableFromSpoof(VesselTimeline t, Spoofing s) {
    double[] p = truePositions(s);
    if (Double.isNaN(p[0])) {
      return List.of();
    }
    double budget =
        params.defaultSpeed_kn()
            * Geo.MPS_PER_KNOT
            * (s.end().getEpochSecond() - s.start().getEpochSecond());
    return reachable(p[0], p[1], p[2], p[3], budget);
  }

  private List<Place> reachable(
      double lat0, double lon0, double lat1, double lon1, double budget_m) {
    record R(Place p, double d) {}
    List<R> rs = new ArrayList<>();
    for (Place p : dprkPorts) {
      double d =
          Geo.distance_m(lat0, lon0, p.latitude_deg(), p.longitude_deg())
              + Geo.distance_m(p.latitude_deg(), p.longitude_deg(), lat1, lon1);
      if (d <= budget_m) {
        rs.add(new R(p, d));
      }
    }
    rs.sort(Comparator.comparingDouble(R::d).thenComparing(r -> r.p().id()));
    return rs.stream().limit(3).map(R::p).toList();
  }

  /** The true positions around a spoofed excursion: {lat0, lon0, lat1, lon1} (NaN when unknown). */
  private static double[] truePositions(Spoofing s) {
    double[] r = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (Evidence e : s.evidence()) {
      if (e.role().equals("before-jump") && Double.isNaN(r[0])) {
        r[0] = e.latitude_deg();
        r[1] = e.longitude_deg();
      } else if (e.role().equals("jump-back")) {
        r[2] = e.latitude_deg();
        r[3] = e.longitude_deg();
      }
    }
    if (Double.isNaN(r[2])) {
      r[2] = r[0];
      r[3] = r[1];
    }
    if (Double.isNaN(r[0])) {
      r[0] = r[2];
      r[1] = r[3];
    }
    return r;
  }

  private double speed_mps(AisGap g) {
    double dur = g.end().getEpochSecond() - g.start().getEpochSecond();
    double v = dur > 0 && g.reachableRadius_m() > 0 ? g.reachableRadius_m() / dur : 0;
    return v > 0.5 ? v : params.defaultSpeed_kn() * Geo.MPS_PER_KNOT;
  }

  private static String names(List<Place> ps) {
    return String.join(", ", ps.stream().map(Place::name).toList());
  }

  private static String placeLabel(PortCall p) {
    return p.placeName() + " (" + p.placeId() + ")";
  }

  private static Instant mid(Instant a, Instant b) {
    return Instant.ofEpochSecond((a.getEpochSecond() + b.getEpochSecond()) / 2);
  }

  private static double hours(Instant a, Instant b) {
    return (b.getEpochSecond() - a.getEpochSecond()) / 3600.0;
  }

  private static void add(Map<String, Builder> out, Builder b) {
    // one cargo is delivered once: a second discharge signal of the same carrier within 2 days, or
    // a second reading of the same fall or the same meeting (a shared draught change or
    // encounter), merges into the first
    for (Builder o : out.values()) {
      boolean sameCarrier =
          o.carrier.equals(b.carrier)
              && b.carrier.isPresent()
              && Math.abs(o.deliveredAt.getEpochSecond() - b.deliveredAt.getEpochSecond())
                  < 2 * 86_400;
      if (sameCarrier || sharesCargoEvent(o, b)) {
        if (o.giver.isEmpty() && b.giver.isPresent()) {
          o.giver = b.giver;
          o.transferPlace = b.transferPlace;
        }
        if (b.giver.isPresent() && !b.giver.equals(o.giver) || !sameCarrier) {
          o.reasons.add(
              "+0.00 the same cargo also reads as: "
                  + (b.reasons.isEmpty() ? b.mode.toString() : b.reasons.get(0)));
        }
        o.events.addAll(b.events);
        return;
      }
    }
    out.put(b.id(), b);
  }

  private static final java.util.regex.Pattern CARGO_EVENT =
      java.util.regex.Pattern.compile("(DRAUGHT_CHANGE|STS|POSSIBLE_STS|ENCOUNTER):");

  /** Whether two readings rest on the same draught fall or the same meeting. */
  private static boolean sharesCargoEvent(Builder a, Builder b) {
    for (String e : b.events) {
      if (CARGO_EVENT.matcher(e).lookingAt() && a.events.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /** Mutable assembly of a delivery. */
  private static final class Builder {
    OptionalInt carrier;
    OptionalInt giver = OptionalInt.empty();
    final int subject;
    Delivery.Mode mode = Delivery.Mode.PORT_DISCHARGE;
    String loadingPlace = "unknown";
    Optional<Instant> loadedAt = Optional.empty();
    Optional<String> transferPlace = Optional.empty();
    String dischargePlace = "unknown";
    Instant deliveredAt = Instant.EPOCH;
    double lat = Double.NaN;
    double lon = Double.NaN;
    VolumeEstimate volume =
        VolumeEstimator.unquantified(Product.REFINED_UNSPECIFIED, "no estimate");
    double confidence = 0;
    final List<String> reasons = new ArrayList<>();
    final Set<String> events = new java.util.LinkedHashSet<>();
    final List<Evidence> evidence = new ArrayList<>();

    Builder(int carrier, Optional<Hull> hull) {
      this.carrier = OptionalInt.of(carrier);
      this.subject = carrier;
    }

    void reason(double weight, String text) {
      confidence += weight;
      reasons.add((weight >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f ", weight) + text);
    }

    String id() {
      return "DLV:" + subject + ":" + deliveredAt.getEpochSecond();
    }

    Delivery build() {
      List<String> rs = new ArrayList<>(reasons);
      if (volume.method() == VolumeEstimate.Method.SCENARIO) {
        rs.add("volume from laden scenarios only (no usable draught)");
      }
      return new Delivery(
          id(),
          mode,
          carrier,
          giver,
          loadingPlace,
          loadedAt,
          transferPlace,
          dischargePlace,
          deliveredAt,
          lat,
          lon,
          volume,
          Math.max(0.05, Math.min(0.99, confidence)),
          rs,
          new ArrayList<>(events),
          evidence.size() > 40 ? evidence.subList(0, 40) : evidence);
    }
  }
}
