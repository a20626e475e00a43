package org.tidewatch.core.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.detect.AisGap;

/**
 * A joint assignment of dark receivers to the readings that need one (a giver's fall or stop with
 * no partner seen). Inference runs twice. The first run <em>proposes</em>: each reading is offered
 * every admissible silence, claimed or not, and takes the tightest unclaimed one (the greedy
 * choice, per reading in pass order); which reading claimed which silence is recorded. The matching
 * starts from those claims and serves, in pass order, each reading that found every candidate
 * claimed, by an augmenting path (Kuhn's algorithm; candidates tightest first): a reading that
 * claimed a silence moves to another of its candidates so that the starved one gets a receiver.
 * Readings the greedy choice served keep their receiver unless a move is needed, so the result
 * differs from the greedy one only where it serves more readings. The second run <em>follows</em>
 * the matching. A greedy choice per giver let a later giver take an earlier one's only receiver
 * when it fitted that receiver tighter than its own (seed 39 before its loitering was detected).
 *
 * <p>Readings that joined a receiver's own delivery claim nothing (several givers may feed one
 * discharge) and take no part in the matching.
 */
final class ReceiverAssignment {

  /** An admissible silence for a reading and how tightly it fits (need / budget, ≤ 1). */
  record Candidate(AisGap gap, double fit) {}

  private final Map<String, List<Candidate>> proposals = new LinkedHashMap<>();
  private final Set<String> starved = new HashSet<>();
  private final Map<String, String> claimant = new LinkedHashMap<>(); // silence id -> reading
  private Map<String, String> assigned;

  /**
   * The silence a reading takes among its admissible candidates (tightest first): while proposing,
   * the tightest unclaimed one; while following, the one it was matched to if still unclaimed, else
   * the tightest unclaimed one.
   */
  Optional<AisGap> choose(String key, List<Candidate> candidates, Set<String> claimed) {
    if (assigned == null) {
      proposals.putIfAbsent(key, List.copyOf(candidates));
      Optional<AisGap> g = tightest(candidates, claimed);
      if (g.isEmpty() && !candidates.isEmpty()) {
        starved.add(key);
      }
      return g;
    }
    String want = assigned.get(key);
    if (want != null && !claimed.contains(want)) {
      for (Candidate c : candidates) {
        if (c.gap().id().equals(want)) {
          return Optional.of(c.gap());
        }
      }
    }
    return tightest(candidates, claimed);
  }

  /** Reading {@code key} takes silence {@code gapId} for its own (adds it to {@code claimed}). */
  void claim(String key, String gapId, Set<String> claimed) {
    claimed.add(gapId);
    if (assigned == null) {
      claimant.putIfAbsent(gapId, key);
    }
  }

  private static Optional<AisGap> tightest(List<Candidate> candidates, Set<String> claimed) {
    for (Candidate c : candidates) {
      if (!claimed.contains(c.gap().id())) {
        return Optional.of(c.gap());
      }
    }
    return Optional.empty();
  }

  /** Matches (call between the runs): the claims, then augmenting paths for starved readings. */
  void solve() {
    Map<String, String> readingOf = new HashMap<>(claimant);
    Map<String, String> silenceOf = new LinkedHashMap<>();
    claimant.forEach((gap, key) -> silenceOf.put(key, gap));
    for (String key : proposals.keySet()) {
      if (starved.contains(key)) {
        augment(key, readingOf, silenceOf, new HashSet<>());
      }
    }
    assigned = silenceOf;
  }

  /** Kuhn's augmenting path from {@code key}; whether it found one. */
  private boolean augment(
      String key,
      Map<String, String> readingOf,
      Map<String, String> silenceOf,
      Set<String> visited) {
    for (Candidate c : proposals.getOrDefault(key, List.of())) {
      String id = c.gap().id();
      if (!visited.add(id)) {
        continue;
      }
      String holder = readingOf.get(id);
      if (holder == null || augment(holder, readingOf, silenceOf, visited)) {
        readingOf.put(id, key);
        silenceOf.put(key, id);
        return true;
      }
    }
    return false;
  }

  /** The candidates sorted tightest first (stable: equal fits keep their discovery order). */
  static List<Candidate> tightestFirst(List<Candidate> cs) {
    List<Candidate> s = new ArrayList<>(cs);
    s.sort((a, b) -> Double.compare(b.fit(), a.fit()));
    return s;
  }
}
