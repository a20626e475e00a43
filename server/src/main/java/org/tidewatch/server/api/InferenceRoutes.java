package org.tidewatch.server.api;

import static org.tidewatch.server.auth.Role.ADMIN;
import static org.tidewatch.server.auth.Role.ANALYST;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.risk.RiskScore;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.data.DerivedAccess;
import org.tidewatch.server.data.Workspace;

/** Deliveries (lists, one with its evidence), the yearly ledger and vessel risk. */
final class InferenceRoutes {
  private static final Map<String, Comparator<InferenceDto.Delivery>> DELIVERY_SORTS =
      new LinkedHashMap<>();
  private static final Map<String, Comparator<InferenceDto.RiskEntry>> RISK_SORTS =
      new LinkedHashMap<>();

  static {
    DELIVERY_SORTS.put(
        "deliveredAt",
        Comparator.comparing(InferenceDto.Delivery::deliveredAt)
            .thenComparing(InferenceDto.Delivery::id));
    DELIVERY_SORTS.put(
        "central",
        Comparator.comparing((InferenceDto.Delivery d) -> d.central() == null ? 0.0 : d.central())
            .thenComparing(InferenceDto.Delivery::id));
    DELIVERY_SORTS.put(
        "confidence",
        Comparator.comparingDouble(InferenceDto.Delivery::confidence)
            .thenComparing(InferenceDto.Delivery::id));
    DELIVERY_SORTS.put(
        "mode",
        Comparator.comparing(InferenceDto.Delivery::mode)
            .thenComparing(InferenceDto.Delivery::deliveredAt));
    RISK_SORTS.put("score", Comparator.comparingInt(e -> -e.rank()));
    RISK_SORTS.put("rank", Comparator.comparingInt(InferenceDto.RiskEntry::rank));
    RISK_SORTS.put(
        "vessel",
        Comparator.comparing(InferenceDto.RiskEntry::vessel)
            .thenComparingInt(InferenceDto.RiskEntry::rank));
    RISK_SORTS.put(
        "name",
        Comparator.comparing(InferenceDto.RiskEntry::name)
            .thenComparingInt(InferenceDto.RiskEntry::rank));
  }

  private final Workspace ws;

  InferenceRoutes(Workspace ws) {
    this.ws = ws;
  }

  void declare(ApiDoc api) {
    api.get("/api/v1/deliveries", "listDeliveries")
        .tag("deliveries")
        .summary("Inferred deliveries the caller may see, filtered by vessel, time and product")
        .roles(ANALYST, ADMIN)
        .query("vessel", "integer", "Only deliveries this MMSI carried or handed over.")
        .query("from", "string", "Delivered at or after this instant.")
        .query("to", "string", "Delivered before this instant.")
        .query(
            "product",
            "string",
            "Commodity (refined, crude, coal) or product (DIESEL, REFINED_UNSPECIFIED, ...).")
        .paged("deliveredAt, central, confidence, mode")
        .returns("DeliveryPage")
        .handle(this::list);
    api.get("/api/v1/deliveries/{id}", "getDelivery")
        .tag("deliveries")
        .summary("One delivery with the events and reports it rests on")
        .roles(ANALYST, ADMIN)
        .path("id", "string", "The delivery id (DLV:mmsi:epochSecond).")
        .returns("DeliveryDetail")
        .handle(this::one);
    api.get("/api/v1/vessels/{mmsi}/deliveries", "listVesselDeliveries")
        .tag("deliveries")
        .summary("The deliveries a vessel carried or handed over")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .paged("deliveredAt, central, confidence, mode")
        .returns("DeliveryPage")
        .handle(this::forVessel);
    api.get("/api/v1/ledger", "getLedger")
        .tag("deliveries")
        .summary("The yearly ledger against the cap: counts, bounds, cumulative series, cap dates")
        .roles(ANALYST, ADMIN)
        .query("year", "integer", "Calendar year (UTC); default the latest with a delivery.")
        .query("product", "string", "Commodity: refined (default), crude or coal.")
        .returns("Ledger")
        .handle(this::ledger);
    api.get("/api/v1/risk", "listRisk")
        .tag("risk")
        .summary("Vessels ranked by risk score (from what the caller may see)")
        .roles(ANALYST, ADMIN)
        .query("min", "number", "Only scores at or above this (0-100).")
        .paged("score, rank, vessel, name")
        .returns("RiskPage")
        .handle(this::ranking);
    api.get("/api/v1/vessels/{mmsi}/risk", "getVesselRisk")
        .tag("risk")
        .summary("A vessel's risk score with its factors, weights and evidence")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .returns("Risk")
        .handle(this::vesselRisk);
  }

  private InferenceDto.Delivery dto(Delivery d) {
    return InferenceDto.Delivery.of(d, ws.derived().markings(d));
  }

