package org.tidewatch.engine.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;

/**
 * The releasability marking of a detected event, from the markings of the reports a detection run
 * read: the markings of the sources its evidence names, or, when it has no evidence or a source was
 * not read in this run, those of every report of its vessels. One marking is the event's marking.
 * Several make a combined marking ({@link Releasability#allOf}, {@code A + B}), which only those
 * cleared for every part may see. None (nothing read) gives {@link Releasability#UNMARKED}.
 */
final class EventMarkings {
  private final Map<String, Set<String>> bySource = new HashMap<>();
  private final Map<Integer, Set<String>> byVessel = new HashMap<>();

  /** Records a report's marking. */
  void saw(int mmsi, Provenance p) {
    String m = p.releasability().marking();
    bySource.computeIfAbsent(p.source(), k -> new TreeSet<>()).add(m);
    byVessel.computeIfAbsent(mmsi, k -> new TreeSet<>()).add(m);
  }

  /** The event's marking. */
  Releasability of(DetectedEvent e) {
    TreeSet<String> ms = new TreeSet<>();
    boolean complete = !e.evidence().isEmpty();
    for (Evidence ev : e.evidence()) {
      Set<String> s = bySource.get(ev.source());
      if (s == null) {
        complete = false;
        break;
      }
      ms.addAll(s);
    }
    if (!complete) {
      ms.clear();
      for (int m : e.mmsis()) {
        ms.addAll(byVessel.getOrDefault(m, Set.of()));
      }
    }
    return combine(List.copyOf(ms));
  }

  static Releasability combine(List<String> markings) {
    return Releasability.allOf(markings);
  }
}
