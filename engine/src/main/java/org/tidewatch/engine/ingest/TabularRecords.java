package org.tidewatch.engine.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Maps MarineCadastre rows (CSV or Parquet; columns MMSI, BaseDateTime, LAT, LON, SOG, COG,
 * Heading, VesselName, IMO, CallSign, VesselType, Status, Length, Width, Draft, Cargo,
 * TransceiverClass) to a position per row, plus a static report whenever a vessel's static columns
 * differ from the last ones stored for it in this file (they repeat on every row). Sentinels of the
 * AIS encoding (heading 511, COG 360, SOG 102.3) mean "not available".
 */
final class TabularRecords {
  static final String[] COLUMNS = {
    "MMSI",
    "BaseDateTime",
    "LAT",
    "LON",
    "SOG",
    "COG",
    "Heading",
    "VesselName",
    "IMO",
    "CallSign",
    "VesselType",
    "Status",
    "Length",
    "Width",
    "Draft",
    "Cargo",
    "TransceiverClass"
  };

  private final RecordSink sink;
  private final String source;
  private final long runId;
  private final Releasability marking;
  private final Map<Integer, Long> lastStatic = new HashMap<>();

  TabularRecords(RecordSink sink, String source, long runId, Releasability marking) {
    this.sink = sink;
    this.source = source;
    this.runId = runId;
    this.marking = marking;
  }

  /** Column positions of {@link #COLUMNS} in a header (-1 when absent); MMSI and time required. */
  static int[] columnIndex(String[] header) {
    int[] idx = new int[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      idx[c] = -1;
      for (int h = 0; h < header.length; h++) {
        if (header[h].strip().equalsIgnoreCase(COLUMNS[c])) {
          idx[c] = h;
        }
      }
    }
    for (int c = 0; c < 4; c++) {
      if (idx[c] < 0) {
        throw new IllegalArgumentException("missing column " + COLUMNS[c]);
      }
    }
    return idx;
  }

  /** One row: {@code cells[c]} is column {@code COLUMNS[c]}'s text (null or "" when empty). */
  void row(long line, String[] cells) {
    try {
      int mmsi = Integer.parseInt(cells[0].strip());
      Instant t = parseTime(cells[1].strip());
      double lat = Double.parseDouble(cells[2].strip());
      double lon = Double.parseDouble(cells[3].strip());
      if (!Position.isValidCoordinate(lat, lon)) {
        sink.bad(line, "impossible coordinates " + lat + ", " + lon);
        return;
      }
      OptionalDouble sog = dbl(cells[4]);
      if (sog.isPresent() && sog.getAsDouble() >= 102.3) {
        sog = OptionalDouble.empty();
      }
      OptionalDouble cog = dbl(cells[5]);
      if (cog.isPresent() && cog.getAsDouble() >= 360) {
        cog = OptionalDouble.empty();
      }
      OptionalInt heading = intOf(cells[6]);
      if (heading.isPresent() && heading.getAsInt() >= 360) {
        heading = OptionalInt.empty();
      }
      OptionalInt status = intOf(cells[11]);
      long hash = Position.contentHash(mmsi, t, lat, lon, sog, cog, heading, status);
      sink.position(
          new Position(
              mmsi,
              t,
              lat,
              lon,
              sog,
              cog,
              heading,
              status,
              0,
              new Provenance(source, line, runId, hash, marking)));
      staticColumns(line, mmsi, t, cells);
    } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
      sink.bad(line, "malformed row: " + e.getMessage());
    }
  }

  private void staticColumns(long line, int mmsi, Instant t, String[] cells) {
    Optional<String> name = text(cells[7]);
    Optional<String> callSign = text(cells[9]);
    OptionalInt imo = imo(cells[8]);
    OptionalInt type = intOf(cells[10]);
    if (type.isPresent() && type.getAsInt() <= 0) {
      type = OptionalInt.empty();
    }
    OptionalInt len = positiveInt(cells[12]);
    OptionalInt beam = positiveInt(cells[13]);
    OptionalDouble draught = dbl(cells[14]);
    if (draught.isPresent() && draught.getAsDouble() <= 0) {
      draught = OptionalDouble.empty();
    }
    if (name.isEmpty()
        && callSign.isEmpty()
        && imo.isEmpty()
        && type.isEmpty()
        && len.isEmpty()
        && draught.isEmpty()) {
      return;
    }
    long key =
        StaticReport.contentHash(
            mmsi, Instant.EPOCH, name, callSign, imo, type, len, beam, draught, Optional.empty());
    Long last = lastStatic.put(mmsi, key);
    if (last != null && last == key) {
      return;
    }
    long hash =
        StaticReport.contentHash(
            mmsi, t, name, callSign, imo, type, len, beam, draught, Optional.empty());
    sink.staticReport(
        new StaticReport(
            mmsi,
            t,
            0,
            name,
            callSign,
            imo,
            type,
            len,
            beam,
            draught,
            Optional.empty(),
            new Provenance(source, line, runId, hash, marking)));
  }

  static Instant parseTime(String s) {
    String t = s.replace(' ', 'T');
    if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      return java.time.OffsetDateTime.parse(t.endsWith("+00") ? t + ":00" : t).toInstant();
    }
    return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }

  private static OptionalDouble dbl(String s) {
    return empty(s) ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s.strip()));
  }

  private static OptionalInt intOf(String s) {
    return empty(s) ? OptionalInt.empty() : OptionalInt.of((int) Double.parseDouble(s.strip()));
  }

  private static OptionalInt positiveInt(String s) {
    if (empty(s)) {
      return OptionalInt.empty();
    }
    long v = Math.round(Double.parseDouble(s.strip()));
    return v > 0 && v < 10_000 ? OptionalInt.of((int) v) : OptionalInt.empty();
  }

  private static Optional<String> text(String s) {
    return empty(s) ? Optional.empty() : Optional.of(s.strip().toUpperCase(Locale.ROOT));
  }

  private static OptionalInt imo(String s) {
    if (empty(s)) {
      return OptionalInt.empty();
    }
    String digits = s.strip().toUpperCase(Locale.ROOT).replace("IMO", "").strip();
    if (!digits.matches("\\d{1,9}")) {
      return OptionalInt.empty();
    }
    int v = Integer.parseInt(digits);
    return v > 0 && v <= 9_999_999 ? OptionalInt.of(v) : OptionalInt.empty();
  }

  /** Splits a CSV line (RFC 4180 quotes, doubled quotes inside). */
  static String[] splitCsv(String line) {
    if (line.indexOf('"') < 0) {
      return line.split(",", -1);
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out.toArray(String[]::new);
  }
}
