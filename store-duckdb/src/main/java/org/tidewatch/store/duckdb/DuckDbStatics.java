package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.store.StaticReportStore;
import org.tidewatch.core.track.StaticReport;

/** Static report queries. */
final class DuckDbStatics implements StaticReportStore {
  private final DuckDbTrackStore db;

  DuckDbStatics(DuckDbTrackStore db) {
    this.db = db;
  }

  @Override
  public List<StaticReport> reports(int mmsi, Instant from, Instant to) {
    String sql =
        "SELECT mmsi, epoch_us(t), msg_type, name, call_sign, imo, ship_type, length_m, beam_m,"
            + " draught_m, destination, source_id, line, run_id, content_hash, marking_id"
            + " FROM static_reports WHERE mmsi = ? AND t >= "
            + Micros.PARAM
            + " AND t < "
            + Micros.PARAM
            + " ORDER BY t, source_id, line";
    synchronized (db) {
      try (PreparedStatement p = prepare(sql)) {
        p.setInt(1, mmsi);
        p.setLong(2, Micros.of(from));
        p.setLong(3, Micros.of(to));
        List<StaticReport> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(
                new StaticReport(
                    r.getInt(1),
                    Micros.instant(r.getLong(2)),
                    r.getInt(3),
                    Optional.ofNullable(r.getString(4)),
                    Optional.ofNullable(r.getString(5)),
                    optInt(r, 6),
                    optInt(r, 7),
                    optInt(r, 8),
                    optInt(r, 9),
                    optDouble(r, 10),
                    Optional.ofNullable(r.getString(11)),
                    new Provenance(
                        db.sourceName(r.getInt(12)),
                        r.getLong(13),
                        r.getLong(14),
                        r.getLong(15),
                        db.marking(r.getShort(16)))));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  static OptionalInt optInt(ResultSet r, int col) throws SQLException {
    int v = r.getInt(col);
    return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
  }

  static OptionalDouble optDouble(ResultSet r, int col) throws SQLException {
    double v = r.getDouble(col);
    return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public long count() {
    synchronized (db) {
      try (Statement s = db.connection.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM static_reports")) {
        r.next();
        return r.getLong(1);
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    db.primeCaches();
    return db.connection.prepareStatement(sql);
  }
}
