package org.tidewatch.engine.evaluate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.engine.detect.EventRow;
import org.tidewatch.engine.detect.Json;

/**
 * Scores detected events against the simulator's truth, per event type: precision, recall, F1 and
 * the median timing error of matches. The matching rules (MMSIs, time overlap with a tolerance,
 * place) and each type's precision scope are in the notes of the {@link Metric}s and in
 * docs/benchmarks.md.
 */
public final class DetectionEvaluator {
  private static final Duration TOL = Duration.ofHours(2);
  private static final Duration ID_TOL = Duration.ofHours(6);
  private static final double PORT_MATCH_M = 10_000;

  private DetectionEvaluator() {}

  /** The scores and the misses (one line per unmatched detectable truth or wrong detection). */
  public record Result(List<Metric> metrics, List<String> misses) {}

  /**
   * Evaluates.
   *
   * @param truth the truth events
   * @param events the detections
   * @param firstSeen first report time per MMSI (a dark period before a vessel's first report is
   *     not observable)
   * @param places the places (to decide which truth port calls are at ports of interest)
   */
  public static Result evaluate(
      List<TruthEvent> truth,
      List<EventRow> events,
      Map<Integer, Instant> firstSeen,
      PlaceIndex places) {
    List<Metric> ms = new ArrayList<>();
    List<String> misses = new ArrayList<>();

    // STS, both vessels visible
    BiPredicate<TruthEvent, EventRow> samePair =
        (t, e) ->
            e.type().equals("STS")
                && new HashSet<>(t.mmsis()).equals(new HashSet<>(e.mmsis()))
                && overlaps(t, e, TOL);
    BiPredicate<TruthEvent, EventRow> samePairPossible =
        (t, e) ->
            (e.type().equals("STS") || e.type().equals("POSSIBLE_STS"))
                && new HashSet<>(t.mmsis()).equals(new HashSet<>(e.mmsis()))
                && overlaps(t, e, TOL);
    ms.add(
        score(
            "STS",
            truth,
            t -> t.type().equals("STS_TRANSFER"),
            t -> t.ais().equals("VISIBLE"),
            events,
            e -> e.type().equals("STS"),
            samePair,
            "truth STS_TRANSFER with both vessels visible; detections of tier STS (all vessels); match"
                + " = same pair, overlap within 2 h",
            misses));
    ms.add(
        score(
            "STS incl. possible tier",
            truth,
            t -> t.type().equals("STS_TRANSFER"),
            t -> t.ais().equals("VISIBLE"),
            events,
            e -> e.type().equals("STS") || e.type().equals("POSSIBLE_STS"),
            samePairPossible,
            "as STS, detections of tiers STS and POSSIBLE_STS",
            null));
    ms.add(
        score(
            "STS with one party dark: visible party loitering",
            truth,
            t -> t.type().equals("STS_TRANSFER"),
            t -> t.ais().equals("PARTIAL"),
            events,
            e -> false,
            (t, e) ->
                e.type().equals("LOITERING")
                    && t.mmsis().contains(e.mmsis().get(0))
                    && overlaps(t, e, TOL),
            "recall only: truth STS_TRANSFER with the receiver dark, matched by a LOITERING event of the"
                + " visible giver",
            misses,
            events));

    // dark periods
    BiPredicate<TruthEvent, EventRow> sameVesselTime =
        (t, e) ->
            e.type().equals("DARK_PERIOD")
                && t.mmsis().contains(e.mmsis().get(0))
                && overlaps(t, e, Duration.ofHours(1));
    ms.add(
        score(
            "deliberate dark periods",
            truth,
            t -> t.type().equals("DARK_PERIOD"),
            t -> seenBefore(firstSeen, t),
            events,
            e -> e.type().equals("DARK_PERIOD"),
            sameVesselTime,
            "truth DARK_PERIOD (observable: the vessel reported before it went dark); detections"
                + " DARK_PERIOD (all vessels); match = same MMSI, overlap within 1 h",
            misses));
    int coverageFlagged = 0;
    int coverage = 0;
    for (TruthEvent t : truth) {
      if (t.type().equals("COVERAGE_GAP")) {
        coverage++;
        for (EventRow e : events) {
          if (e.type().equals("DARK_PERIOD") && sameVesselTime.test(t, e)) {
            coverageFlagged++;
            break;
          }
        }
      }
    }
    ms.add(
        Metric.of(
            "innocent coverage gaps flagged dark (lower is better)",
            coverage,
            coverage,
            coverageFlagged,
            0,
            0,
            Double.NaN,
            Double.NaN,
            "truth COVERAGE_GAP confusers matched by a DARK_PERIOD detection (counted in the dark"
                + " precision above); 'found' = flagged"));

    // port calls at ports of interest
    Set<Integer> labelledVessels = new HashSet<>();
    List<TruthEvent> portTruth = new ArrayList<>();
    for (TruthEvent t : truth) {
      if (t.type().startsWith("PORT_CALL")) {
        labelledVessels.addAll(t.mmsis());
        portTruth.add(t);
      }
    }
    Predicate<TruthEvent> atInterest =
        t ->
            t.type().startsWith("PORT_CALL")
                && places
                    .nearest(t.latitude_deg(), t.longitude_deg(), PORT_MATCH_M, Place.Kind.PORT)
                    .map(n -> n.place().ofInterest())
                    .orElse(false);
    Predicate<EventRow> interestCall =
        e -> e.type().equals("PORT_CALL") && !e.detailString("interest").isEmpty();
    // in scope: calls of a vessel while the truth describes where it
    // was (a labelled port call, an event at a named port, or a spoofing window)
    List<TruthEvent> placed = new ArrayList<>();
    for (TruthEvent t : truth) {
      if (t.type().startsWith("PORT_CALL") || !t.port().isEmpty() || t.type().equals("SPOOFING")) {
        placed.add(t);
      }
    }
    Predicate<EventRow> portScope =
        e ->
            interestCall.test(e)
                && placed.stream()
                    .anyMatch(t -> t.mmsis().contains(e.mmsis().get(0)) && overlaps(t, e, TOL));
    BiPredicate<TruthEvent, EventRow> samePortCall =
        (t, e) ->
            interestCall.test(e)
                && t.mmsis().contains(e.mmsis().get(0))
                && overlaps(t, e, TOL)
                && Geo.fastDistance_m(
                        t.latitude_deg(), t.longitude_deg(), e.latitude_deg(), e.longitude_deg())
                    <= PORT_MATCH_M;
    Metric interest =
        score(
            "port calls at ports of interest",
            truth,
            atInterest,
            t -> t.ais().equals("VISIBLE"),
            List.of(),
            portScope,
            samePortCall,
            "truth PORT_CALL_* (visible) at a port tagged of interest; detections at ports of interest"
                + " overlapping a truth event that places the vessel (port call, event at a named"
                + " port, spoofing window); background calls are unlabelled; a detection is correct"
                + " when a truth event of the vessel at that port (within 10 km, or the same port"
                + " name) overlaps it within 2 h; calls while the MMSI is shared are not scored",
            misses,
            events);
    // a detection is also correct when it matches a non-port-call truth event at the same port
    int detected = 0;
    int correct = 0;
    for (EventRow e : events) {
      if (!portScope.test(e)) {
        continue;
      }
      detected++;
      boolean ok = false;
      for (TruthEvent t : placed) {
        if (!t.port().isEmpty() && (samePortCall.test(t, e) || samePortName(t, e))) {
          ok = true;
          break;
        }
      }
      if (ok) {
        correct++;
      } else if (sharedAt(truth, e)) {
        detected--; // the MMSI is shared then: the call may be the other hull's, not scored
      } else {
        misses.add(interest.name() + ": unmatched detection " + e.id() + " " + e.summary());
      }
    }
    ms.add(
        Metric.of(
            interest.name(),
            interest.truth(),
            interest.detectable(),
            interest.found(),
            detected,
            correct,
            interest.startError_min(),
            interest.endError_min(),
            interest.note()));
    ms.add(
        score(
            "port calls (all labelled)",
            truth,
            t -> t.type().startsWith("PORT_CALL"),
            t -> t.ais().equals("VISIBLE"),
            events,
            e -> false,
            (t, e) ->
                e.type().equals("PORT_CALL")
                    && t.mmsis().contains(e.mmsis().get(0))
                    && overlaps(t, e, TOL)
                    && Geo.fastDistance_m(
                            t.latitude_deg(),
                            t.longitude_deg(),
                            e.latitude_deg(),
                            e.longitude_deg())
                        <= PORT_MATCH_M,
            "recall only: every visible labelled port call",
            misses,
            events));

    // spoofing, shared MMSI, identity laundering
    ms.add(
        score(
            "spoofing",
            truth,
            t -> t.type().equals("SPOOFING"),
            t -> true,
            events,
            e -> e.type().equals("SPOOFING"),
            (t, e) ->
                e.type().equals("SPOOFING")
                    && t.mmsis().contains(e.mmsis().get(0))
                    && overlaps(t, e, TOL),
            "truth SPOOFING; detections SPOOFING (all vessels); match = same MMSI, overlap within 2 h",
            misses));
    ms.add(
        score(
            "shared MMSI",
            truth,
            t -> t.type().equals("SHARED_MMSI"),
            t -> true,
            events,
            e -> e.type().equals("SHARED_MMSI"),
            (t, e) ->
                e.type().equals("SHARED_MMSI")
                    && t.mmsis().contains(e.mmsis().get(0))
                    && overlaps(t, e, ID_TOL),
            "truth SHARED_MMSI; detections SHARED_MMSI (all vessels); match = same MMSI, overlap"
                + " within 6 h",
            misses));
    ms.add(
        score(
            "identity laundering",
            truth,
            t -> t.type().equals("IDENTITY_CHANGE"),
            t -> true,
            events,
            e ->
                e.type().equals("IDENTITY_CHANGE")
                    && !e.detailString("kind").equals("INVALID_IMO")
                    && !e.detailString("kind").equals("SHIP_TYPE"),
            (t, e) ->
                e.type().equals("IDENTITY_CHANGE")
                    && !e.detailString("kind").equals("INVALID_IMO")
                    && !e.detailString("kind").equals("SHIP_TYPE")
                    && e.mmsis().stream().anyMatch(t.mmsis()::contains)
                    && overlaps(t, e, ID_TOL),
            "truth IDENTITY_CHANGE; detections IDENTITY_CHANGE of name/call sign/IMO/MMSI kinds (all"
                + " vessels); match = a shared MMSI, overlap within 6 h",
            misses));
    ms.add(
        score(
            "draught change at labelled loading/discharge",
            truth,
            t -> t.type().startsWith("PORT_CALL") && t.hasVolume(),
            t -> t.ais().equals("VISIBLE"),
            events,
            e -> false,
            (t, e) ->
                e.type().equals("DRAUGHT_CHANGE")
                    && t.mmsis().contains(e.mmsis().get(0))
                    && overlaps(t, e, TOL),
            "recall only: visible labelled cargo port calls with a DRAUGHT_CHANGE inside",
            misses,
            events));
    return new Result(ms, misses);
  }

