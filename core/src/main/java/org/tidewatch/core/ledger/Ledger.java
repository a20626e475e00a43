package org.tidewatch.core.ledger;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.LadenScenario;
import org.tidewatch.core.delivery.VolumeEstimate;

/**
 * One commodity's ledger for one calendar year (UTC): the inferred deliveries with their cumulative
 * totals under every {@link Scenario}, the date each scenario passed the cap, and the reported
 * figures beside them (never added to the inferred ones).
 *
 * @param year the calendar year
 * @param commodity the commodity (its cap and unit)
 * @param lines one line per delivery, in date order, with cumulative totals
 * @param totals the year's total per scenario
 * @param capPassed the day the cumulative total first exceeded the cap, per scenario (empty: not
 *     passed; for a zero cap, the first delivery)
 * @param unquantified deliveries counted but without a volume
 * @param reported the reported figures of the same year and commodity, with their cumulative total
 */
public record Ledger(
    int year,
    Commodity commodity,
    List<Line> lines,
    Map<Scenario, Double> totals,
    Map<Scenario, Optional<LocalDate>> capPassed,
    int unquantified,
    Reported reported) {

  /**
   * A delivery in the ledger.
   *
   * @param date delivery day (UTC)
   * @param delivery the delivery
   * @param values its volume per scenario
   * @param cumulative the cumulative total per scenario after it
   */
  public record Line(
      LocalDate date,
      Delivery delivery,
      Map<Scenario, Double> values,
      Map<Scenario, Double> cumulative) {}

  /**
   * Reported figures.
   *
   * @param entries the reported deliveries of the year
   * @param cumulative the cumulative reported quantity after each entry
   * @param total the year's reported total
   * @param capPassed when the reported total passed the cap
   */
  public record Reported(
      List<ReportedDelivery> entries,
      List<Double> cumulative,
      double total,
      Optional<LocalDate> capPassed) {}

  /** The cap (in {@link Commodity#unit}). */
  public double cap() {
    return commodity.yearlyCap;
  }

  /** Number of deliveries counted. */
  public int deliveries() {
    return lines.size();
  }

  /** Inferred central total minus the reported total. */
  public double inferredMinusReported() {
    return totals.get(Scenario.CENTRAL) - reported.total();
  }

  /** Builds the ledger from all deliveries (those of other years or commodities are left out). */
  public static Ledger build(
      int year, Commodity commodity, List<Delivery> deliveries, List<ReportedDelivery> reported) {
    List<Delivery> ds =
        deliveries.stream()
            .filter(d -> d.commodity() == commodity)
            .filter(d -> d.deliveredAt().atZone(ZoneOffset.UTC).getYear() == year)
            .sorted(Comparator.comparing(Delivery::deliveredAt).thenComparing(Delivery::id))
            .toList();
    Map<Scenario, Double> run = new EnumMap<>(Scenario.class);
    Map<Scenario, Optional<LocalDate>> passed = new EnumMap<>(Scenario.class);
    for (Scenario s : Scenario.values()) {
      run.put(s, 0.0);
      passed.put(s, Optional.empty());
    }
    List<Line> lines = new ArrayList<>();
    int unq = 0;
    for (Delivery d : ds) {
      LocalDate day = d.deliveredAt().atZone(ZoneOffset.UTC).toLocalDate();
      Map<Scenario, Double> v = values(d.volume());
      if (!d.volume().quantified()) {
        unq++;
      }
      Map<Scenario, Double> cum = new EnumMap<>(Scenario.class);
      for (Scenario s : Scenario.values()) {
        double c = run.get(s) + v.get(s);
        run.put(s, c);
        cum.put(s, c);
        if (passed.get(s).isEmpty() && exceeds(c, commodity.yearlyCap, d.volume().quantified())) {
          passed.put(s, Optional.of(day));
        }
      }
      lines.add(new Line(day, d, v, cum));
    }
    List<ReportedDelivery> rs =
        reported.stream()
            .filter(r -> r.commodity() == commodity && r.date().getYear() == year)
            .sorted(Comparator.comparing(ReportedDelivery::date))
            .toList();
    List<Double> rc = new ArrayList<>();
    double rt = 0;
    Optional<LocalDate> rp = Optional.empty();
    for (ReportedDelivery r : rs) {
      rt += r.quantity();
      rc.add(rt);
      if (rp.isEmpty() && exceeds(rt, commodity.yearlyCap, true)) {
        rp = Optional.of(r.date());
      }
    }
    return new Ledger(
        year,
        commodity,
        List.copyOf(lines),
        Map.copyOf(run),
        Map.copyOf(passed),
        unq,
        new Reported(rs, List.copyOf(rc), rt, rp));
  }

  /** A delivery's volume under each scenario. */
  static Map<Scenario, Double> values(VolumeEstimate v) {
    Map<Scenario, Double> m = new EnumMap<>(Scenario.class);
    m.put(Scenario.CENTRAL, v.central());
    m.put(Scenario.LOW, v.low());
    m.put(Scenario.HIGH, v.high());
    for (Scenario s : List.of(Scenario.ONE_THIRD, Scenario.HALF, Scenario.NINETY_PERCENT)) {
      LadenScenario l = s.laden();
      // without a capacity the scenario cannot be applied: the estimate stands in for it
      m.put(s, v.scenario(l).orElse(v.central()));
    }
    return m;
  }

  /** Over the cap; a zero cap (coal) is passed by any delivery, quantified or not. */
  private static boolean exceeds(double total, double cap, boolean quantified) {
    return cap == 0 ? (quantified || total >= 0) : total > cap;
  }
}