  private void list(Context ctx) {
    Principal p = Auth.principal(ctx);
    Optional<Integer> vessel = Params.optionalInt(ctx, "vessel");
    Optional<Instant> from = Params.instant(ctx, "from");
    Optional<Instant> to = Params.instant(ctx, "to");
    String product = Optional.ofNullable(ctx.queryParam("product")).orElse("").strip();
    String prod = product.toUpperCase(Locale.ROOT);
    if (!prod.isEmpty() && !isCommodity(prod) && !isProduct(prod)) {
      throw Problem.badRequest(
          "product must be a commodity (refined, crude, coal) or a product, got '" + product + "'");
    }
    Paging paging = Paging.of(ctx, "deliveredAt");
    List<InferenceDto.Delivery> out = new ArrayList<>();
    for (Delivery d : ws.derived().view(p).deliveries()) {
      if (vessel.isPresent() && !d.vessels().contains(vessel.get())) {
        continue;
      }
      if (from.isPresent() && d.deliveredAt().isBefore(from.get())) {
        continue;
      }
      if (to.isPresent() && !d.deliveredAt().isBefore(to.get())) {
        continue;
      }
      if (!prod.isEmpty()
          && !d.commodity().name().equals(prod)
          && !d.volume().product().name().equals(prod)) {
        continue;
      }
      out.add(dto(d));
    }
    ctx.json(paging.apply(out, DELIVERY_SORTS));
  }

  private static boolean isCommodity(String s) {
    for (Commodity c : Commodity.values()) {
      if (c.name().equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProduct(String s) {
    for (org.tidewatch.core.delivery.Product c : org.tidewatch.core.delivery.Product.values()) {
      if (c.name().equals(s)) {
        return true;
      }
    }
    return false;
  }

  private void one(Context ctx) {
    Principal p = Auth.principal(ctx);
    String id = ctx.pathParam("id");
    DerivedAccess.View v = ws.derived().view(p);
    Delivery d = v.deliveriesById().get(id);
    if (d == null) {
      throw Problem.notFound("no delivery " + id);
    }
    List<InferenceDto.EvidenceEvent> events = new ArrayList<>();
    for (String eid : d.eventIds()) {
      DetectedEvent e = v.events().get(eid);
      if (e != null) {
        events.add(InferenceDto.EvidenceEvent.of(e, ws.derived().eventMarkings(eid)));
      }
    }
    ctx.json(
        new InferenceDto.DeliveryDetail(
            dto(d), events, d.evidence().stream().map(InferenceDto.Report::of).toList()));
  }

  private void forVessel(Context ctx) {
    Principal p = Auth.principal(ctx);
    int mmsi = Params.mmsi(ctx);
    if (ws.vessels().find(p, mmsi).isEmpty()) {
      throw Problem.notFound("no vessel " + mmsi);
    }
    Paging paging = Paging.of(ctx, "deliveredAt");
    List<InferenceDto.Delivery> out =
        ws.derived().view(p).deliveries().stream()
            .filter(d -> d.vessels().contains(mmsi))
            .map(this::dto)
            .toList();
    ctx.json(paging.apply(out, DELIVERY_SORTS));
  }

  private void ledger(Context ctx) {
    Principal p = Auth.principal(ctx);
    String product = Optional.ofNullable(ctx.queryParam("product")).orElse("refined").strip();
    Commodity c;
    try {
      c = Commodity.parse(product.isEmpty() ? "refined" : product);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("product must be refined, crude or coal, got '" + product + "'");
    }
    List<Integer> years = ws.derived().years(p, c);
    int dflt = years.isEmpty() ? Instant.now().atZone(ZoneOffset.UTC).getYear() : years.get(0);
    int year = Params.intParam(ctx, "year", dflt);
    if (year < 1900 || year > 2200) {
      throw Problem.badRequest("year must be 1900 to 2200, got " + year);
    }
    ctx.json(InferenceDto.LedgerView.of(ws.derived().ledger(p, year, c), years));
  }

  private void ranking(Context ctx) {
    Principal p = Auth.principal(ctx);
    double min = Params.doubleParam(ctx, "min", 0);
    Paging paging = Paging.of(ctx, "rank");
    List<RiskScore> all = ws.derived().view(p).risk();
    List<InferenceDto.RiskEntry> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).score() >= min) {
        out.add(InferenceDto.RiskEntry.of(i + 1, all.get(i)));
      }
    }
    ctx.json(paging.apply(out, RISK_SORTS));
  }

  private void vesselRisk(Context ctx) {
    Principal p = Auth.principal(ctx);
    int mmsi = Params.mmsi(ctx);
    if (ws.vessels().find(p, mmsi).isEmpty()) {
      throw Problem.notFound("no vessel " + mmsi);
    }
    DerivedAccess.View v = ws.derived().view(p);
    RiskScore s = v.riskByMmsi().get(mmsi);
    if (s == null) {
      ctx.json(
          InferenceDto.Risk.of(
              mmsi, null, new RiskScore("MMSI " + mmsi, "", List.of(mmsi), 0, List.of())));
      return;
    }
    ctx.json(InferenceDto.Risk.of(mmsi, v.risk().indexOf(s) + 1, s));
  }
}
