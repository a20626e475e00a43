package org.tidewatch.server.api;

import static org.tidewatch.server.auth.Role.ADMIN;
import static org.tidewatch.server.auth.Role.ANALYST;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.engine.screening.ClaimMatch;
import org.tidewatch.engine.screening.ScreeningResults;
import org.tidewatch.engine.screening.VesselResult;
import org.tidewatch.server.Screening;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.data.EventCatalog;
import org.tidewatch.server.data.EventView;
import org.tidewatch.server.data.VesselAccess;
import org.tidewatch.server.data.VesselScreening;
import org.tidewatch.server.data.Workspace;

/** Vessels, their identity history, tracks (GeoJSON) and the positions shown on the map. */
final class VesselRoutes {
  /** The longest track window served. */
  static final Duration MAX_WINDOW = Duration.ofDays(366);

  /** The window used when a track request gives none: the vessel's last 30 days. */
  static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

  private static final Map<String, Comparator<Dto.Vessel>> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("mmsi", Comparator.comparingInt(Dto.Vessel::mmsi));
    SORTS.put(
        "name",
        Comparator.comparing(
                (Dto.Vessel v) -> v.name() == null ? "" : v.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(Dto.Vessel::mmsi));
    SORTS.put(
        "lastSeen", Comparator.comparing(Dto.Vessel::lastSeen).thenComparingInt(Dto.Vessel::mmsi));
    SORTS.put(
        "firstSeen",
        Comparator.comparing(Dto.Vessel::firstSeen).thenComparingInt(Dto.Vessel::mmsi));
    SORTS.put(
        "positions",
        Comparator.comparingLong(Dto.Vessel::positions).thenComparingInt(Dto.Vessel::mmsi));
  }

  private final Workspace ws;
  private final ObjectMapper json;

  /** Track responses (rendered once per clearance set and query). */
  private final TrackResponses tracks;

  VesselRoutes(Workspace ws, ObjectMapper json) {
    this.ws = ws;
    this.json = json;
    this.tracks = new TrackResponses(ws, json);
    Screening.vessels(ws); // made again at start-up when stale
  }

  /**
   * The stored screening in force (made again when the lists in force change while serving): read
   * once per request.
   */
  private VesselScreening screening() {
    return ws.vesselScreening().orElseGet(() -> Screening.vessels(ws));
  }

  void declare(ApiDoc api) {
    api.get("/api/v1/vessels", "listVessels")
        .tag("vessels")
        .summary("Search vessels by MMSI prefix, IMO number or any name they used")
        .roles(ANALYST, ADMIN)
        .query("q", "string", "MMSI prefix, IMO number (with or without 'IMO') or part of a name.")
        .query("listed", "boolean", "Only vessels matching a listed party (stored screening).")
        .paged("mmsi, name, lastSeen, firstSeen, positions")
        .returns("VesselPage")
        .handle(this::list);
    api.get("/api/v1/vessels/{mmsi}", "getVessel")
        .tag("vessels")
        .summary("A vessel's profile: latest identity, identity history and event counts")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .returns("VesselProfile")
        .handle(this::profile);
    api.get("/api/v1/vessels/{mmsi}/identity", "getVesselIdentity")
        .tag("vessels")
        .summary("Every name, call sign, IMO number, type, dimension and flag the MMSI used")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .returns("Identity")
        .handle(this::identity);
    api.get("/api/v1/vessels/{mmsi}/screening", "getVesselScreening")
        .tag("vessels")
        .summary("The stored screening of a vessel: its claims' matches against the lists in force")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .returns("VesselScreening")
        .handle(this::vesselScreening);
    api.get("/api/v1/vessels/{mmsi}/track", "getVesselTrack")
        .tag("tracks")
        .summary("A vessel's track as GeoJSON, downsampled to the zoom and window asked")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .query("from", "string", "Window start, ISO-8601 (default: 30 days before `to`).")
        .query("to", "string", "Window end, exclusive (default: the vessel's last report).")
        .query("zoom", "integer", "Web-map zoom 0-22; sets the downsampling (default: none).")
        .query(
            "gap_s", "integer", "Split the line where reports are further apart (default 10800).")
        .query("points", "boolean", "Also return each kept report as a Point feature.")
        .returns("FeatureCollection", "application/geo+json")
        .handle(this::track);
    api.get("/api/v1/positions", "listPositions")
        .tag("tracks")
        .summary("The vessels at an instant: each one's latest report in the box, as GeoJSON")
        .roles(ANALYST, ADMIN)
        .requiredQuery("at", "string", "The instant, ISO-8601.")
        .query("bbox", "string", "west,south,east,north (default: the world).")
        .query("maxAge_s", "integer", "Oldest report kept, seconds before `at` (default 21600).")
        .query("listed", "boolean", "Only vessels matching a listed party (stored screening).")
        .returns("FeatureCollection", "application/geo+json")
        .handle(this::positions);
    api.get("/api/v1/overview", "getOverview")
        .tag("vessels")
        .summary("What the caller may see: vessel count, time span, event types, screening")
        .roles(ANALYST, ADMIN)
        .returns("Overview")
        .handle(this::overview);
  }

