package org.tidewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPOutputStream;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.data.ScreenSimplifier;
import org.tidewatch.server.data.TrackColumns;
import org.tidewatch.server.data.TrackService;
import org.tidewatch.server.data.VesselAccess;
import org.tidewatch.server.data.Workspace;

/**
 * The track route's responses: a vessel's track as GeoJSON (a {@code MultiLineString} split at
 * gaps, each piece simplified in screen space at the zoom asked), rendered once per caller
 * clearance set and query and kept as UTF-8 bytes and, once a client accepting gzip asks and when
 * large enough to gain, gzip bytes (LRU of {@link #ENTRIES}); a client that accepts gzip gets the
 * compressed bytes as they are, so a cached track costs no rendering and no compression.
 */
final class TrackResponses {
  /** Most rendered responses kept. */
  static final int ENTRIES = 256;

  /** Below this many bytes a response is sent as it is (as Javalin's own compression does). */
  static final int GZIP_FROM_BYTES = 1500;

  /** A rendered response: the body, and the body gzipped (made for the first client asking). */
  private static final class Rendered {
    private final byte[] body;
    private Optional<byte[]> gzip;

    Rendered(byte[] body) {
      this.body = body;
    }

    byte[] body() {
      return body;
    }

    /** The gzip bytes, when the body is large enough for them to pay. */
    synchronized Optional<byte[]> gzip() {
      if (gzip == null) {
        gzip = TrackResponses.gzip(body);
      }
      return gzip;
    }
  }

