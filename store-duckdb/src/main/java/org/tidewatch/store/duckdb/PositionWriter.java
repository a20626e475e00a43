package org.tidewatch.store.duckdb;

import com.uber.h3core.H3Core;
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
 * record. Rows go in the batch's order (sequential memory access; sorting them here costs more in
 * cache misses than it saves). The H3 cell is computed only when a vessel's coordinates differ from
 * its previous report's (moored and anchored vessels repeat their position exactly; the cell is a
 * function of the coordinates, so the cache is exact). The table is clustered by vessel later, see
 * {@link Clustering}.
 */
final class PositionWriter {
  private static final int CACHE_SLOTS = 1 << 14;

  private final H3Core h3;
  // a direct-mapped cache of each vessel's last coordinates and their cell
  private final int[] cachedMmsi = new int[CACHE_SLOTS];
  private final double[] cachedLat = new double[CACHE_SLOTS];
  private final double[] cachedLon = new double[CACHE_SLOTS];
  private final long[] cachedCell = new long[CACHE_SLOTS];

  PositionWriter(H3Core h3) {
    this.h3 = h3;
    java.util.Arrays.fill(cachedLat, Double.NaN);
  }

  /** The H3 cell of a coordinate; exact, since a repeated coordinate has the same cell. */
  private long cell(int mmsi, double lat, double lon) {
    int slot = (mmsi * 0x9E3779B1) >>> (32 - 14);
    if (cachedMmsi[slot] == mmsi && cachedLat[slot] == lat && cachedLon[slot] == lon) {
      return cachedCell[slot];
    }
    long c = h3.latLngToCell(lat, lon, Schema.H3_RESOLUTION);
    cachedMmsi[slot] = mmsi;
    cachedLat[slot] = lat;
    cachedLon[slot] = lon;
    cachedCell[slot] = c;
    return c;
  }

  /** Registers the batch's markings (may insert a row: call before any appender is open). */
  static void registerMarkings(DuckDbTrackStore db, List<Position> ps) throws SQLException {
    Releasability seen = null;
    if (ps instanceof PositionColumns c) {
      for (int i = 0, n = c.size(); i < n; i++) {
        if (c.marking[i] != seen) {
          seen = c.marking[i];
          db.markingId(seen);
        }
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
    try (DuckDBAppender a = dc.createAppender("main", "positions")) {
      if (b.positions() instanceof PositionColumns c) {
        appendColumns(db, a, (int) b.sourceId(), c, agg);
      } else {
        appendRecords(db, a, (int) b.sourceId(), b.positions(), agg);
      }
      a.flush();
    }
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
    for (int i = 0, n = c.size(); i < n; i++) {
      if (c.marking[i] != marking) {
        marking = c.marking[i];
        markingId = db.markingId(marking);
      }
      long t = c.micros(i);
      int mmsi = c.mmsi[i];
      agg.position(mmsi, t);
      a.beginRow()
          .append(mmsi)
          .appendEpochMicros(t)
          .append(c.lat[i])
          .append(c.lon[i])
          .append(cell(mmsi, c.lat[i], c.lon[i]));
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
          .append(cell(p.mmsi(), lat, lon));
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
