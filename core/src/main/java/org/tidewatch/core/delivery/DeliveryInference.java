package org.tidewatch.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntFunction;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.port.PlaceIndex;

/**
 * Chains each vessel's detected events into voyages and infers deliveries (README.md in this
 * package). A delivery is anchored on a discharge, a fall of broadcast draught: in a DPRK port;
 * across a dark period or a spoofed episode from which a DPRK port was within reach; or at sea next
 * to a DPRK-linked receiver (seen alongside, or dark and able to reach the transfer point). The
 * loading that preceded it (a port call with the draught rising, or an at-sea rise next to a giver)
 * completes the voyage. Deterministic: the same events give the same deliveries.
 *
 * <p>This class runs the passes; the readings are in {@link CarrierDischarges} (a carrier's own
 * discharge and its loading), {@link GiverDischarges} (falls of other vessels: transfers at sea),
 * {@link StopTransfers} (stops with no draught change), {@link DarkReceivers} (receiver
 * assignment), {@link TransferVolumes} (which volume estimate) and {@link InferredDeliveries} (one
 * cargo, one delivery).
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

  private final InferenceContext ctx;
  private final CarrierDischarges carriers;

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
    this.ctx = new InferenceContext(params, places, hulls, transferAreas);
    this.carriers = new CarrierDischarges(ctx);
  }

  /** The places tagged {@code DPRK_PORT} among {@code places}. */
  public static List<Place> dprkPorts(List<Place> places) {
    return places.stream()
        .filter(p -> p.interest().map("DPRK_PORT"::equals).orElse(false))
        .toList();
  }

  /**
   * A DPRK-linked tanker first heard at least this long after the data began (24 h) counts as dark
   * from the beginning of the data until then (a receiver candidate; {@link FirstReport}).
   */
  static final Duration UNSEEN_MIN = Duration.ofHours(24);

  /** Infers the deliveries, ordered by delivery time then id. */
  public List<Delivery> infer(List<? extends DetectedEvent> events) {
    return infer(events, Map.of());
  }

  /**
   * Infers the deliveries, knowing each MMSI's first report in the data (the beginning of the data
   * is the earliest of them): a DPRK-linked tanker first heard {@link #UNSEEN_MIN} or more after it
   * is a dark receiver candidate over that silence.
   */
  public List<Delivery> infer(
      List<? extends DetectedEvent> events, Map<Integer, FirstReport> firstReports) {
    Map<Integer, VesselTimeline> tl = VesselTimeline.of(events);
    Set<Integer> linked = new HashSet<>();
    for (VesselTimeline t : tl.values()) {
      if (ctx.dprkLinked(t)) {
        linked.add(t.mmsi);
      }
    }
    List<Integer> order = tl.keySet().stream().sorted().toList();
    // dark receivers are assigned jointly: a first run proposes, the second follows the matching
    Map<Integer, AisGap> unseen = unseenBefore(linked, firstReports);
    ReceiverAssignment plan = new ReceiverAssignment();
    passes(tl, linked, order, plan, unseen);
    plan.solve();
    InferredDeliveries out = passes(tl, linked, order, plan, unseen);
    List<Delivery> result = new ArrayList<>();
    for (DeliveryBuilder b : out.values()) {
      result.add(b.build());
    }
    result.sort(Comparator.comparing(Delivery::deliveredAt).thenComparing(Delivery::id));
    return result;
  }

  /**
   * The silences before their first report of the DPRK-linked vessels first heard {@link
   * #UNSEEN_MIN} or more after the data began: from the beginning of the data to the first report,
   * where it went dark unknown (NaN), where it was first heard known.
   */
  private static Map<Integer, AisGap> unseenBefore(
      Set<Integer> linked, Map<Integer, FirstReport> firstReports) {
    Optional<Instant> start =
        firstReports.values().stream().map(FirstReport::time).min(Comparator.naturalOrder());
    Map<Integer, AisGap> out = new HashMap<>();
    if (start.isEmpty()) {
      return out;
    }
    for (int m : linked) {
      FirstReport f = firstReports.get(m);
      if (f == null || Duration.between(start.get(), f.time()).compareTo(UNSEEN_MIN) < 0) {
        continue;
      }
      out.put(
          m,
          new AisGap(
              true,
              m,
              start.get(),
              f.time(),
              false,
              Double.NaN,
              Double.NaN,
              f.latitude_deg(),
              f.longitude_deg(),
              Double.NaN,
              Double.NaN,
              0,
              OptionalDouble.empty(),
              0.5,
              List.of()));
    }
    return out;
  }

  /** One run of the four passes, dark receivers chosen by {@code plan}. */
  private InferredDeliveries passes(
      Map<Integer, VesselTimeline> tl,
      Set<Integer> linked,
      List<Integer> order,
      ReceiverAssignment plan,
      Map<Integer, AisGap> unseen) {
    DarkReceivers receivers = new DarkReceivers(ctx, plan, unseen);
    GiverDischarges givers = new GiverDischarges(ctx, carriers, receivers);
    StopTransfers stops = new StopTransfers(ctx, receivers);
    InferredDeliveries out = new InferredDeliveries();
    Set<String> claimedGaps = new HashSet<>();
    // pass 1: DPRK-linked carriers discharging (or coal carriers unloading abroad)
    for (int m : order) {
      if (!linked.contains(m)) {
        continue;
      }
      VesselTimeline t = tl.get(m);
      for (DraughtChange dc : t.draughts) {
        if (dc.before_m() - dc.after_m() >= ctx.params.minDraughtChange_m()) {
          carriers.carrierDischarge(t, dc, tl).ifPresent(out::add);
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
        if (dc.before_m() - dc.after_m() >= ctx.params.minDraughtChange_m()) {
          givers.giverDischarge(t, dc, tl, linked, out, claimedGaps, false);
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
        if (dc.before_m() - dc.after_m() >= ctx.params.minDraughtChange_m()) {
          givers.giverDischarge(t, dc, tl, linked, out, claimedGaps, true);
        }
      }
    }
    // pass 4: laden tankers stopped offshore (loitering, dark, or hiding behind false positions)
    // with a dark DPRK-linked receiver able to reach them, when the giver's own draught change was
    // too small to be broadcast or detected
    stops.run(tl, order, linked, out, claimedGaps);
    return out;
  }
}
