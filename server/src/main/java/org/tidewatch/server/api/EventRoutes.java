package org.tidewatch.server.api;

import static org.tidewatch.server.auth.Role.ADMIN;
import static org.tidewatch.server.auth.Role.ANALYST;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.data.EventCatalog;
import org.tidewatch.server.data.Workspace;

/** Detected events: filtered lists, one event, a CSV export, and a vessel's events. */
final class EventRoutes {
  private static final Map<String, Comparator<Dto.Event>> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("start", Comparator.comparing(Dto.Event::start).thenComparing(Dto.Event::id));
    SORTS.put("type", Comparator.comparing(Dto.Event::type).thenComparing(Dto.Event::start));
    SORTS.put(
        "mmsi",
        Comparator.comparing((Dto.Event e) -> e.mmsis().get(0)).thenComparing(Dto.Event::start));
    SORTS.put(
        "duration",
        Comparator.comparingLong(Dto.Event::duration_s).thenComparing(Dto.Event::start));
  }

  private final Workspace ws;

  EventRoutes(Workspace ws) {
    this.ws = ws;
  }

  void declare(ApiDoc api) {
    api.get("/api/v1/events", "listEvents")
        .tag("events")
        .summary("Detected events, filtered by type, vessel, box and time")
        .roles(ANALYST, ADMIN)
        .query("type", "string", "Comma-separated types (STS, DARK_PERIOD, PORT_CALL, ...).")
        .query("mmsi", "integer", "Only events involving this vessel.")
        .query("bbox", "string", "west,south,east,north.")
        .query("from", "string", "Events ending at or after this instant.")
        .query("to", "string", "Events starting before this instant.")
        .paged("start, type, mmsi, duration")
        .returns("EventPage")
        .handle(this::list);
    api.get("/api/v1/events.csv", "exportEvents")
        .tag("events")
        .summary("Export the filtered events as CSV (same filters as the list)")
        .roles(ANALYST, ADMIN)
        .query("type", "string", "Comma-separated types.")
        .query("mmsi", "integer", "Only events involving this vessel.")
        .query("bbox", "string", "west,south,east,north.")
        .query("from", "string", "Events ending at or after this instant.")
        .query("to", "string", "Events starting before this instant.")
        .returns("", "text/csv")
        .handle(this::csv);
    api.get("/api/v1/events/{id}", "getEvent")
        .tag("events")
        .summary("One event")
        .roles(ANALYST, ADMIN)
        .path("id", "string", "The event id (TYPE:mmsi[+mmsi]:startEpochSecond).")
        .returns("Event")
        .handle(this::one);
    api.get("/api/v1/vessels/{mmsi}/events", "listVesselEvents")
        .tag("events")
        .summary("A vessel's events")
        .roles(ANALYST, ADMIN)
        .path("mmsi", "integer", "The MMSI.")
        .query("type", "string", "Comma-separated types.")
        .paged("start, type, mmsi, duration")
        .returns("EventPage")
        .handle(this::forVessel);
  }

  private EventCatalog.Filter filter(Context ctx) {
    return new EventCatalog.Filter(
        Params.list(ctx, "type").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList(),
        Params.optionalInt(ctx, "mmsi"),
        Params.bbox(ctx),
        Params.instant(ctx, "from"),
        Params.instant(ctx, "to"));
  }

  private List<Dto.Event> events(Principal p, EventCatalog.Filter f) {
    return ws.events().find(p, f).stream().map(Dto.Event::of).toList();
  }

  private void list(Context ctx) {
    Paging paging = Paging.of(ctx, "start");
    ctx.json(paging.apply(events(Auth.principal(ctx), filter(ctx)), SORTS));
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        ws.events()
            .get(Auth.principal(ctx), id)
            .map(Dto.Event::of)
            .orElseThrow(() -> Problem.notFound("no event " + id)));
  }

  private void forVessel(Context ctx) {
    Principal p = Auth.principal(ctx);
    int mmsi = Params.mmsi(ctx);
    if (ws.vessels().find(p, mmsi).isEmpty()) {
      throw Problem.notFound("no vessel " + mmsi);
    }
    Paging paging = Paging.of(ctx, "start");
    EventCatalog.Filter f =
        new EventCatalog.Filter(
            Params.list(ctx, "type").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList(),
            Optional.of(mmsi),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    ctx.json(paging.apply(events(p, f), SORTS));
  }

  private void csv(Context ctx) {
    StringBuilder b =
        new StringBuilder(
            "id,type,mmsis,start,end,duration_s,latitude_deg,longitude_deg,summary,marking\r\n");
    for (Dto.Event e : events(Auth.principal(ctx), filter(ctx))) {
      b.append(cell(e.id()))
          .append(',')
          .append(cell(e.type()))
          .append(',')
          .append(cell(String.join("+", e.mmsis().stream().map(String::valueOf).toList())))
          .append(',')
          .append(e.start())
          .append(',')
          .append(e.end())
          .append(',')
          .append(e.duration_s())
          .append(',')
          .append(Objects.toString(e.latitude_deg(), ""))
          .append(',')
          .append(Objects.toString(e.longitude_deg(), ""))
          .append(',')
          .append(cell(e.summary()))
          .append(',')
          .append(cell(e.marking()))
          .append("\r\n");
    }
    ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(b.toString());
  }

  /** RFC 4180 quoting, and a leading quote against spreadsheet formula injection. */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
