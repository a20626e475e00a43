package org.tidewatch.core.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.SharedMmsi;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.track.Mids;

/**
 * Turns detected events, inferred deliveries, registry particulars and screening results into
 * {@link RiskSignal}s per vessel and scores them with a {@link RiskModel}. A vessel is a hull:
 * MMSIs tied by an identity change of the same IMO (or a new MMSI appearing where another vanished)
 * are one vessel.
 */
public final class RiskAssessment {
  private final RiskModel model;
  private final List<Place> dprkPorts;
  private final IntFunction<Optional<Hull>> hulls;

  /** An assessment with a model, the DPRK ports and the hull particulars by MMSI. */
  public RiskAssessment(RiskModel model, List<Place> dprkPorts, IntFunction<Optional<Hull>> hulls) {
    this.model = model;
    this.dprkPorts = List.copyOf(dprkPorts);
    this.hulls = hulls;
  }

  /** Scores every vessel seen (in events or {@code known}), highest first. */
  public List<RiskScore> assess(
      List<? extends DetectedEvent> events,
      List<Delivery> deliveries,
      Collection<Integer> known,
      List<ListedMatch> listed) {
    Map<Integer, Integer> parent = new HashMap<>();
    TreeSet<Integer> all = new TreeSet<>(known);
    for (DetectedEvent e : events) {
      all.addAll(e.mmsis());
    }
    for (DetectedEvent e : events) {
      if (e instanceof IdentityChange c
          && c.mmsis().size() == 2
          && (c.kind() == IdentityChange.Kind.MMSI_SAME_IMO
              || c.kind() == IdentityChange.Kind.MMSI_REAPPEARED)) {
        union(parent, c.mmsis().get(0), c.mmsis().get(1));
      }
    }
    // who is DPRK-linked or listed (for the STS factor)
    java.util.Set<Integer> linked = new java.util.HashSet<>();
    for (int m : all) {
      if (dprkFlag(m)) {
        linked.add(m);
      }
    }
    for (DetectedEvent e : events) {
      if (e instanceof PortCall p && p.interest().map("DPRK_PORT"::equals).orElse(false)) {
        linked.add(p.mmsi());
      }
    }
    for (ListedMatch l : listed) {
      linked.add(l.mmsi());
    }
    Map<Integer, List<RiskSignal>> sig = new HashMap<>();
    for (int m : all) {
      if (dprkFlag(m)) {
        String why =
            hulls.apply(m).map(h -> h.flag().equals("PRK")).orElse(false)
                ? "registry flag PRK"
                : "MMSI " + m + " carries the DPRK's MID 445";
        add(sig, m, RiskFactor.DPRK_FLAG, 1, why);
      }
    }
    for (DetectedEvent e : events) {
      String line = e.id() + " " + e.start() + ": " + e.summary();
      double c = e.confidence();
      switch (e) {
        case PortCall p -> {
          if (p.interest().map("DPRK_PORT"::equals).orElse(false)) {
            add(sig, p.mmsi(), RiskFactor.DPRK_PORT_CALL, c, line);
          }
        }
        case Encounter x -> {
          if (linked.contains(x.mmsi2())) {
            add(
                sig,
                x.mmsi1(),
                RiskFactor.STS_WITH_LINKED,
                c,
                line + " (partner " + x.mmsi2() + " DPRK-linked or listed)");
          }
          if (linked.contains(x.mmsi1())) {
            add(
                sig,
                x.mmsi2(),
                RiskFactor.STS_WITH_LINKED,
                c,
                line + " (partner " + x.mmsi1() + " DPRK-linked or listed)");
          }
        }
        case AisGap g -> {
          Optional<String> where = nearDprkOrArea(g);
          if (where.isPresent()) {
            add(
                sig,
                g.mmsi(),
                RiskFactor.DARK_NEAR_DPRK,
                g.deliberate() ? c : 0.3 * c,
                line + " (" + where.get() + ")");
          }
        }
        case Spoofing s -> add(sig, s.mmsi(), RiskFactor.SPOOFING, c, line);
        case SharedMmsi s -> add(sig, s.mmsi(), RiskFactor.SPOOFING, c, line);
        case IdentityChange ic -> {
          RiskFactor f =
              ic.kind() == IdentityChange.Kind.MID_FLAG_MISMATCH
                  ? RiskFactor.FLAG_MID_MISMATCH
                  : RiskFactor.IDENTITY_LAUNDERING;
          double st = ic.kind() == IdentityChange.Kind.SHIP_TYPE ? 0.3 * c : c;
          for (int m : ic.mmsis()) {
            add(sig, m, f, st, line);
          }
        }
        default -> {}
      }
    }
    for (Delivery d : deliveries) {
      String line =
          String.format(
              Locale.ROOT,
              "%s %s: %s, %,.0f %s (%s), confidence %.2f",
              d.id(),
              d.deliveredAt(),
              d.mode(),
              d.volume().central(),
              d.commodity().unit.symbol,
              d.commodity(),
              d.confidence());
      d.carrier()
          .ifPresent(m -> add(sig, m, RiskFactor.DELIVERY, d.confidence(), line + " as carrier"));
      d.giver()
          .ifPresent(m -> add(sig, m, RiskFactor.DELIVERY, d.confidence(), line + " as giver"));
      // an inferred transfer to a DPRK-linked receiver that no encounter showed (the receiver was
      // dark): the giver met a DPRK-linked vessel all the same
      if (d.mode() == Delivery.Mode.STS_DARK_RECEIVER
          && d.giver().isPresent()
          && d.carrier().isPresent()) {
        add(
            sig,
            d.giver().getAsInt(),
            RiskFactor.STS_WITH_LINKED,
            d.confidence(),
            String.format(
                Locale.ROOT,
                "%s %s: inferred transfer to DPRK-linked %d, dark at the time (no encounter"
                    + " broadcast), confidence %.2f",
                d.id(),
                d.deliveredAt(),
                d.carrier().getAsInt(),
                d.confidence()));
      }
    }
    for (ListedMatch l : listed) {
      add(
          sig,
          l.mmsi(),
          l.ownership() ? RiskFactor.OWNERSHIP_LINK : RiskFactor.LISTED_IDENTITY,
          l.score(),
          String.format(
              Locale.ROOT,
              "%s on %s (score %.2f: %s)",
              l.listedName(),
              l.lists(),
              l.score(),
              l.explanation()));
    }
    // group by hull
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int m : all) {
      groups.computeIfAbsent(find(parent, m), k -> new ArrayList<>()).add(m);
    }
    List<RiskScore> out = new ArrayList<>();
    for (List<Integer> ms : groups.values()) {
      List<RiskSignal> s = new ArrayList<>();
      Optional<Hull> hull = Optional.empty();
      for (int m : ms) {
        s.addAll(sig.getOrDefault(m, List.of()));
        if (hull.isEmpty()) {
          hull = hulls.apply(m);
        }
      }
      String id =
          hull.flatMap(
                  h ->
                      h.imo().isPresent()
                          ? Optional.of("IMO " + h.imo().getAsInt())
                          : Optional.empty())
              .orElse("MMSI " + ms.get(0));
      out.add(model.score(id, hull.map(Hull::name).orElse(""), ms, s));
    }
    out.sort(
        Comparator.comparingDouble(RiskScore::score).reversed().thenComparing(RiskScore::vessel));
    return out;
  }

  private boolean dprkFlag(int m) {
    if (hulls.apply(m).map(h -> h.flag().equals("PRK")).orElse(false)) {
      return true;
    }
    return Mids.flagOfMmsi(m).map(f -> f.iso2().equals("KP")).orElse(false);
  }

  private Optional<String> nearDprkOrArea(AisGap g) {
    double[][] pts = {
      {g.offLatitude_deg(), g.offLongitude_deg()}, {g.onLatitude_deg(), g.onLongitude_deg()}
    };
    for (double[] p : pts) {
      if (Double.isNaN(p[0])) {
        continue;
      }
      for (Place d : dprkPorts) {
        double dist = Geo.distance_m(p[0], p[1], d.latitude_deg(), d.longitude_deg());
        if (dist <= model.darkNearDprk_m()) {
          return Optional.of(String.format(Locale.ROOT, "%.0f km from %s", dist / 1000, d.name()));
        }
      }
      for (RiskModel.Area a : model.areas()) {
        if (Geo.distance_m(p[0], p[1], a.latitude_deg(), a.longitude_deg()) <= a.radius_m()) {
          return Optional.of("in transfer area " + a.name());
        }
      }
    }
    return Optional.empty();
  }

  private static void add(
      Map<Integer, List<RiskSignal>> sig, int m, RiskFactor f, double s, String e) {
    sig.computeIfAbsent(m, k -> new ArrayList<>()).add(new RiskSignal(f, s, e));
  }

  private static int find(Map<Integer, Integer> parent, int m) {
    int r = m;
    while (parent.containsKey(r) && parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }

  private static void union(Map<Integer, Integer> parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