  private final Workspace ws;
  private final ObjectMapper json;
  private final Map<String, CompletableFuture<Rendered>> rendered =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Rendered>> e) {
          return size() > ENTRIES;
        }
      };

  TrackResponses(Workspace ws, ObjectMapper json) {
    this.ws = ws;
    this.json = json;
  }

  /** Answers a track request for a vessel the caller may see. */
  void answer(Context ctx, Principal p, VesselAccess.View v) {
    String key = new TreeSet<>(p.clearances()) + "|" + v.summary().mmsi() + "|" + ctx.queryString();
    CompletableFuture<Rendered> f;
    boolean render = false;
    synchronized (rendered) {
      f = rendered.get(key);
      if (f == null) {
        f = new CompletableFuture<>();
        rendered.put(key, f);
        render = true;
      }
    }
    if (render) {
      // one render per key: concurrent requests for a track being rendered wait for it
      try {
        byte[] body = render(ctx, p, v);
        f.complete(new Rendered(body));
      } catch (RuntimeException e) {
        synchronized (rendered) {
          rendered.remove(key, f);
        }
        f.completeExceptionally(e);
      }
    }
    Rendered r;
    try {
      r = f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException x ? x : e;
    }
    ctx.contentType("application/geo+json");
    ctx.header("Vary", "Accept-Encoding");
    Optional<byte[]> gzip =
        r.body().length >= GZIP_FROM_BYTES && acceptsGzip(ctx.header("Accept-Encoding"))
            ? r.gzip()
            : Optional.empty();
    if (gzip.isPresent()) {
      ctx.header("Content-Encoding", "gzip"); // Javalin then leaves the body as it is
      ctx.result(gzip.get());
    } else {
      ctx.result(r.body());
    }
  }

  /** True when an {@code Accept-Encoding} header admits gzip (not with {@code q=0}). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] fields = part.split(";");
      String coding = fields[0].strip();
      if (!coding.equalsIgnoreCase("gzip") && !coding.equals("*")) {
        continue;
      }
      for (int i = 1; i < fields.length; i++) {
        String f = fields[i].strip().replace(" ", "");
        if (f.startsWith("q=") && f.substring(2).matches("0(\\.0{0,3})?")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static Optional<byte[]> gzip(byte[] body) {
    if (body.length < GZIP_FROM_BYTES) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out, 8192)) {
      z.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(out.toByteArray());
  }

  private byte[] render(Context ctx, Principal p, VesselAccess.View v) {
    int mmsi = v.summary().mmsi();
    Instant to = Params.instant(ctx, "to").orElse(v.summary().lastSeen().plusSeconds(1));
    Instant from = Params.instant(ctx, "from").orElse(to.minus(VesselRoutes.DEFAULT_WINDOW));
    if (!from.isBefore(to)) {
      throw Problem.badRequest("from must be before to");
    }
    if (Duration.between(from, to).compareTo(VesselRoutes.MAX_WINDOW) > 0) {
      throw Problem.badRequest("the window is at most 366 days");
    }
    Optional<Integer> zoom = Params.optionalInt(ctx, "zoom");
    Duration interval = zoom.map(z -> TrackService.interval(from, to, z)).orElse(Duration.ZERO);
    long gap_s = Params.intParam(ctx, "gap_s", 10_800);
    boolean points = "true".equalsIgnoreCase(ctx.queryParam("points"));
    TrackColumns track = ws.tracks().track(p, mmsi, from, to, interval);

    // split at gaps (on the time-downsampled track, so every gap is kept), then simplify each
    // piece in screen space at the zoom asked; pieces as index ranges [start, end)
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= track.size(); i++) {
      if (i == track.size() || (track.time_us(i) - track.time_us(i - 1)) / 1_000_000 > gap_s) {
        pieces.add(new int[] {start, i});
        start = i;
      }
    }
    List<int[]> drawn = new ArrayList<>(pieces.size());
    for (int[] piece : pieces) {
      drawn.add(
          zoom.isPresent()
              ? ScreenSimplifier.simplify(
                  track, piece[0], piece[1], zoom.get(), ScreenSimplifier.DEFAULT_TOLERANCE_PX)
              : range(piece[0], piece[1]));
    }
    int kept = drawn.stream().mapToInt(d -> d.length).sum();
    // written directly (no Jackson tree): a vessel-month is thousands of coordinate pairs
    StringBuilder b = new StringBuilder(320 + kept * 24 + pieces.size() * 160);
    b.append("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",");
    b.append("\"properties\":{\"mmsi\":").append(mmsi);
    if (v.summary().name().isPresent()) {
      b.append(",\"name\":").append(jsonString(v.summary().name().get()));
    }
    b.append(",\"from\":\"").append(from).append("\",\"to\":\"").append(to).append('"');
    b.append(",\"points\":").append(kept);
    b.append(",\"reports\":").append(track.size());
    b.append(",\"downsample_s\":").append(interval.toSeconds());
    b.append(",\"simplify_px\":")
        .append(zoom.isPresent() ? ScreenSimplifier.DEFAULT_TOLERANCE_PX : 0.0);
    b.append(",\"gaps\":[");
    for (int i = 1; i < pieces.size(); i++) {
      int a = pieces.get(i - 1)[1] - 1;
      int c = pieces.get(i)[0];
      if (i > 1) {
        b.append(',');
      }
      b.append("{\"from\":\"").append(track.time(a)).append("\",\"to\":\"").append(track.time(c));
      b.append("\",\"duration_s\":").append((track.time_us(c) - track.time_us(a)) / 1_000_000);
      b.append(",\"fromCoordinates\":");
      pair(b, track, a);
      b.append(",\"toCoordinates\":");
      pair(b, track, c);
      b.append('}');
    }
    b.append("]},\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":[");
    for (int i = 0; i < drawn.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('[');
      int[] d = drawn.get(i);
      for (int j = 0; j < d.length; j++) {
        if (j > 0) {
          b.append(',');
        }
        pair(b, track, d[j]);
      }
      b.append(']');
    }
    b.append("]}}");
    if (points) {
      for (int[] d : drawn) {
        for (int i : d) {
          b.append(',').append(pointFeature(mmsi, track, i));
        }
      }
    }
    b.append("]}");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int[] range(int start, int end) {
    int[] r = new int[end - start];
    for (int i = 0; i < r.length; i++) {
      r[i] = start + i;
    }
    return r;
  }

  /** A kept report as a Point feature (time, speed, course, heading). */
  private String pointFeature(int mmsi, TrackColumns t, int i) {
    StringBuilder b = new StringBuilder(200);
    b.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":");
    pair(b, t, i);
    b.append("},\"properties\":{\"mmsi\":").append(mmsi);
    b.append(",\"time\":\"").append(t.time(i)).append('"');
    t.speedOverGround_kn(i).ifPresent(x -> b.append(",\"sog_kn\":").append(x));
    t.courseOverGround_deg(i).ifPresent(x -> b.append(",\"cog_deg\":").append(x));
    t.trueHeading_deg(i).ifPresent(x -> b.append(",\"heading_deg\":").append(x));
    return b.append("}}").toString();
  }

  /** {@code [lon,lat]} rounded to 1e-5 degrees (about a metre). */
  private static void pair(StringBuilder b, TrackColumns t, int i) {
    b.append('[')
        .append(VesselRoutes.round(t.longitude_deg(i)))
        .append(',')
        .append(VesselRoutes.round(t.latitude_deg(i)))
        .append(']');
  }

  private String jsonString(String text) {
    try {
      return json.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
