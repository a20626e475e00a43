package org.tidewatch.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Reads a MarineCadastre-layout CSV (the simulator's {@code ais.csv}, NOAA daily files) straight
 * into positions and static reports, without a store: a static report whenever a vessel's static
 * columns change, as the store ingest does. Used by {@code evaluate detection --csv} to score a
 * simulation quickly, and by tests.
 */
public final class SimCsv {
  private SimCsv() {}

  /** Reads the file; returns the number of rows. */
  public static long read(Path csv, Consumer<Position> positions, Consumer<StaticReport> statics)
      throws IOException {
    Releasability marking = new Releasability("UNMARKED");
    String source = csv.getFileName().toString();
    Map<Integer, String> lastStatic = new HashMap<>();
    long line = 1;
    long rows = 0;
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        return 0;
      }
      String[] h = header.replace("\uFEFF", "").split(",");
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < h.length; i++) {
        col.put(h[i].trim(), i);
      }
      int cM = col.get("MMSI");
      int cT = col.get("BaseDateTime");
      int cLat = col.get("LAT");
      int cLon = col.get("LON");
      int cSog = col.getOrDefault("SOG", -1);
      int cCog = col.getOrDefault("COG", -1);
      int cHdg = col.getOrDefault("Heading", -1);
      int cName = col.getOrDefault("VesselName", -1);
      int cImo = col.getOrDefault("IMO", -1);
      int cCall = col.getOrDefault("CallSign", -1);
      int cType = col.getOrDefault("VesselType", -1);
      int cStatus = col.getOrDefault("Status", -1);
      int cLen = col.getOrDefault("Length", -1);
      int cWid = col.getOrDefault("Width", -1);
      int cDraft = col.getOrDefault("Draft", -1);
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        String[] f = s.split(",", -1);
        if (f.length < h.length) {
          continue;
        }
        rows++;
        int mmsi = Integer.parseInt(f[cM].trim());
        var t = LocalDateTime.parse(f[cT].trim()).toInstant(ZoneOffset.UTC);
        double lat = Double.parseDouble(f[cLat]);
        double lon = Double.parseDouble(f[cLon]);
        if (!Position.isValidCoordinate(lat, lon) || lat == 91 || lon == 181) {
          continue;
        }
        OptionalDouble sog = dbl(f, cSog);
        if (sog.isPresent() && sog.getAsDouble() >= 102.2) {
          sog = OptionalDouble.empty();
        }
        OptionalDouble cog = dbl(f, cCog);
        if (cog.isPresent() && cog.getAsDouble() >= 360) {
          cog = OptionalDouble.empty();
        }
        OptionalInt hdg = intv(f, cHdg);
        if (hdg.isPresent() && hdg.getAsInt() >= 360) {
          hdg = OptionalInt.empty();
        }
        OptionalInt status = intv(f, cStatus);
        long hash = Position.contentHash(mmsi, t, lat, lon, sog, cog, hdg, status);
        positions.accept(
            new Position(
                mmsi,
                t,
                lat,
                lon,
                sog,
                cog,
                hdg,
                status,
                0,
                new Provenance(source, line, 0, hash, marking)));
        String key =
            str(f, cName)
                + "|"
                + str(f, cImo)
                + "|"
                + str(f, cCall)
                + "|"
                + str(f, cType)
                + "|"
                + str(f, cLen)
                + "|"
                + str(f, cWid)
                + "|"
                + str(f, cDraft);
        if (!key.equals(lastStatic.put(mmsi, key))) {
          Optional<String> name = opt(f, cName);
          Optional<String> call = opt(f, cCall);
          OptionalInt imo = imo(f, cImo);
          OptionalInt type = intv(f, cType);
          if (type.isPresent() && type.getAsInt() == 0) {
            type = OptionalInt.empty();
          }
          OptionalInt len = intv(f, cLen);
          OptionalInt wid = intv(f, cWid);
          OptionalDouble draft = dbl(f, cDraft);
          long sh =
              StaticReport.contentHash(
                  mmsi, t, name, call, imo, type, len, wid, draft, Optional.empty());
          statics.accept(
              new StaticReport(
                  mmsi,
                  t,
                  0,
                  name,
                  call,
                  imo,
                  type,
                  len,
                  wid,
                  draft,
                  Optional.empty(),
                  new Provenance(source, line, 0, sh, marking)));
        }
      }
    }
    return rows;
  }

  private static String str(String[] f, int c) {
    return c < 0 ? "" : f[c].trim();
  }

  private static Optional<String> opt(String[] f, int c) {
    String s = str(f, c);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static OptionalDouble dbl(String[] f, int c) {
    String s = str(f, c);
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private static OptionalInt intv(String[] f, int c) {
    OptionalDouble d = dbl(f, c);
    return d.isPresent() ? OptionalInt.of((int) d.getAsDouble()) : OptionalInt.empty();
  }

  private static OptionalInt imo(String[] f, int c) {
    String s = str(f, c).replace("IMO", "");
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int v = Integer.parseInt(s);
      return v > 0 ? OptionalInt.of(v) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