  private void list(Context ctx) {
    Principal p = Auth.principal(ctx);
    Paging paging = Paging.of(ctx, "mmsi");
    String q = ctx.queryParam("q");
    boolean listedOnly = listedOnly(ctx);
    List<Dto.Vessel> all = new ArrayList<>();
    if (q == null || q.isBlank()) {
      for (VesselSummary s : ws.vessels().visibleSummaries(p)) {
        Optional<ClaimMatch> l = listed(p, s.mmsi());
        if (!listedOnly || l.isPresent()) {
          all.add(Dto.Vessel.of(s, cleared(p, ws.vessels().markings(s.mmsi())), l));
        }
      }
    } else {
      for (VesselAccess.View v : ws.vessels().search(p, Optional.of(q))) {
        Optional<ClaimMatch> l = listed(p, v.summary().mmsi());
        if (!listedOnly || l.isPresent()) {
          all.add(Dto.Vessel.of(v.summary(), v.markings(), l));
        }
      }
    }
    ctx.json(paging.apply(all, SORTS));
  }

  private VesselAccess.View view(Context ctx) {
    int mmsi = Params.mmsi(ctx);
    return ws.vessels()
        .find(Auth.principal(ctx), mmsi)
        .orElseThrow(() -> Problem.notFound("no vessel " + mmsi));
  }