  private static Metric score(
      String name,
      List<TruthEvent> truth,
      Predicate<TruthEvent> isTruth,
      Predicate<TruthEvent> detectable,
      List<EventRow> events,
      Predicate<EventRow> inScope,
      BiPredicate<TruthEvent, EventRow> matches,
      String note,
      List<String> misses) {
    return score(name, truth, isTruth, detectable, events, inScope, matches, note, misses, events);
  }

  private static Metric score(
      String name,
      List<TruthEvent> truth,
      Predicate<TruthEvent> isTruth,
      Predicate<TruthEvent> detectable,
      List<EventRow> scoped,
      Predicate<EventRow> inScope,
      BiPredicate<TruthEvent, EventRow> matches,
      String note,
      List<String> misses,
      List<EventRow> all) {
    int nTruth = 0;
    int nDetectable = 0;
    int found = 0;
    List<Double> startErr = new ArrayList<>();
    List<Double> endErr = new ArrayList<>();
    List<TruthEvent> relevant = new ArrayList<>();
    for (TruthEvent t : truth) {
      if (!isTruth.test(t)) {
        continue;
      }
      nTruth++;
      relevant.add(t);
      if (!detectable.test(t)) {
        continue;
      }
      nDetectable++;
      EventRow best = null;
      for (EventRow e : all) {
        if (matches.test(t, e)
            && (best == null
                || Math.abs(Duration.between(t.start(), e.start()).toSeconds())
                    < Math.abs(Duration.between(t.start(), best.start()).toSeconds()))) {
          best = e;
        }
      }
      if (best != null) {
        found++;
        startErr.add(Math.abs(Duration.between(t.start(), best.start()).toSeconds()) / 60.0);
        endErr.add(Math.abs(Duration.between(t.end(), best.end()).toSeconds()) / 60.0);
      } else if (misses != null) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s: missed %s %s %s %s..%s (%s)",
                name,
                t.opId(),
                t.type(),
                t.mmsis(),
                t.start(),
                t.end(),
                t.ais()));
      }
    }
    int detected = 0;
    int correct = 0;
    for (EventRow e : scoped) {
      if (!inScope.test(e)) {
        continue;
      }
      detected++;
      boolean ok = false;
      for (TruthEvent t : relevant) {
        if (matches.test(t, e)) {
          ok = true;
          break;
        }
      }
      if (ok) {
        correct++;
      } else if (misses != null) {
        misses.add(name + ": unmatched detection " + e.id() + " " + e.summary());
      }
    }
    return Metric.of(
        name,
        nTruth,
        nDetectable,
        found,
        detected,
        correct,
        median(startErr),
        median(endErr),
        note);
  }

  private static boolean sharedAt(List<TruthEvent> truth, EventRow e) {
    for (TruthEvent t : truth) {
      if (t.type().equals("SHARED_MMSI")
          && t.mmsis().contains(e.mmsis().get(0))
          && overlaps(t, e, TOL)) {
        return true;
      }
    }
    return false;
  }

  /** Same vessel, overlapping, and the truth's port id and the detected place name agree. */
  private static boolean samePortName(TruthEvent t, EventRow e) {
    String a = t.port().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    String b = e.detailString("placeName").toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    return a.length() >= 5
        && b.length() >= 5
        && a.substring(0, 5).equals(b.substring(0, 5))
        && t.mmsis().contains(e.mmsis().get(0))
        && overlaps(t, e, TOL);
  }

  private static boolean overlaps(TruthEvent t, EventRow e, Duration tol) {
    return !e.end().isBefore(t.start().minus(tol)) && !e.start().isAfter(t.end().plus(tol));
  }

  private static boolean seenBefore(Map<Integer, Instant> firstSeen, TruthEvent t) {
    Instant f = firstSeen.get(t.mmsis().get(0));
    return f != null && f.isBefore(t.start());
  }

  private static double median(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    List<Double> c = new ArrayList<>(v);
    c.sort(null);
    int n = c.size();
    return n % 2 == 1 ? c.get(n / 2) : (c.get(n / 2 - 1) + c.get(n / 2)) / 2;
  }

  /** A fixed-width table of metrics. */
  public static String table(List<Metric> ms) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-52s %6s %6s %6s %6s %6s %9s %7s %6s %9s %9s%n",
            "event type",
            "truth",
            "detbl",
            "found",
            "det",
            "corr",
            "precision",
            "recall",
            "F1",
            "dStart_m",
            "dEnd_m"));
    for (Metric m : ms) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-52s %6d %6d %6d %6d %6d %9s %7s %6s %9s %9s%n",
              m.name(),
              m.truth(),
              m.detectable(),
              m.found(),
              m.detected(),
              m.correct(),
              f3(m.precision()),
              f3(m.recall()),
              f3(m.f1()),
              f0(m.startError_min()),
              f0(m.endError_min())));
    }
    return b.toString();
  }

  /** The metrics as a JSON array. */
  public static String json(List<Metric> ms) {
    StringBuilder b = new StringBuilder("[");
    for (Metric m : ms) {
      if (b.length() > 1) {
        b.append(",\n ");
      }
      b.append("{\"type\":")
          .append(Json.quote(m.name()))
          .append(",\"truth\":")
          .append(m.truth())
          .append(",\"detectable\":")
          .append(m.detectable())
          .append(",\"found\":")
          .append(m.found())
          .append(",\"detected\":")
          .append(m.detected())
          .append(",\"correct\":")
          .append(m.correct())
          .append(",\"precision\":")
          .append(Json.number(m.precision()))
          .append(",\"recall\":")
          .append(Json.number(m.recall()))
          .append(",\"f1\":")
          .append(Json.number(m.f1()))
          .append(",\"startError_min\":")
          .append(Json.number(m.startError_min()))
          .append(",\"endError_min\":")
          .append(Json.number(m.endError_min()))
          .append(",\"note\":")
          .append(Json.quote(m.note()))
          .append('}');
    }
    return b.append("]").toString();
  }

  /** Parses a truth file's text. */
  @SuppressWarnings("unchecked")
  public static List<TruthEvent> readTruth(String text) {
    return TruthEvent.read((Map<String, Object>) Json.parse(text));
  }

  /**
   * The detected events that begin inside the simulated period of a truth file (its top-level
   * {@code start} and {@code end}): a store may hold other data beside the simulation (the demo
   * loads a 2019 sample next to the simulated year), and those events are not the truth's to judge.
   *
   * @throws IllegalArgumentException when the truth has no readable period
   */
  @SuppressWarnings("unchecked")
  public static List<EventRow> inSimulatedPeriod(String truthText, List<EventRow> rows) {
    Map<String, Object> root = (Map<String, Object>) Json.parse(truthText);
    Instant start;
    Instant end;
    try {
      start = Instant.parse(String.valueOf(root.get("start")));
      end = Instant.parse(String.valueOf(root.get("end")));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("no simulated period (start, end) in the truth file");
    }
    return rows.stream()
        .filter(r -> !r.start().isBefore(start) && r.start().isBefore(end))
        .toList();
  }

  private static String f3(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String f0(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.0f", d);
  }
}
