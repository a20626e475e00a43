package org.tidewatch.store.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;

/**
 * Reads a vessel's positions (the columns of {@link DuckDbPositions#COLUMNS}) and orders them by
 * (time, source, line) in Java.
 *
 * <p>The query carries no {@code ORDER BY}: the clustered table returns a vessel's rows already in
 * that order (DuckDB keeps insertion order), so checking costs one comparison per row, and the
 * sort, needed only for rows from the unclustered tail, is a merge of a few sorted runs. The result
 * is a {@link ChunkedList}: no array of hundreds of thousands of references, which G1 allocates as
 * a humongous object and answers with a concurrent cycle (this halved the vessel-year query's CPU
 * time under G1). Getters match the column types (a mismatched JDBC getter boxes every value), and
 * immutable optionals for AIS-resolution values are shared between records, to keep allocation (and
 * GC) per row low.
 */
final class TrackReader {
  private static final OptionalInt[] SMALL_INTS = new OptionalInt[512];
  // speeds and courses in tenths (the AIS resolution), 0 to 360.0
  private static final OptionalDouble[] TENTHS = new OptionalDouble[3601];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = OptionalInt.of(i);
    }
    for (int i = 0; i < TENTHS.length; i++) {
      TENTHS[i] = OptionalDouble.of(i / 10.0);
    }
  }

  private final Names db;
  private final ChunkedList<Position> rows = new ChunkedList<>();
  // source ids by name, for the sort key when the rows come out of order
  private final Map<String, Integer> sourceIds = new HashMap<>();
  private boolean sorted = true;

  TrackReader(Names db) {
    this.db = db;
  }

  /** Reads every row of {@code r}. */
  void readAll(ResultSet r) throws SQLException {
    int lastSource = Integer.MIN_VALUE;
    String sourceName = null;
    short lastMarking = Short.MIN_VALUE;
    Releasability releasability = null;
    long prevT = Long.MIN_VALUE;
    int prevSource = Integer.MIN_VALUE;
    long prevLine = Long.MIN_VALUE;
    while (r.next()) {
      int mmsi = r.getInt(1);
      long us = r.getLong(2);
      double lat = r.getDouble(3);
      double lon = r.getDouble(4);
      double sogV = r.getDouble(5);
      OptionalDouble sog = r.wasNull() ? OptionalDouble.empty() : tenths(sogV);
      double cogV = r.getDouble(6);
      OptionalDouble cog = r.wasNull() ? OptionalDouble.empty() : tenths(cogV);
      short headingV = r.getShort(7);
      OptionalInt heading = r.wasNull() ? OptionalInt.empty() : small(headingV);
      byte statusV = r.getByte(8);
      OptionalInt status = r.wasNull() ? OptionalInt.empty() : small(statusV);
      byte type = r.getByte(9);
      int src = r.getInt(10);
      long ln = r.getLong(11);
      int run = r.getInt(12);
      long hash = r.getLong(13);
      short marking = r.getShort(14);
      if (src != lastSource) {
        lastSource = src;
        sourceName = db.sourceName(src);
        sourceIds.put(sourceName, src);
      }
      if (marking != lastMarking) {
        lastMarking = marking;
        releasability = db.marking(marking);
      }
      if (us < prevT || us == prevT && (src < prevSource || src == prevSource && ln < prevLine)) {
        sorted = false;
      }
      prevT = us;
      prevSource = src;
      prevLine = ln;
      rows.append(
          new Position(
              mmsi,
              Micros.instant(us),
              lat,
              lon,
              sog,
              cog,
              heading,
              status,
              type,
              new Provenance(sourceName, ln, run, hash, releasability)));
    }
  }

  /** The positions in (time, source, line) order. */
  List<Position> positions() {
    if (sorted) {
      return rows;
    }
    // TimSort: linear on the already sorted runs
    List<Position> out = new ArrayList<>(rows);
    out.sort(
        Comparator.comparing(Position::time)
            .thenComparingInt(p -> sourceIds.get(p.provenance().source()))
            .thenComparingLong(p -> p.provenance().line()));
    return out;
  }

  /** A shared optional when the value is exactly a tenth in [0, 360], else a new one. */
  private static OptionalDouble tenths(double v) {
    if (v >= 0 && v <= 360) {
      OptionalDouble o = TENTHS[(int) Math.round(v * 10)];
      if (Double.doubleToRawLongBits(o.getAsDouble()) == Double.doubleToRawLongBits(v)) {
        return o;
      }
    }
    return OptionalDouble.of(v);
  }

  private static OptionalInt small(int v) {
    return v >= 0 && v < SMALL_INTS.length ? SMALL_INTS[v] : OptionalInt.of(v);
  }
}
