package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventStore;
import org.tidewatch.core.store.StoredEvent;

/** Events (placeholder table until the detectors define their outputs). */
final class DuckDbEvents implements EventStore {
  private final DuckDbTrackStore db;

  DuckDbEvents(DuckDbTrackStore db) {
    this.db = db;
  }

  @Override
  public void append(List<StoredEvent> events) {
    synchronized (db) {
      try (PreparedStatement p =
          db.connection.prepareStatement(
              "INSERT INTO events VALUES (?, ?, "
                  + Micros.PARAM
                  + ", "
                  + Micros.PARAM
                  + ", ?, ?, ?, ?)")) {
        for (StoredEvent e : events) {
          p.setString(1, e.detector());
          p.setInt(2, e.mmsi());
          p.setLong(3, Micros.of(e.start()));
          p.setLong(4, Micros.of(e.end()));
          p.setDouble(5, e.latitude_deg());
          p.setDouble(6, e.longitude_deg());
          p.setString(7, e.summary());
          p.setString(8, e.releasability().marking());
          p.executeUpdate();
        }
        db.connection.commit();
      } catch (SQLException e) {
        db.rollbackQuietly(e);
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public List<StoredEvent> events(int mmsi, Instant from, Instant to) {
    synchronized (db) {
      try (PreparedStatement p =
          db.connection.prepareStatement(
              "SELECT detector, mmsi, epoch_us(t_start), epoch_us(t_end), lat, lon, summary,"
                  + " marking FROM events WHERE mmsi = ? AND t_end >= "
                  + Micros.PARAM
                  + " AND t_start < "
                  + Micros.PARAM
                  + " ORDER BY t_start, detector")) {
        p.setInt(1, mmsi);
        p.setLong(2, Micros.of(from));
        p.setLong(3, Micros.of(to));
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(
                new StoredEvent(
                    r.getString(1),
                    r.getInt(2),
                    Micros.instant(r.getLong(3)),
                    Micros.instant(r.getLong(4)),
                    r.getDouble(5),
                    r.getDouble(6),
                    r.getString(7),
                    new Releasability(r.getString(8))));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }
}
