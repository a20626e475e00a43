package org.tidewatch.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.AisGap;

class ReceiverAssignmentTest {
  private static final Instant T = Instant.parse("2024-01-05T00:00:00Z");

  private static AisGap silence(int mmsi) {
    return new AisGap(
        true,
        mmsi,
        T,
        T.plusSeconds(86_400),
        false,
        38.7,
        125.4,
        38.7,
        125.4,
        0,
        0,
        1e6,
        OptionalDouble.empty(),
        0.9,
        List.of());
  }

  private static ReceiverAssignment.Candidate c(AisGap g, double fit) {
    return new ReceiverAssignment.Candidate(g, fit);
  }

  @Test
  void aLaterReadingWhoseOnlyReceiverAnEarlierOneTook_isServedByMovingTheEarlierOne() {
    AisGap g1 = silence(445_000_001);
    AisGap g2 = silence(445_000_002);
    List<ReceiverAssignment.Candidate> first = List.of(c(g1, 0.9), c(g2, 0.5));
    List<ReceiverAssignment.Candidate> second = List.of(c(g1, 0.95));
    ReceiverAssignment plan = new ReceiverAssignment();

    // proposing: the greedy choice starves the second reading
    Set<String> claimed = new HashSet<>();
    assertThat(plan.choose("A", first, claimed)).contains(g1);
    plan.claim("A", g1.id(), claimed);
    assertThat(plan.choose("B", second, claimed)).isEmpty();

    plan.solve();

    // following: A moves to its other candidate, B gets the receiver only it could have had
    claimed = new HashSet<>();
    assertThat(plan.choose("A", first, claimed)).contains(g2);
    plan.claim("A", g2.id(), claimed);
    assertThat(plan.choose("B", second, claimed)).contains(g1);
  }

  @Test
  void readingsTheGreedyChoiceServed_keepTheirReceivers() {
    AisGap g1 = silence(445_000_001);
    AisGap g2 = silence(445_000_002);
    List<ReceiverAssignment.Candidate> first = List.of(c(g1, 0.9), c(g2, 0.5));
    List<ReceiverAssignment.Candidate> second = List.of(c(g1, 0.95), c(g2, 0.4));
    ReceiverAssignment plan = new ReceiverAssignment();
    Set<String> claimed = new HashSet<>();
    plan.choose("A", first, claimed);
    plan.claim("A", g1.id(), claimed);
    assertThat(plan.choose("B", second, claimed)).contains(g2);
    plan.claim("B", g2.id(), claimed);
    plan.solve();
    claimed = new HashSet<>();
    assertThat(plan.choose("A", first, claimed)).contains(g1);
    plan.claim("A", g1.id(), claimed);
    assertThat(plan.choose("B", second, claimed)).contains(g2);
  }
}
