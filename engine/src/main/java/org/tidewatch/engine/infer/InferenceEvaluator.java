package org.tidewatch.engine.infer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.risk.RiskScore;

/**
 * Scores inference against simulator truth: every labelled delivery found, barrels per delivery
 * within ± 20 %, the yearly total within ± 10 %, and evasion vessels ranked above clean ones (ROC
 * AUC of the risk score; 1.0 = every evasion vessel above every clean one). Matching rules are in
 * README.md.
 */
public final class InferenceEvaluator {
  /** A delivery matches an operation it involves from this long before the operation's start... */
  static final Duration MATCH_BEFORE = Duration.ofDays(3);

  /** ...to this long after its end (an STS operation ends at the transfer; discharge follows). */
  static final Duration MATCH_AFTER = Duration.ofDays(7);

  private InferenceEvaluator() {}

  /**
   * One matched (or missed) labelled delivery.
   *
   * @param opId the operation
   * @param truthBarrels truth
   * @param inferredBarrels central estimate (NaN when missed)
   * @param low low bound
   * @param high high bound
   * @param deliveryId the matched delivery (empty when missed)
   * @param method volume method
   */
  public record Match(
      String opId,
      double truthBarrels,
      double inferredBarrels,
      double low,
      double high,
      String deliveryId,
      String method) {
    /** Relative error of the central estimate. */
    public double error() {
      return (inferredBarrels - truthBarrels) / truthBarrels;
    }
  }

  /**
   * The scores of one run.
   *
   * @param labelled labelled deliveries
   * @param found of them found
   * @param within20 of the found, central estimate within ± 20 %
   * @param withinBounds of the found, truth within [low, high]
   * @param truthTotal truth barrels (sum over labelled deliveries)
   * @param inferredTotal inferred refined barrels, all deliveries of the year(s)
   * @param extra inferred refined deliveries not matched to a labelled one
   * @param extraLines what they are
   * @param matches per labelled delivery
   * @param evasionVessels evasion vessels ranked
   * @param cleanVessels clean vessels ranked
   * @param auc ROC AUC of the risk score, evasion vs clean
   * @param allAbove every evasion vessel scored above every clean one
   * @param worstEvasion lowest-scoring evasion vessel and its score
   * @param bestClean highest-scoring clean vessel and its score
   * @param coalRuns labelled coal runs
   * @param coalFound of them found as coal exports
   */
  public record Scores(
      int labelled,
      int found,
      int within20,
      int withinBounds,
      double truthTotal,
      double inferredTotal,
      int extra,
      List<String> extraLines,
      List<Match> matches,
      int evasionVessels,
      int cleanVessels,
      double auc,
      boolean allAbove,
      String worstEvasion,
      String bestClean,
      int coalRuns,
      int coalFound) {

    /** Inferred total over truth total, minus one. */
    public double totalError() {
      return truthTotal == 0 ? Double.NaN : inferredTotal / truthTotal - 1;
    }

    /** Fraction of found deliveries within ± 20 % (of all labelled: a missed one counts as out). */
    public double fractionWithin20() {
      return labelled == 0 ? Double.NaN : within20 / (double) labelled;
    }
  }

