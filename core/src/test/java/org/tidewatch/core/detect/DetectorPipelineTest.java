package org.tidewatch.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

class DetectorPipelineTest {
  private static final Duration LATENESS = Duration.ofMinutes(10);
  private static List<Object> inOrder;
  private static List<DetectedEvent> expected;

  @BeforeAll
  static void run() {
    inOrder = Scenario.reports();
    expected = Scenario.detect(inOrder, LATENESS);
  }

  private static List<DetectedEvent> of(EventType t) {
    return expected.stream().filter(e -> e.type() == t).toList();
  }

  @Test
  void portCall_atNampo_taggedDprk_withLoading() {
    List<DetectedEvent> calls =
        expected.stream().filter(e -> e.type() == EventType.PORT_CALL).toList();
    assertThat(calls).hasSize(1);
    PortCall c = (PortCall) calls.get(0);
    assertThat(c.mmsi()).isEqualTo(Scenario.CALLER);
    assertThat(c.placeName()).isEqualTo("Nampo");
    assertThat(c.interest()).contains("DPRK_PORT");
    assertThat(c.confidence()).isEqualTo(1.0);
    assertThat(c.cargoOperation()).contains("loading");
    assertThat(c.evidence()).extracting(Evidence::role).contains("entry", "stop", "exit");
  }

  @Test
  void sts_betweenTheTwoTankers_only() {
    assertThat(of(EventType.STS)).hasSize(1);
    Encounter e = (Encounter) of(EventType.STS).get(0);
    assertThat(e.mmsis()).containsExactly(Scenario.RECEIVER, Scenario.GIVER);
    assertThat(e.medianDistance_m()).isBetween(40.0, 80.0);
    assertThat(Duration.between(e.start(), e.end()))
        .isBetween(Duration.ofHours(4), Duration.ofHours(6));
  }

  @Test
  void darkPeriod_ofThirtyHours_inDenseCoverage() {
    List<DetectedEvent> dark =
        of(EventType.DARK_PERIOD).stream().filter(e -> e.mmsis().contains(Scenario.DARK)).toList();
    assertThat(dark).hasSize(1);
    AisGap g = (AisGap) dark.get(0);
    assertThat(Duration.between(g.start(), g.end()).toHours()).isEqualTo(30);
    assertThat(g.reachableRadius_m()).isPositive();
  }

  @Test
  void spoofing_excursionFound() {
    List<DetectedEvent> s = of(EventType.SPOOFING);
    assertThat(s).hasSize(1);
    Spoofing sp = (Spoofing) s.get(0);
    assertThat(sp.mmsi()).isEqualTo(Scenario.SPOOFER);
    assertThat(sp.jumpOut_m()).isGreaterThan(100_000);
    assertThat(Duration.between(sp.start(), sp.end()).toHours()).isEqualTo(5);
  }

  @Test
  void sharedMmsi_found_withBothNames() {
    List<DetectedEvent> s = of(EventType.SHARED_MMSI);
    assertThat(s).hasSize(1);
    SharedMmsi sh = (SharedMmsi) s.get(0);
    assertThat(sh.mmsi()).isEqualTo(Scenario.SHARED);
    assertThat(sh.names()).containsExactly("SILVER", "VISTA");
    assertThat(sh.maxSeparation_m()).isGreaterThan(200_000);
  }

  @Test
  void identityChange_sameImoNewMmsi_andDarkBetween() {
    List<DetectedEvent> ids = of(EventType.IDENTITY_CHANGE);
    assertThat(ids).hasSize(1);
    IdentityChange c = (IdentityChange) ids.get(0);
    assertThat(c.kind()).isEqualTo(IdentityChange.Kind.MMSI_SAME_IMO);
    assertThat(c.mmsis()).containsExactly(Scenario.OLD, Scenario.NEW);
    assertThat(c.summary()).contains("SUN STAR").contains("SPIRIT GLORY 1");
    // the silence between the two identities is a dark period (identity changed while silent)
    assertThat(of(EventType.DARK_PERIOD)).anyMatch(e -> e.mmsis().contains(Scenario.OLD));
  }

  @Test
  void draughtChange_inNampo() {
    List<DetectedEvent> d = of(EventType.DRAUGHT_CHANGE);
    assertThat(d).hasSize(1);
    DraughtChange c = (DraughtChange) d.get(0);
    assertThat(c.laden()).isTrue();
    assertThat(c.placeId()).hasValueSatisfying(p -> assertThat(p).contains("Nampo"));
  }

  @Test
  void noFalseEvents_ofOtherKinds() {
    assertThat(of(EventType.ENCOUNTER)).isEmpty();
    assertThat(of(EventType.POSSIBLE_STS)).isEmpty();
    assertThat(expected).allMatch(e -> !e.evidence().isEmpty());
  }

  /** Out-of-order arrival within the lateness bound gives exactly the same events. */
  @Property(tries = 25)
  void outOfOrderWithinLateness_sameEvents(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long bound = LATENESS.toSeconds();
    // each report arrives at its time plus a delay in [0, lateness]; sort by arrival
    List<long[]> keys = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      keys.add(new long[] {time(inOrder.get(i)) + rnd.nextLong(bound + 1), i});
    }
    keys.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    List<Object> arrival = new ArrayList<>();
    for (long[] k : keys) {
      arrival.add(inOrder.get((int) k[1]));
    }
    assertThat(Scenario.detect(arrival, LATENESS)).isEqualTo(expected);
  }

  private static long time(Object o) {
    return o instanceof Position p
        ? p.time().getEpochSecond()
        : ((StaticReport) o).time().getEpochSecond();
  }
}