  private void profile(Context ctx) {
    Principal p = Auth.principal(ctx);
    VesselAccess.View v = view(ctx);
    List<EventView> events =
        ws.events()
            .find(
                p,
                new EventCatalog.Filter(
                    List.of(),
                    Optional.of(v.summary().mmsi()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
    ctx.json(
        new Dto.Profile(
            Dto.Vessel.of(v.summary(), v.markings(), listed(p, v.summary().mmsi())),
            v.timeline().claims().stream().map(Dto.Claim::of).toList(),
            events.size(),
            events.stream().map(EventView::type).distinct().sorted().toList()));
  }

  private void identity(Context ctx) {
    VesselAccess.View v = view(ctx);
    ctx.json(
        new Dto.Identity(
            v.summary().mmsi(), v.timeline().claims().stream().map(Dto.Claim::of).toList()));
  }

  private void vesselScreening(Context ctx) {
    Principal p = Auth.principal(ctx);
    VesselAccess.View v = view(ctx);
    int mmsi = v.summary().mmsi();
    VesselScreening screening = screening();
    List<Dto.Listed> matches =
        screening.visible(p, ws.vessels(), mmsi).stream().map(Dto.Listed::of).toList();
    Optional<ScreeningResults> r = screening.results();
    String status = r.isEmpty() ? "none" : screening.problem().isPresent() ? "stale" : "current";
    ctx.json(
        new Dto.VesselScreening(
            mmsi,
            status,
            screening.problem().orElse(null),
            r.map(x -> x.screenedAt().toString()).orElse(null),
            r.map(x -> x.basis().threshold()).orElse(null),
            r.map(x -> x.basis().lists()).orElse(Map.of()),
            !matches.isEmpty(),
            matches));
  }

  /** The best stored match of a vessel the caller may see. */
  private Optional<ClaimMatch> listed(Principal p, int mmsi) {
    return screening().best(p, ws.vessels(), mmsi);
  }

  private static boolean listedOnly(Context ctx) {
    String v = ctx.queryParam("listed");
    if (v == null || v.isBlank() || v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    throw Problem.badRequest("listed is true or false");
  }

  private void track(Context ctx) {
    tracks.answer(ctx, Auth.principal(ctx), view(ctx));
  }

  private ObjectNode pointFeature(
      Position pos, Optional<VesselSummary> s, Optional<ClaimMatch> listed) {
    ObjectNode f = json.createObjectNode();
    f.put("type", "Feature");
    ObjectNode g = f.putObject("geometry");
    g.put("type", "Point");
    g.putArray("coordinates").add(round(pos.longitude_deg())).add(round(pos.latitude_deg()));
    ObjectNode props = f.putObject("properties");
    props.put("mmsi", pos.mmsi());
    props.put("time", pos.time().toString());
    pos.speedOverGround_kn().ifPresent(x -> props.put("sog_kn", x));
    pos.courseOverGround_deg().ifPresent(x -> props.put("cog_deg", x));
    pos.trueHeading_deg().ifPresent(x -> props.put("heading_deg", x));
    s.flatMap(VesselSummary::name).ifPresent(n -> props.put("name", n));
    s.flatMap(VesselSummary::shipType).ifPresent(t -> props.put("shipType", t));
    if (listed.isPresent()) {
      // flat properties: map libraries read only scalar feature properties
      ClaimMatch m = listed.get();
      props.put("listed", true);
      props.put("listedScore", m.score());
      props.put("listedCaption", m.caption());
      props.put("listedLists", String.join(", ", m.lists()));
      props.put("listedClaim", m.claimKind());
      props.put("listedValue", m.claimValue());
    }
    return f;
  }

  private void positions(Context ctx) {
    Principal p = Auth.principal(ctx);
    Instant at =
        Params.instant(ctx, "at").orElseThrow(() -> Problem.badRequest("give at=<instant>"));
    BoundingBox box = Params.bbox(ctx).orElse(new BoundingBox(-90, -180, 90, 180));
    int maxAge = Params.intParam(ctx, "maxAge_s", 21_600);
    if (maxAge < 0 || maxAge > 31 * 86_400) {
      throw Problem.badRequest("maxAge_s must be 0 to 2678400");
    }
    ObjectNode fc = json.createObjectNode();
    fc.put("type", "FeatureCollection");
    boolean listedOnly = listedOnly(ctx);
    ArrayNode features = fc.putArray("features");
    for (Position pos : ws.tracks().latestInBox(p, box, at, Duration.ofSeconds(maxAge))) {
      Optional<ClaimMatch> l = listed(p, pos.mmsi());
      if (!listedOnly || l.isPresent()) {
        features.add(pointFeature(pos, ws.vessels().summary(p, pos.mmsi()), l));
      }
    }
    ctx.contentType("application/geo+json").result(fc.toString());
  }

  private void overview(Context ctx) {
    Principal p = Auth.principal(ctx);
    List<VesselSummary> visible = ws.vessels().visibleSummaries(p);
    Instant first =
        visible.stream().map(VesselSummary::firstSeen).min(Instant::compareTo).orElse(null);
    Instant last =
        visible.stream().map(VesselSummary::lastSeen).max(Instant::compareTo).orElse(null);
    ctx.json(
        new Dto.Overview(
            visible.size(),
            Dto.time(first),
            Dto.time(last),
            ws.events().find(p, EventCatalog.Filter.all()).size(),
            ws.events().types(p),
            ws.screener().isPresent(),
            ws.screener().map(s -> s.index().size()).orElse(0),
            listedVisible(p),
            screening().results().map(r -> r.screenedAt().toString()).orElse(null)));
  }

  private int listedVisible(Principal p) {
    int n = 0;
    VesselScreening screening = screening();
    for (VesselResult v : screening.results().map(r -> r.vessels().values()).orElse(List.of())) {
      if (v.listed() && screening.best(p, ws.vessels(), v.mmsi()).isPresent()) {
        n++;
      }
    }
    return n;
  }

  static Set<String> cleared(Principal p, Set<String> markings) {
    Set<String> out = new TreeSet<>(markings);
    out.removeIf(m -> !p.isClearedFor(m));
    return out;
  }

  static double round(double deg) {
    return Math.round(deg * 1e5) / 1e5;
  }

  /** The names a vessel used, for screening it (used by {@link ScreeningRoutes}). */
  static List<IdentityClaim> screenableClaims(VesselAccess.View v) {
    return v.timeline().claims().stream()
        .filter(
            c ->
                c.kind() == ClaimKind.NAME
                    || c.kind() == ClaimKind.IMO
                    || c.kind() == ClaimKind.CALL_SIGN)
        .toList();
  }
}
