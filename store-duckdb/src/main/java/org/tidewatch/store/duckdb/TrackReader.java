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
 * Reads a vessel's positions (the columns of {@link #COLUMNS}) and orders them by (time, source,
 * line) in Java.
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
  /**
   * The columns {@link #readAll} reads: the vessel's MMSI is the query's, and the small columns are
   * packed into two BIGINTs in SQL, because most of a vessel-year query's time is DuckDB's JDBC
   * result set, and its cost grows with the number of columns fetched and getters called. {@code
   * small}: bits 0-7 msg_type, 8-15 nav_status, 16 nav_status present, 17-32 heading, 33 heading
   * present. {@code src_marking}: source_id above bit 16, marking_id in bits 0-15 (exact for any
   * TINYINT, SMALLINT and INTEGER values).
   */
  static final String COLUMNS =
      "epoch_us(t), lat, lon, sog, cog,"
          + " (msg_type::BIGINT & 255) | (coalesce(nav_status::BIGINT & 255, 0) << 8)"
          + " | ((nav_status IS NOT NULL)::BIGINT << 16)"
          + " | (coalesce(heading::BIGINT & 65535, 0) << 17)"
          + " | ((heading IS NOT NULL)::BIGINT << 33),"
          + " (source_id::BIGINT << 16) | (marking_id::BIGINT & 65535),"
          + " line, run_id, content_hash";

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

  private final int mmsi;

  TrackReader(Names db, int mmsi) {
    this.db = db;
    this.mmsi = mmsi;
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
      long us = r.getLong(1);
      double lat = r.getDouble(2);
      double lon = r.getDouble(3);
      double sogV = r.getDouble(4);
      OptionalDouble sog = r.wasNull() ? OptionalDouble.empty() : tenths(sogV);
      double cogV = r.getDouble(5);
      OptionalDouble cog = r.wasNull() ? OptionalDouble.empty() : tenths(cogV);
      long packed = r.getLong(6);
      byte type = (byte) packed;
      OptionalInt status =
          (packed & (1L << 16)) != 0 ? small((byte) (packed >>> 8)) : OptionalInt.empty();
      OptionalInt heading =
          (packed & (1L << 33)) != 0 ? small((short) (packed >>> 17)) : OptionalInt.empty();
      long srcMarking = r.getLong(7);
      int src = (int) (srcMarking >> 16);
      short marking = (short) srcMarking;
      long ln = r.getLong(8);
      int run = r.getInt(9);
      long hash = r.getLong(10);
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