  /** Evaluates. {@code registryMmsis}: every hull of the simulation (for the clean set). */
  public static Scores evaluate(
      List<TruthOps> ops,
      List<Delivery> deliveries,
      List<RiskScore> risk,
      Set<Integer> registryMmsis) {
    List<Delivery> oil =
        deliveries.stream().filter(d -> d.commodity() == Commodity.REFINED).toList();
    Set<String> used = new HashSet<>();
    List<Match> matches = new ArrayList<>();
    int found = 0;
    int within = 0;
    int inBounds = 0;
    double truthTotal = 0;
    for (TruthOps op : ops) {
      if (!op.labelledDelivery()) {
        continue;
      }
      truthTotal += op.barrels();
      Delivery best = best(op, oil, used);
      if (best == null) {
        matches.add(new Match(op.id(), op.barrels(), Double.NaN, Double.NaN, Double.NaN, "", ""));
        continue;
      }
      used.add(best.id());
      found++;
      Match m =
          new Match(
              op.id(),
              op.barrels(),
              best.volume().central(),
              best.volume().low(),
              best.volume().high(),
              best.id(),
              best.volume().method().name());
      matches.add(m);
      if (Math.abs(m.error()) <= 0.20) {
        within++;
      }
      if (op.barrels() >= m.low() - 1e-6 && op.barrels() <= m.high() + 1e-6) {
        inBounds++;
      }
    }
    double inferredTotal = 0;
    List<String> extraLines = new ArrayList<>();
    for (Delivery d : oil) {
      inferredTotal += d.volume().central();
      if (!used.contains(d.id())) {
        String near = "";
        for (TruthOps op : ops) {
          if (involves(op, d) && near(op, d)) {
            near = " (overlaps " + op.id() + ", not a labelled delivery)";
          }
        }
        extraLines.add(
            String.format(
                Locale.ROOT, "%s %s %,.0f bbl%s", d.id(), d.mode(), d.volume().central(), near));
      }
    }
    // coal
    int coal = 0;
    int coalFound = 0;
    for (TruthOps op : ops) {
      if (op.type().equals("COAL_RUN")) {
        coal++;
        for (Delivery d : deliveries) {
          if (d.commodity() == Commodity.COAL && involves(op, d) && near(op, d)) {
            coalFound++;
            break;
          }
        }
      }
    }
    // ranking
    Set<Integer> evasion = new HashSet<>();
    Set<Integer> victims = new HashSet<>();
    Set<Integer> inOps = new HashSet<>();
    for (TruthOps op : ops) {
      for (TruthOps.Participant p : op.participants()) {
        inOps.add(p.mmsi());
        if (p.role().equals("VICTIM")) {
          victims.add(p.mmsi());
        } else if (op.evasion()) {
          evasion.add(p.mmsi());
        }
      }
    }
    Map<Integer, RiskScore> byMmsi = new HashMap<>();
    for (RiskScore r : risk) {
      for (int m : r.mmsis()) {
        byMmsi.put(m, r);
      }
    }
    List<Double> ev = new ArrayList<>();
    List<Double> cl = new ArrayList<>();
    String worst = "";
    double worstS = Double.MAX_VALUE;
    String bestC = "";
    double bestS = -1;
    for (TruthOps op : ops) {
      if (!op.evasion()) {
        continue;
      }
      for (TruthOps.Participant p : op.participants()) {
        if (p.role().equals("VICTIM") || !evasion.contains(p.mmsi())) {
          continue;
        }
        double s = 0;
        for (int m : p.broadcast()) {
          RiskScore r = byMmsi.get(m);
          if (r != null) {
            s = Math.max(s, r.score());
          }
        }
        ev.add(s);
        if (s < worstS) {
          worstS = s;
          worst = String.format(Locale.ROOT, "%s %s %d: %.1f", op.id(), p.role(), p.mmsi(), s);
        }
      }
    }
    for (int m : registryMmsis) {
      if (evasion.contains(m) || victims.contains(m)) {
        continue;
      }
      RiskScore r = byMmsi.get(m);
      double s = r == null ? 0 : r.score();
      cl.add(s);
      if (s > bestS) {
        bestS = s;
        bestC =
            String.format(Locale.ROOT, "%d%s: %.1f", m, inOps.contains(m) ? " (confuser)" : "", s);
      }
    }
    double auc = auc(ev, cl);
    boolean all = worstS > bestS;
    return new Scores(
        matches.size(),
        found,
        within,
        inBounds,
        truthTotal,
        inferredTotal,
        extraLines.size(),
        extraLines,
        matches,
        ev.size(),
        cl.size(),
        auc,
        all,
        worst,
        bestC,
        coal,
        coalFound);
  }

  private static Delivery best(TruthOps op, List<Delivery> oil, Set<String> used) {
    Delivery best = null;
    long bestD = Long.MAX_VALUE;
    for (Delivery d : oil) {
      if (used.contains(d.id()) || !involves(op, d) || !near(op, d)) {
        continue;
      }
      long mid = (op.start().getEpochSecond() + op.end().getEpochSecond()) / 2;
      long dd = Math.abs(d.deliveredAt().getEpochSecond() - mid);
      if (dd < bestD) {
        bestD = dd;
        best = d;
      }
    }
    return best;
  }

  private static boolean involves(TruthOps op, Delivery d) {
    List<Integer> ms = op.mmsis();
    for (int v : d.vessels()) {
      if (ms.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(TruthOps op, Delivery d) {
    return !d.deliveredAt().isBefore(op.start().minus(MATCH_BEFORE))
        && !d.deliveredAt().isAfter(op.end().plus(MATCH_AFTER));
  }

  /** Mann-Whitney AUC: P(evasion > clean) + ½ P(tie). */
  static double auc(List<Double> pos, List<Double> neg) {
    if (pos.isEmpty() || neg.isEmpty()) {
      return Double.NaN;
    }
    double s = 0;
    for (double p : pos) {
      for (double n : neg) {
        s += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return s / ((double) pos.size() * neg.size());
  }
}
