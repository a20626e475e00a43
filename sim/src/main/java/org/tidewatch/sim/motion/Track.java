package org.tidewatch.sim.motion;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A hull's true movement as a queue of legs, extended on demand by a {@link Planner} so that only
 * the current legs are held in memory. Queries must come in non-decreasing time order.
 */
public final class Track {
  /** Supplies the legs that follow; must append at least one leg starting at {@code from_s}. */
  public interface Planner {
    void extend(Track track, long from_s, KState endState);
  }

  private final Deque<Leg> legs = new ArrayDeque<>();
  private final Planner planner;
  private final KState scratch = new KState();
  private long plannedUntil_s;

  public Track(Planner planner) {
    this.planner = planner;
  }

  /** Appends a leg (it must start where the previous one ended). */
  public Track add(Leg leg) {
    legs.addLast(leg);
    plannedUntil_s = leg.end_s();
    return this;
  }

  public long plannedUntil_s() {
    return plannedUntil_s;
  }

  /** The last planned leg, or null. */
  public Leg last() {
    return legs.peekLast();
  }

  /** Fills the true state at {@code t}. */
  public void at(long t, KState out) {
    while (true) {
      while (!legs.isEmpty() && legs.peekFirst().end_s() < t && legs.size() > 1) {
        legs.removeFirst();
      }
      Leg first = legs.peekFirst();
      if (first != null && first.start_s() <= t && t <= first.end_s()) {
        first.state(t, out);
        return;
      }
      if (first != null && t < first.start_s()) {
        first.state(first.start_s(), out);
        return;
      }
      Leg last = legs.peekLast();
      if (last != null) {
        last.state(last.end_s(), scratch);
        legs.clear();
        planner.extend(this, last.end_s(), scratch);
      } else {
        throw new IllegalStateException("track without legs");
      }
    }
  }
}
