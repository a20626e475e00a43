package org.tidewatch.sim;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.motion.KState;
import org.tidewatch.sim.motion.Leg;

/**
 * What a hull's transponder does over time: by default it broadcasts the registry identity and the
 * true position; windows override that with silence (dark), another identity (laundering, shared
 * MMSI) or false positions (spoofing). Later windows win when they overlap.
 */
public final class AisProfile {
  /** A time window [start, end) in Unix seconds. */
  public sealed interface Window permits Dark, Identity, Spoof {
    long start_s();

    long end_s();
  }

  /** Transponder off. */
  public record Dark(long start_s, long end_s) implements Window {}

  /** Broadcasting another identity (MMSI, name, call sign, flag, possibly IMO). */
  public record Identity(long start_s, long end_s, Vessel shown) implements Window {}

  /** Broadcasting positions from {@code fake} instead of the true ones. */
  public record Spoof(long start_s, long end_s, Leg fake) implements Window {}

  private final Vessel registry;
  private final List<Window> windows = new ArrayList<>();

  public AisProfile(Vessel registry) {
    this.registry = registry;
  }

  public AisProfile add(Window w) {
    windows.add(w);
    return this;
  }

  public List<Window> windows() {
    return windows;
  }

  public boolean dark(long t) {
    for (int i = windows.size() - 1; i >= 0; i--) {
      Window w = windows.get(i);
      if (w instanceof Dark && t >= w.start_s() && t < w.end_s()) {
        return true;
      }
    }
    return false;
  }

  /** End of the dark window containing {@code t} (or {@code t} if none). */
  public long darkUntil(long t) {
    long until = t;
    for (Window w : windows) {
      if (w instanceof Dark && t >= w.start_s() && t < w.end_s()) {
        until = Math.max(until, w.end_s());
      }
    }
    return until;
  }

  /** The identity broadcast at {@code t}. */
  public Vessel identity(long t) {
    for (int i = windows.size() - 1; i >= 0; i--) {
      if (windows.get(i) instanceof Identity id && t >= id.start_s() && t < id.end_s()) {
        return id.shown();
      }
    }
    return registry;
  }

  /** Replaces the true position by the spoofed one when a spoof window is active. */
  public boolean spoof(long t, KState s) {
    for (int i = windows.size() - 1; i >= 0; i--) {
      if (windows.get(i) instanceof Spoof sp && t >= sp.start_s() && t < sp.end_s()) {
        double draught = s.draught_m;
        long clamped = Math.max(sp.fake().start_s(), Math.min(sp.fake().end_s(), t));
        sp.fake().state(clamped, s);
        s.draught_m = draught;
        return true;
      }
    }
    return false;
  }
}
