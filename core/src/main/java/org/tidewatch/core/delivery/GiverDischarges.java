package org.tidewatch.core.delivery;

import static org.tidewatch.core.delivery.InferenceContext.OFFSHORE_M;
import static org.tidewatch.core.delivery.InferenceContext.TRANSFER_OFFSHORE_M;
import static org.tidewatch.core.delivery.InferenceContext.emptied;
import static org.tidewatch.core.delivery.InferenceContext.placeLabel;
import static org.tidewatch.core.delivery.InferenceContext.truePositions;
import static org.tidewatch.core.delivery.Intervals.hours;
import static org.tidewatch.core.delivery.Intervals.lastOverlapping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.port.Place;

/**
 * Falls of draught of vessels that are not DPRK-linked (passes 2 and 3): where and when the cargo
 * could have moved (alongside a partner, across a silence, under false positions, loitering, or
 * unexplained), who received it (the partner alongside, or a dark DPRK-linked tanker), and, with no
 * receiver, the vessel's own run into the DPRK or a transfer to an unidentified receiver.
 */
final class GiverDischarges {

  private final InferenceContext ctx;
  private final CarrierDischarges carriers;
  private final DarkReceivers receivers;

  GiverDischarges(InferenceContext ctx, CarrierDischarges carriers, DarkReceivers receivers) {
    this.ctx = ctx;
    this.carriers = carriers;
    this.receivers = receivers;
  }

  /**
   * Where and when a giver's cargo could have moved, and what shows it.
   *
   * @param unexplained nothing observed explains the fall (no partner, silence, spoofing or
   *     loitering): the window is the look-back before it
   * @param spoofedFall the window is a spoofing episode (positions false)
   */
  private record Window(
      double x,
      double y,
      Instant t0,
      Instant t1,
      String how,
      List<String> ev,
      List<Evidence> evid,
      boolean unexplained,
      boolean spoofedFall) {}

  /**
   * Reads a giver's fall of draught; {@code unexplainedPass} selects the falls nothing observed
   * explains (pass 3) or the others (pass 2).
   */
  void giverDischarge(
      VesselTimeline t,
      DraughtChange dc,
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      InferredDeliveries out,
      Set<String> claimedGaps,
      boolean unexplainedPass) {
    Instant at = dc.end();
    Optional<Hull> gh = ctx.hull(t.mmsi);
    if (gh.isPresent() && !gh.get().tanker()) {
      return;
    }
    Optional<PortCall> pc = t.portCallAt(at, Duration.ofHours(1));
    if (pc.isPresent()
        && ctx.dprkPortNear(pc.get().latitude_deg(), pc.get().longitude_deg()).isEmpty()) {
      return; // an ordinary discharge in a foreign port
    }
    Optional<AisGap> gap = t.gapEndingAt(at, ctx.params.gapSlack());
    // a fall first seen on coming out of a silence that began offshore may have happened anywhere
    // in it: the reappearance point near a port does not place it
    boolean wentDarkOffshore =
        gap.isPresent()
            && !gap.get().open()
            && !Double.isNaN(gap.get().offLatitude_deg())
            && ctx.places
                .nearest(
                    gap.get().offLatitude_deg(), gap.get().offLongitude_deg(), TRANSFER_OFFSHORE_M)
                .isEmpty();
    if (!Double.isNaN(dc.latitude_deg())
        && !wentDarkOffshore
        && ctx.dprkPortNear(dc.latitude_deg(), dc.longitude_deg()).isEmpty()
        && ctx.atForeignPlace(dc.latitude_deg(), dc.longitude_deg())) {
      return; // at a foreign port the port-call detector did not report
    }
    Optional<Spoofing> sp = t.spoofingDuring(at.minus(Duration.ofHours(12)), at);
    Optional<Encounter> alongside =
        lastOverlapping(t.encounters, at.minus(ctx.params.transferLookback()), at);
    Optional<Window> win = window(t, dc, alongside, gap, sp, unexplainedPass);
    if (win.isEmpty()) {
      return;
    }
    Window w = win.get();
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
          w.unexplained() && ctx.loadedInPort(t, at).isEmpty()
              ? Optional.empty()
              : receivers.darkReceiver(
                  dc.id(),
                  w.x(),
                  w.y(),
                  w.t0(),
                  w.t1(),
                  tl,
                  linked,
                  t.mmsi,
                  claimedGaps,
                  g -> DarkReceivers.canHold(gh, dc, ctx.hull(g.mmsi())));
      if (cand.isPresent() && w.spoofedFall() && ownSpoofedRun(t, dc, gh, sp.get())) {
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
      noReceiver(t, dc, gh, w, gap, sp, spoofAlternative, tl, out);
      return;
    }
    int r = receiver.getAsInt();
    if (!joinReceiverDelivery(t, dc, w, r, seenAlongside, out)) {
      out.add(receiverDelivery(t, dc, gh, w, r, seenAlongside, receiverGap, tl, claimedGaps));
    }
  }

