package org.tidewatch.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.ledger.Ledger;
import org.tidewatch.core.ledger.ReportedDelivery;
import org.tidewatch.core.ledger.Scenario;
import org.tidewatch.core.risk.RiskScore;

/**
 * The JSON shapes of deliveries, the ledger and risk (described in {@code openapi-base.json}).
 * Quantities are in the commodity's unit (barrels, or tonnes for coal); NaN becomes null.
 */
final class InferenceDto {
  private InferenceDto() {}

  static @Nullable Double num(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Delivery(
      String id,
      String mode,
      String commodity,
      String product,
      @Nullable Integer carrier,
      @Nullable Integer giver,
      String loadingPlace,
      @Nullable String loadedAt,
      @Nullable String transferPlace,
      String dischargePlace,
      String deliveredAt,
      @Nullable Double latitude_deg,
      @Nullable Double longitude_deg,
      @Nullable Double central,
      @Nullable Double low,
      @Nullable Double high,
      String unit,
      @Nullable Double tonnes,
      String method,
      String basis,
      double confidence,
      List<String> reasons,
      List<String> eventIds,
      List<String> markings) {

    static Delivery of(org.tidewatch.core.delivery.Delivery d, Set<String> markings) {
      var v = d.volume();
      return new Delivery(
          d.id(),
          d.mode().name(),
          d.commodity().name(),
          v.product().name(),
          d.carrier().isPresent() ? d.carrier().getAsInt() : null,
          d.giver().isPresent() ? d.giver().getAsInt() : null,
          d.loadingPlace(),
          d.loadedAt().map(Object::toString).orElse(null),
          d.transferPlace().orElse(null),
          d.dischargePlace(),
          d.deliveredAt().toString(),
          num(d.latitude_deg()),
          num(d.longitude_deg()),
          num(v.central()),
          num(v.low()),
          num(v.high()),
          d.commodity().unit.symbol,
          num(v.tonnes()),
          v.method().name(),
          v.basis(),
          d.confidence(),
          d.reasons(),
          d.eventIds(),
          markings.stream().sorted().toList());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Report(
      int mmsi,
      String time,
      @Nullable Double latitude_deg,
      @Nullable Double longitude_deg,
      String role,
      String source,
      long line,
      @Nullable String contentHash) {
    static Report of(org.tidewatch.core.detect.Evidence e) {
      return new Report(
          e.mmsi(),
          e.time().toString(),
          num(e.latitude_deg()),
          num(e.longitude_deg()),
          e.role(),
          e.source(),
          e.line(),
          e.contentHash().isPresent()
              ? org.tidewatch.core.detect.EventCodec.hash(e.contentHash().getAsLong())
              : null);
    }
  }

  /** An event a delivery rests on (with the markings that decide who sees the delivery). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EvidenceEvent(
      String id,
      String type,
      List<Integer> mmsis,
      String start,
      String end,
      @Nullable Double latitude_deg,
      @Nullable Double longitude_deg,
      double confidence,
      String summary,
      List<String> markings) {
    static EvidenceEvent of(DetectedEvent e, Set<String> markings) {
      return new EvidenceEvent(
          e.id(),
          e.type().name(),
          e.mmsis(),
          e.start().toString(),
          e.end().toString(),
          num(e.latitude_deg()),
          num(e.longitude_deg()),
          e.confidence(),
          e.summary(),
          markings.stream().sorted().toList());
    }
  }

  record DeliveryDetail(Delivery delivery, List<EvidenceEvent> events, List<Report> evidence) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LedgerLine(
      String date,
      String deliveryId,
      String mode,
      @Nullable Integer carrier,
      @Nullable Integer giver,
      String method,
      double confidence,
      boolean quantified,
      Map<String, Double> values,
      Map<String, Double> cumulative) {}

  record ReportedEntry(
      String date, double quantity, String reporter, String source, double cumulative) {}

  record Reported(double total, @Nullable String capPassed, List<ReportedEntry> entries) {}

  record LedgerView(
      int year,
      String commodity,
      String unit,
      double cap,
      String capSource,
      String from,
      String to,
      int deliveries,
      int unquantified,
      Map<String, String> scenarios,
      Map<String, Double> totals,
      Map<String, @Nullable String> capPassed,
      List<LedgerLine> lines,
      Reported reported,
      double inferredMinusReported,
      List<Integer> years) {

    static LedgerView of(Ledger l, List<Integer> years) {
      Map<String, String> labels = new LinkedHashMap<>();
      Map<String, Double> totals = new LinkedHashMap<>();
      Map<String, @Nullable String> passed = new LinkedHashMap<>();
      for (Scenario s : Scenario.values()) {
        labels.put(s.name(), s.label);
        totals.put(s.name(), l.totals().get(s));
        passed.put(s.name(), l.capPassed().get(s).map(Object::toString).orElse(null));
      }
      List<LedgerLine> lines =
          l.lines().stream()
              .map(
                  x ->
                      new LedgerLine(
                          x.date().toString(),
                          x.delivery().id(),
                          x.delivery().mode().name(),
                          x.delivery().carrier().isPresent()
                              ? x.delivery().carrier().getAsInt()
                              : null,
                          x.delivery().giver().isPresent() ? x.delivery().giver().getAsInt() : null,
                          x.delivery().volume().method().name(),
                          x.delivery().confidence(),
                          x.delivery().volume().quantified(),
                          byName(x.values()),
                          byName(x.cumulative())))
              .toList();
      Ledger.Reported r = l.reported();
      java.util.ArrayList<ReportedEntry> entries = new java.util.ArrayList<>();
      for (int i = 0; i < r.entries().size(); i++) {
        ReportedDelivery e = r.entries().get(i);
        entries.add(
            new ReportedEntry(
                e.date().toString(),
                e.quantity(),
                e.reporter(),
                e.source(),
                r.cumulative().get(i)));
      }
      return new LedgerView(
          l.year(),
          l.commodity().name(),
          l.commodity().unit.symbol,
          l.cap(),
          l.commodity().source,
          l.year() + "-01-01",
          l.year() + "-12-31",
          l.deliveries(),
          l.unquantified(),
          labels,
          totals,
          passed,
          lines,
          new Reported(
              r.total(), r.capPassed().map(Object::toString).orElse(null), List.copyOf(entries)),
          l.inferredMinusReported(),
          years);
    }

    private static Map<String, Double> byName(Map<Scenario, Double> m) {
      Map<String, Double> out = new LinkedHashMap<>();
      for (Scenario s : Scenario.values()) {
        out.put(s.name(), Optional.ofNullable(m.get(s)).orElse(0.0));
      }
      return out;
    }
  }

  record RiskEntry(
      int rank, String vessel, String name, List<Integer> mmsis, double score, List<String> top) {
    static RiskEntry of(int rank, RiskScore s) {
      return new RiskEntry(
          rank,
          s.vessel(),
          s.name(),
          s.mmsis(),
          s.score(),
          s.factors().stream().limit(3).map(f -> f.factor().label).toList());
    }
  }

  record Factor(
      String factor,
      String label,
      double weight,
      double strength,
      double points,
      List<String> evidence) {}

  record Risk(
      int mmsi,
      @Nullable Integer rank,
      String vessel,
      String name,
      List<Integer> mmsis,
      double score,
      List<Factor> factors,
      String explanation) {
    static Risk of(int mmsi, @Nullable Integer rank, RiskScore s) {
      return new Risk(
          mmsi,
          rank,
          s.vessel(),
          s.name(),
          s.mmsis(),
          s.score(),
          s.factors().stream()
              .map(
                  f ->
                      new Factor(
                          f.factor().name(),
                          f.factor().label,
                          f.weight(),
                          f.strength(),
                          f.points(),
                          f.evidence()))
              .toList(),
          s.explanation());
    }
  }
}
