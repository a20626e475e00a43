package org.tidewatch.server.api;

import static org.tidewatch.server.auth.Role.ADMIN;
import static org.tidewatch.server.auth.Role.ANALYST;
import static org.tidewatch.server.auth.Role.SCREENING;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.sanctions.match.ScreeningQuery;
import org.tidewatch.server.data.VesselAccess;
import org.tidewatch.server.data.Workspace;

/**
 * Sanctions screening (single and batch, with per-feature explanations), the listed entities, and a
 * vessel's matches. Sanctions lists are published documents: they carry no marking.
 */
final class ScreeningRoutes {
  /** The largest batch. */
  static final int MAX_BATCH = 1000;

  private static final Map<String, Comparator<Dto.Entity>> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put(
        "caption",
        Comparator.comparing(Dto.Entity::caption, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Dto.Entity::id));
    SORTS.put("id", Comparator.comparing(Dto.Entity::id));
  }

  private final Workspace ws;

  ScreeningRoutes(Workspace ws) {
    this.ws = ws;
  }

  void declare(ApiDoc api) {
    api.post("/api/v1/screening", "screen")
        .tag("screening")
        .summary("Screen one vessel, company or person against the sanctions lists in force")
        .roles(SCREENING, ANALYST, ADMIN)
        .body("ScreeningRequest")
        .returns("ScreeningResult")
        .handle(this::screen);
    api.post("/api/v1/screening/batch", "screenBatch")
        .tag("screening")
        .summary("Screen up to 1,000 counterparties in one request")
        .roles(SCREENING, ANALYST, ADMIN)
        .body("BatchRequest")
        .returns("BatchResult")
        .handle(this::batch);
    api.get("/api/v1/sanctions/entities", "listSanctionsEntities")
        .tag("sanctions")
        .summary("Listed parties (merged across lists), searchable by name")
        .roles(ANALYST, ADMIN)
        .query("q", "string", "Part of any name, or an IMO number.")
        .query("type", "string", "VESSEL, COMPANY, PERSON, ...")
        .paged("caption, id")
        .returns("EntityPage")
        .handle(this::entities);
    api.get("/api/v1/sanctions/entities/{id}", "getSanctionsEntity")
        .tag("sanctions")
        .summary("One listed party with every list entry that names it")
        .roles(ANALYST, ADMIN)
        .path("id", "string", "The merged entity id.")
        .returns("Entity")
        .handle(this::entity);
    api.get("/api/v1/vessels/{mmsi}/sanctions", "listVesselSanctionsMatches")
        .tag("vessels")
        .summary("Listed parties matching any name, IMO number, call sign or the MMSI it used")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .returns("VesselMatchList")
        .handle(this::vesselMatches);
  }

  private Screener screener() {
    return ws.screener()
        .orElseThrow(
            () ->
                Problem.unavailable(
                    "no sanctions lists are loaded (run: tidewatch sanctions ingest FILE...)"));
  }

  private static ScreeningQuery query(Dto.ScreeningRequest r) {
    Optional<EntityType> type = Optional.empty();
    if (r.type() != null && !r.type().isBlank()) {
      try {
        type = Optional.of(EntityType.valueOf(r.type().strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw Problem.badRequest("unknown type '" + r.type() + "'");
      }
    }
    ScreeningQuery q =
        new ScreeningQuery(
            text(r.name()),
            text(r.imo()),
            text(r.mmsi()),
            text(r.callSign()),
            type,
            text(r.country()),
            text(r.birthDate()));
    if (q.name().isEmpty() && q.imo().isEmpty() && q.mmsi().isEmpty() && q.callSign().isEmpty()) {
      throw Problem.badRequest("give a name, imo, mmsi or callSign");
    }
    if (q.name().map(String::length).orElse(0) > 500) {
      throw Problem.badRequest("a name is at most 500 characters");
    }
    return q;
  }

  private static Optional<String> text(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static double threshold(Double t) {
    double v = t == null ? Screener.DEFAULT_THRESHOLD : t;
    if (!(v >= 0 && v <= 1)) {
      throw Problem.badRequest("threshold is between 0 and 1");
    }
    return v;
  }

  private static int limit(Integer l) {
    int v = l == null ? 10 : l;
    if (v < 1 || v > 100) {
      throw Problem.badRequest("limit is 1 to 100");
    }
    return v;
  }

  private Dto.ScreeningResult run(Dto.ScreeningRequest r, Double t, Integer l) {
    double threshold = threshold(r.threshold() != null ? r.threshold() : t);
    int limit = limit(r.limit() != null ? r.limit() : l);
    List<Dto.Match> matches =
        screener().screen(query(r), threshold, limit).stream().map(Dto.Match::of).toList();
    return new Dto.ScreeningResult(r, threshold, matches);
  }

  private void screen(Context ctx) {
    Dto.ScreeningRequest r = Json.body(ctx, Dto.ScreeningRequest.class);
    ctx.json(run(r, null, null));
  }

  private void batch(Context ctx) {
    Dto.BatchRequest b = Json.body(ctx, Dto.BatchRequest.class);
    if (b.queries() == null || b.queries().isEmpty()) {
      throw Problem.badRequest("give queries: [...]");
    }
    if (b.queries().size() > MAX_BATCH) {
      throw Problem.badRequest("at most " + MAX_BATCH + " queries per batch");
    }
    List<Dto.ScreeningResult> results = new ArrayList<>();
    int i = 0;
    for (Dto.ScreeningRequest r : b.queries()) {
      try {
        results.add(run(r, b.threshold(), b.limit()));
      } catch (Problem.Failure f) {
        throw Problem.badRequest("query " + i + ": " + f.getMessage());
      }
      i++;
    }
    int hits = (int) results.stream().filter(x -> !x.matches().isEmpty()).count();
    ctx.json(new Dto.BatchResult(results.size(), hits, results));
  }

  private void entities(Context ctx) {
    Paging paging = Paging.of(ctx, "caption");
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip().toLowerCase(Locale.ROOT);
    String type = Optional.ofNullable(ctx.queryParam("type")).orElse("").strip();
    List<Dto.Entity> out = new ArrayList<>();
    for (MergedEntity m : screener().index().entities()) {
      if (!type.isEmpty() && !m.type().name().equalsIgnoreCase(type)) {
        continue;
      }
      if (!q.isEmpty()
          && m.names().stream().noneMatch(n -> n.value().toLowerCase(Locale.ROOT).contains(q))
          && !m.imo().map(i -> q.contains(i.value())).orElse(false)) {
        continue;
      }
      out.add(Dto.Entity.of(m));
    }
    ctx.json(paging.apply(out, SORTS));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        screener().index().entities().stream()
            .filter(m -> m.id().equals(id))
            .findFirst()
            .map(Dto.Entity::of)
            .orElseThrow(() -> Problem.notFound("no listed party " + id)));
  }

  private void vesselMatches(Context ctx) {
    int mmsi = Params.mmsi(ctx);
    VesselAccess.View v =
        ws.vessels()
            .find(Auth.principal(ctx), mmsi)
            .orElseThrow(() -> Problem.notFound("no vessel " + mmsi));
    Screener s = screener();
    Map<String, Dto.VesselMatch> best = new LinkedHashMap<>();
    List<IdentityClaim> claims = new ArrayList<>(VesselRoutes.screenableClaims(v));
    for (IdentityClaim c : claims) {
      ScreeningQuery q =
          switch (c.kind()) {
            case NAME -> ScreeningQuery.ofName(c.value()).withType(EntityType.VESSEL);
            case IMO -> blank().withImo(c.value());
            case CALL_SIGN ->
                new ScreeningQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(c.value()),
                    Optional.of(EntityType.VESSEL),
                    Optional.empty(),
                    Optional.empty());
            default -> throw new IllegalStateException();
          };
      consider(best, c.kind().name(), c.value(), s.screen(q, Screener.DEFAULT_THRESHOLD, 5));
    }
    ScreeningQuery byMmsi =
        new ScreeningQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.of(Integer.toString(mmsi)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    consider(best, "MMSI", Integer.toString(mmsi), s.screen(byMmsi, Screener.DEFAULT_THRESHOLD, 5));
    ctx.json(
        best.values().stream()
            .sorted(Comparator.comparingDouble((Dto.VesselMatch m) -> -m.match().score()))
            .toList());
  }

  private static ScreeningQuery blank() {
    return new ScreeningQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void consider(
      Map<String, Dto.VesselMatch> best, String kind, String value, List<ScreeningMatch> ms) {
    for (ScreeningMatch m : ms) {
      Dto.VesselMatch candidate = new Dto.VesselMatch(kind, value, Dto.Match.of(m));
      best.merge(
          m.entity().id(), candidate, (a, b) -> a.match().score() >= b.match().score() ? a : b);
    }
  }
}