  /**
   * A fall with no receiver: the vessel's own run into a DPRK port (dark, hidden or spoofed), else
   * a transfer to an unidentified receiver.
   */
  private void noReceiver(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Hull> gh,
      Window w,
      Optional<AisGap> gap,
      Optional<Spoofing> sp,
      Optional<Integer> spoofAlternative,
      Map<Integer, VesselTimeline> tl,
      InferredDeliveries out) {
    int before = out.size();
    // no receiver: the vessel itself may have gone into a DPRK port
    if (gap.isPresent() && !gap.get().open()) {
      carriers.darkRun(t, dc, gh, gap.get(), tl).ifPresent(out::add);
    } else if (w.unexplained()) {
      carriers.hiddenRun(t, dc, gh, tl).ifPresent(out::add);
    } else if (sp.isPresent()) {
      carriers.spoofedRun(t, dc, gh, sp.get(), spoofAlternative, tl).ifPresent(out::add);
    }
    if (out.size() == before && !w.unexplained()) {
      unidentifiedReceiver(t, dc, gh, w.x(), w.y(), w.t1(), w.how(), w.ev(), w.evid())
          .ifPresent(out::add);
    }
  }

  /**
   * Joins the giver to the receiver's own delivery, already inferred from its discharge (delivered
   * within the window or up to the receiver link after it, with no other giver); whether one was
   * found.
   */
  private boolean joinReceiverDelivery(
      VesselTimeline t,
      DraughtChange dc,
      Window w,
      int r,
      boolean seenAlongside,
      InferredDeliveries out) {
    for (DeliveryBuilder b : out.values()) {
      if (b.carrier.isPresent()
          && b.carrier.getAsInt() == r
          && !b.deliveredAt.isBefore(w.t0())
          && !b.deliveredAt.isAfter(w.t1().plus(ctx.params.receiverLink()))) {
        if (b.giver.isEmpty() || b.giver.getAsInt() == t.mmsi) {
          if (b.giver.isEmpty()) {
            b.giver = OptionalInt.of(t.mmsi);
            b.transferPlace = Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", w.x(), w.y()));
            b.mode = seenAlongside ? Delivery.Mode.STS : Delivery.Mode.STS_DARK_RECEIVER;
            b.reason(
                0.15,
                String.format(
                    Locale.ROOT,
                    "giver %d's draught fell %.1f -> %.1f m %s",
                    t.mmsi,
                    dc.before_m(),
                    dc.after_m(),
                    w.how()));
          }
          b.events.add(dc.id());
          b.events.addAll(w.ev());
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A receiver's delivery read from its giver's fall: the receiver seen alongside, or dark (its
   * silence is claimed).
   */
  private DeliveryBuilder receiverDelivery(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Hull> gh,
      Window w,
      int r,
      boolean seenAlongside,
      Optional<AisGap> receiverGap,
      Map<Integer, VesselTimeline> tl,
      Set<String> claimedGaps) {
    Optional<Hull> rh = ctx.hull(r);
    DeliveryBuilder b = new DeliveryBuilder(r, rh);
    b.giver = OptionalInt.of(t.mmsi);
    b.mode = seenAlongside ? Delivery.Mode.STS : Delivery.Mode.STS_DARK_RECEIVER;
    b.transferPlace = Optional.of(String.format(Locale.ROOT, "%.3f,%.3f", w.x(), w.y()));
    b.loadingPlace = "at sea, from " + t.mmsi;
    b.loadedAt = Optional.of(w.t1());
    b.deliveredAt = w.t1();
    b.lat = w.x();
    b.lon = w.y();
    b.events.add(dc.id());
    b.events.addAll(w.ev());
    b.evidence.addAll(dc.evidence());
    b.evidence.addAll(w.evid());
    b.reason(
        0.3,
        String.format(
            Locale.ROOT,
            "giver %d's draught fell %.1f -> %.1f m %s",
            t.mmsi,
            dc.before_m(),
            dc.after_m(),
            w.how()));
    VesselTimeline rt = tl.get(r);
    b.reason(0.2, "receiver " + r + " is DPRK-linked (" + ctx.linkReason(rt) + ")");
    if (seenAlongside) {
      b.reason(0.3, "receiver seen alongside");
      b.dischargePlace = "DPRK (receiver's discharge not observed)";
    } else {
      AisGap g = receiverGap.get();
      receivers.claim(dc.id(), g.id(), claimedGaps);
      if (!DarkReceivers.beforeFirstReport(g)) {
        b.events.add(g.id());
      }
      b.evidence.addAll(g.evidence());
      Optional<Place> home =
          Double.isNaN(g.onLatitude_deg())
              ? Optional.empty()
              : ctx.dprkPortNear(g.onLatitude_deg(), g.onLongitude_deg());
      b.dischargePlace =
          home.map(p -> p.name() + " (" + p.id() + "), where the receiver reappeared")
              .orElse("DPRK (receiver dark)");
      home.ifPresent(p -> b.deliveredAt = g.end());
      b.reason(
          0.1,
          "receiver "
              + r
              + " "
              + DarkReceivers.describe(g)
              + " and could reach the transfer point");
    }
    // volume: the receiver's laden draught if it was broadcast, else the giver's drop
    Optional<DraughtChange> rRise =
        rt == null
            ? Optional.empty()
            : rt.lastRiseBefore(
                w.t1().plus(ctx.params.transferLookback()),
                w.t0().minus(Duration.ofHours(6)),
                ctx.params.minDraughtChange_m());
    rRise.filter(x -> rh.isPresent()).ifPresent(x -> b.events.add(x.id()));
    b.volume = TransferVolumes.atSea(gh, dc, rh, rRise);
    return b;
  }

  /**
   * Where and when the transfer behind a fall could have been: alongside a partner, across a closed
   * silence of the giver's, under false positions, loitering, or (unexplained) the look-back before
   * the fall; empty when the fall does not belong to this pass or has no place.
   */
  private Optional<Window> window(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Encounter> alongside,
      Optional<AisGap> gap,
      Optional<Spoofing> sp,
      boolean unexplainedPass) {
    Instant at = dc.end();
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
          lastOverlapping(t.loiterings, at.minus(ctx.params.transferLookback()), at);
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
        t0 = at.minus(ctx.params.transferLookback());
        t1 = at;
        how = "at sea, with no port call, partner or silence of its own to explain it";
        unexplained = true;
        // nothing explains it: it must be offshore (30 km from any port or anchorage; an
        // anchorage inside a known transfer area does not count, transfers happen there)
        if (!unexplainedPass || Double.isNaN(x) || ctx.nearForeignPlace(x, y, OFFSHORE_M)) {
          return Optional.empty();
        }
      }
    }
    if (Double.isNaN(x) || Double.isNaN(y) || unexplained != unexplainedPass) {
      return Optional.empty();
    }
    return Optional.of(new Window(x, y, t0, t1, how, ev, evid, unexplained, spoofedFall));
  }

  /**
   * A spoofing tanker's fall reads as its own run into a DPRK port rather than a transfer at sea
   * when it emptied the ship (a giver at sea passes a part; a port discharge empties it), a DPRK
   * port was within reach of its true positions during the episode, and it had loaded before.
   */
  private boolean ownSpoofedRun(VesselTimeline t, DraughtChange dc, Optional<Hull> h, Spoofing s) {
    return emptied(h, dc)
        && !ctx.reachableFromSpoof(t, s).isEmpty()
        && t.lastRiseBefore(
                dc.end(),
                dc.end().minus(ctx.params.voyageLookback()),
                ctx.params.minDraughtChange_m())
            .isPresent();
  }

  /**
   * A tanker that loaded in a port and whose draught fell offshore during a silence, loitering or
   * spoofing, with no DPRK port within its own reach and no identifiable receiver: a transfer to an
   * unidentified dark receiver (the receiver may have been dark since before the data began).
   */
  private Optional<DeliveryBuilder> unidentifiedReceiver(
      VesselTimeline t,
      DraughtChange dc,
      Optional<Hull> gh,
      double x,
      double y,
      Instant t1,
      String how,
      List<String> ev,
      List<Evidence> evid) {
    Optional<PortCall> load = ctx.loadedInPort(t, dc.end());
    if (load.isEmpty() || ctx.places.nearest(x, y, TRANSFER_OFFSHORE_M).isPresent()) {
      return Optional.empty();
    }
    DeliveryBuilder b = new DeliveryBuilder(t.mmsi, gh);
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
    b.volume = TransferVolumes.giverDrop(gh, dc);
    return Optional.of(b);
  }
}
