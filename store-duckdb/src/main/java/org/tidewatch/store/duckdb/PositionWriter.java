package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.track.Position;

/**
 * Appends the positions of one batch inside the batch's transaction.
 *
 * <p>A {@link PositionColumns} batch is appended straight from its arrays, any other list record by
 * record. Appended rows go in the batch's order (sequential memory access; sorting them here costs
 * more in cache misses than it saves); a prepared batch's file is already in clustering order
 * (written so by {@link BatchFiles} on the reader's thread). H3 cells, times in µs and vessel spans
 * come from {@link PositionColumns#prepare} when the reader prepared the batch, otherwise they are
 * computed here (cells through a {@link CellCache}). The table is clustered by vessel later, see
 * {@link Clustering}.
 */
final class PositionWriter {
  private final CellCache cellCache = new CellCache();

  /** Registers the batch's markings (may insert a row: call before any appender is open). */
  static void registerMarkings(DuckDbTrackStore db, List<Position> ps) throws SQLException {
    Releasability seen = null;
    if (ps instanceof PositionColumns c) {
      for (Releasability m : c.markings) {
        db.markingId(m);
      }
      return;
    }
    for (Position p : ps) {
      if (p.provenance().releasability() != seen) {
        seen = p.provenance().releasability();
        db.markingId(seen);
      }
    }
  }

  void append(DuckDbTrackStore db, DuckDBConnection dc, IngestBatch b, IdentityAggregator agg)
      throws SQLException {
    if (b.positions().isEmpty()) {
      return;
    }
    if (b.positions() instanceof PositionColumns c && c.file != null) {
      insertFile(db, (int) b.sourceId(), c, agg);
      Clustering.appended(db.connection, c.size(), true); // written in clustering order
      return;
    }
    try (DuckDBAppender a = dc.createAppender("main", "positions")) {
      if (b.positions() instanceof PositionColumns c) {
        appendColumns(db, a, (int) b.sourceId(), c, agg);
      } else {
        appendRecords(db, a, (int) b.sourceId(), b.positions(), agg);
      }
      a.flush();
    }
  }

  /** Inserts a prepared batch from its Parquet file, then deletes the file. */
  private static void insertFile(
      DuckDbTrackStore db, int sourceId, PositionColumns c, IdentityAggregator agg)
      throws SQLException {
    BatchFiles.Prepared f = c.file;
    try (PreparedStatement p =
        db.connection.prepareStatement(
            "INSERT INTO positions SELECT mmsi, make_timestamp(t), lat, lon, h3, sog, cog,"
                + " heading, nav_status, msg_type, ?, line, run_id, content_hash, "
                + BatchFiles.markingIds(db, f)
                + " FROM read_parquet(?)")) {
      p.setInt(1, sourceId);
      p.setString(2, f.path().toString());
      int n = p.executeUpdate();
      if (n != c.size()) {
        throw new SQLException("inserted " + n + " rows of a batch of " + c.size());
      }
    } finally {
      c.discard();
    }
    agg.positions(c.spans);
  }

  private void appendColumns(
      DuckDbTrackStore db,
      DuckDBAppender a,
      int sourceId,
      PositionColumns c,
      IdentityAggregator agg)
      throws SQLException {
    short markingId = -1;
    Releasability marking = null;
    // prepared on the reader's thread, or computed here
    long[] cells = c.cells;
    long[] micros = c.micros;
    boolean spans = c.spans != null;
    if (spans) {
      agg.positions(c.spans);
    }
    for (int i = 0, n = c.size(); i < n; i++) {
      if (c.marking(i) != marking) {
        marking = c.marking(i);
        markingId = db.markingId(marking);
      }
      long t = micros != null ? micros[i] : c.micros(i);
      int mmsi = c.mmsi[i];
      if (!spans) {
        agg.position(mmsi, t);
      }
      a.beginRow()
          .append(mmsi)
          .appendEpochMicros(t)
          .append(c.lat[i])
          .append(c.lon[i])
          .append(cells != null ? cells[i] : cellCache.cell(mmsi, c.lat[i], c.lon[i]));
      if (c.hasSog[i]) {
        a.append(c.sog[i]);
      } else {
        a.appendNull();
      }
      if (c.hasCog[i]) {
        a.append(c.cog[i]);
      } else {
        a.appendNull();
      }
      if (c.hasHeading[i]) {
        a.append((short) c.heading[i]);
      } else {
        a.appendNull();
      }
      if (c.hasStatus[i]) {
        a.append((byte) c.status[i]);
      } else {
        a.appendNull();
      }
      a.append((byte) c.type[i])
          .append(sourceId)
          .append(c.line[i])
          .append((int) c.run[i])
          .append(c.hash[i])
          .append(markingId)
          .endRow();
    }
  }

  private void appendRecords(
      DuckDbTrackStore db,
      DuckDBAppender a,
      int sourceId,
      List<Position> ps,
      IdentityAggregator agg)
      throws SQLException {
    short markingId = -1;
    Releasability marking = null;
    for (Position p : ps) {
      Releasability m = p.provenance().releasability();
      if (m != marking) {
        markingId = db.markingId(m);
        marking = m;
      }
      long t = Micros.of(p.time());
      agg.position(p.mmsi(), t);
      double lat = p.latitude_deg();
      double lon = p.longitude_deg();
      a.beginRow()
          .append(p.mmsi())
          .appendEpochMicros(t)
          .append(lat)
          .append(lon)
          .append(cellCache.cell(p.mmsi(), lat, lon));
      if (p.speedOverGround_kn().isPresent()) {
        a.append(p.speedOverGround_kn().getAsDouble());
      } else {
        a.appendNull();
      }
      if (p.courseOverGround_deg().isPresent()) {
        a.append(p.courseOverGround_deg().getAsDouble());
      } else {
        a.appendNull();
      }
      if (p.trueHeading_deg().isPresent()) {
        a.append((short) p.trueHeading_deg().getAsInt());
      } else {
        a.appendNull();
      }
      if (p.navigationStatus().isPresent()) {
        a.append((byte) p.navigationStatus().getAsInt());
      } else {
        a.appendNull();
      }
      a.append((byte) p.messageType())
          .append(sourceId)
          .append(p.provenance().line())
          .append((int) p.provenance().ingestRun())
          .append(p.provenance().contentHash())
          .append(markingId)
          .endRow();
    }
  }
}
