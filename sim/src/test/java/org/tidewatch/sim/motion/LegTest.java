package org.tidewatch.sim.motion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegTest {
  /**
   * Regression: querying a sail leg late (truth labelling, {@code timeWithin}) advanced its segment
   * cursor for good, so every earlier instant was mapped onto that segment's first waypoint.
   */
  @Test
  void sailAnswersOutOfOrderQueries() {
    double[] path = {42.75, 133.08, 42.675, 133.075, 34.975, 129.275, 34.575, 128.475};
    Leg.Sail sail = new Leg.Sail(path, 1_000, 12, 8, 42);
    KState inOrder = new KState();
    KState late = new KState();
    long mid = (sail.start_s() + sail.end_s()) / 2;
    new Leg.Sail(path, 1_000, 12, 8, 42).state(sail.start_s() + 600, inOrder);
    sail.state(sail.end_s(), late);
    sail.state(mid, late);
    KState again = new KState();
    sail.state(sail.start_s() + 600, again);
    assertThat(again.lat_deg).isEqualTo(inOrder.lat_deg);
    assertThat(again.lon_deg).isEqualTo(inOrder.lon_deg);
    sail.state(sail.start_s(), again);
    assertThat(again.lat_deg).isEqualTo(42.75);
    assertThat(again.lon_deg).isEqualTo(133.08);
  }
}
