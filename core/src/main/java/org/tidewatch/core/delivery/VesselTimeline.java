package org.tidewatch.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.SharedMmsi;
import org.tidewatch.core.detect.Spoofing;

/**
 * One vessel's detected events by family, in start order: the material voyages are chained from.
 */
final class VesselTimeline {
  final int mmsi;
  final List<PortCall> portCalls = new ArrayList<>();
  final List<DraughtChange> draughts = new ArrayList<>();
  final List<AisGap> gaps = new ArrayList<>();
  final List<Spoofing> spoofs = new ArrayList<>();
  final List<Encounter> encounters = new ArrayList<>();
  final List<Loitering> loiterings = new ArrayList<>();
  final List<SharedMmsi> shared = new ArrayList<>();

  private VesselTimeline(int mmsi) {
    this.mmsi = mmsi;
  }

  /** Groups events by vessel (an encounter goes to both). */
  static Map<Integer, VesselTimeline> of(List<? extends DetectedEvent> events) {
    Map<Integer, VesselTimeline> m = new HashMap<>();
    for (DetectedEvent e : events) {
      switch (e) {
        case PortCall p -> get(m, p.mmsi()).portCalls.add(p);
        case DraughtChange d -> get(m, d.mmsi()).draughts.add(d);
        case AisGap g -> get(m, g.mmsi()).gaps.add(g);
        case Spoofing s -> get(m, s.mmsi()).spoofs.add(s);
        case Loitering l -> get(m, l.mmsi()).loiterings.add(l);
        case SharedMmsi s -> get(m, s.mmsi()).shared.add(s);
        case Encounter x -> {
          get(m, x.mmsi1()).encounters.add(x);
          get(m, x.mmsi2()).encounters.add(x);
        }
        default -> {}
      }
    }
    Comparator<DetectedEvent> byStart =
        Comparator.comparing(DetectedEvent::start).thenComparing(DetectedEvent::id);
    for (VesselTimeline t : m.values()) {
      t.portCalls.sort(byStart);
      t.draughts.sort(Comparator.comparing(DraughtChange::end).thenComparing(DetectedEvent::id));
      t.gaps.sort(byStart);
      t.spoofs.sort(byStart);
      t.encounters.sort(byStart);
      t.loiterings.sort(byStart);
      t.shared.sort(byStart);
    }
    return m;
  }

  private static VesselTimeline get(Map<Integer, VesselTimeline> m, int mmsi) {
    return m.computeIfAbsent(mmsi, VesselTimeline::new);
  }

  /** The port call the vessel was in at {@code t} (± {@code slack}). */
  Optional<PortCall> portCallAt(Instant t, Duration slack) {
    for (PortCall p : portCalls) {
      if (!p.start().minus(slack).isAfter(t) && !p.end().plus(slack).isBefore(t)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The silence a draught change first seen at {@code t} came out of: started before {@code t},
   * ended within {@code slack} of it (or still open). The one ending nearest to {@code t}.
   */
  Optional<AisGap> gapEndingAt(Instant t, Duration slack) {
    AisGap best = null;
    long bestD = Long.MAX_VALUE;
    for (AisGap g : gaps) {
      if (!g.start().isBefore(t)) {
        continue;
      }
      long d = Math.abs(g.end().getEpochSecond() - t.getEpochSecond());
      boolean contains = !g.end().isBefore(t);
      if ((d <= slack.toSeconds() || contains) && d < bestD) {
        best = g;
        bestD = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A spoofing episode overlapping [from, to]. */
  Optional<Spoofing> spoofingDuring(Instant from, Instant to) {
    for (Spoofing s : spoofs) {
      if (!s.start().isAfter(to) && !s.end().isBefore(from)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when the MMSI was shared by two transmitters at any time in [from, to]. */
  boolean sharedDuring(Instant from, Instant to) {
    for (SharedMmsi s : shared) {
      if (!s.start().isAfter(to) && !s.end().isBefore(from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last draught rise (loading) that ended before {@code t}, not earlier than {@code since}.
   */
  Optional<DraughtChange> lastRiseBefore(Instant t, Instant since, double minChange_m) {
    DraughtChange best = null;
    for (DraughtChange d : draughts) {
      if (d.end().isBefore(t)
          && !d.end().isBefore(since)
          && d.after_m() - d.before_m() >= minChange_m) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The broadcast draught at {@code t} (on reappearing after a silence ending then): the draught
   * before the first change that ends after {@code t}, else the last draught known before it.
   */
  Optional<Double> draughtAt(Instant t) {
    for (DraughtChange d : draughts) {
      if (d.end().isAfter(t)) {
        return d.start().isBefore(t) ? Optional.empty() : Optional.of(d.before_m());
      }
    }
    return draughtBefore(t);
  }

  /** The broadcast draught just before {@code t}, if any change brackets it. */
  Optional<Double> draughtBefore(Instant t) {
    Double last = null;
    for (DraughtChange d : draughts) {
      if (!d.end().isAfter(t)) {
        last = d.after_m();
      } else {
        if (last == null && !d.start().isAfter(t)) {
          last = d.before_m();
        }
        break;
      }
    }
    return Optional.ofNullable(last);
  }
}
