package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.PositionStore;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.DailyCount;
import org.tidewatch.core.track.Position;

/** Position queries. Exact geometry (box containment, antimeridian) is tested in Java. */
final class DuckDbPositions implements PositionStore {
  static final String COLUMNS =
      "mmsi, epoch_us(t), lat, lon, sog, cog, heading, nav_status, msg_type, source_id, line,"
          + " run_id, content_hash, marking_id";

  /**
   * {@link #COLUMNS} as the fields of a struct, in the same order: a downsampled track keeps, per
   * interval, the row with the least (t, source_id, line) ({@code arg_min} over a {@code GROUP BY}
   * of the interval: a third of the time of the {@code row_number()} window it replaced).
   */
  private static final String DOWNSAMPLED_FIELDS =
      "mmsi, us := epoch_us(t), lat, lon, sog, cog, heading, nav_status, msg_type, source_id,"
          + " line, run_id, content_hash, marking_id";

  private final DuckDbTrackStore db;

  // the store's own caches, for queries run on its connection under its lock
  private final Names direct;

  DuckDbPositions(DuckDbTrackStore db) {
    this.db = db;
    this.direct =
        new Names() {
          @Override
          public String sourceName(int sourceId) throws SQLException {
            return db.sourceName(sourceId);
          }

          @Override
          public Releasability marking(short markingId) throws SQLException {
            return db.marking(markingId);
          }
        };
  }

  private Position read(ResultSet r) throws SQLException {
    return read(r, direct);
  }

  private Position read(ResultSet r, Names names) throws SQLException {
    double sog = r.getDouble(5);
    OptionalDouble sogO = r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(sog);
    double cog = r.getDouble(6);
    OptionalDouble cogO = r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(cog);
    int hd = r.getInt(7);
    OptionalInt hdO = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(hd);
    int st = r.getInt(8);
    OptionalInt stO = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(st);
    return new Position(
        r.getInt(1),
        Micros.instant(r.getLong(2)),
        r.getDouble(3),
        r.getDouble(4),
        sogO,
        cogO,
        hdO,
        stO,
        r.getInt(9),
        new Provenance(
            names.sourceName(r.getInt(10)),
            r.getLong(11),
            r.getInt(12),
            r.getLong(13),
            names.marking(r.getShort(14))));
  }

  @Override
  public List<Position> track(int mmsi, Instant from, Instant to, Optional<Duration> downsample) {
    String where =
        " FROM positions WHERE mmsi = ? AND t >= " + Micros.PARAM + " AND t < " + Micros.PARAM;
    String sql =
        downsample.isEmpty()
            ? "SELECT " + TrackReader.COLUMNS + where // ordered in Java, see TrackReader
            : "SELECT unnest(r) FROM (SELECT arg_min(struct_pack("
                + DOWNSAMPLED_FIELDS
                + "), (t, source_id, line)) AS r"
                + where
                + " GROUP BY epoch_us(t) // ?) ORDER BY r.us, r.source_id, r.line";
    // on a read connection, outside the store's lock: track queries run side by side
    try {
      Names names = db.names();
      Connection c = db.readers.acquire();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setInt(1, mmsi);
        p.setLong(2, Micros.of(from));
        p.setLong(3, Micros.of(to));
        if (downsample.isPresent()) {
          long us = downsample.get().toNanos() / 1000;
          if (us <= 0) {
            throw new IllegalArgumentException("downsample interval must be positive");
          }
          p.setLong(4, us);
        }
        try (ResultSet r = p.executeQuery()) {
          if (downsample.isPresent()) {
            List<Position> out = new ArrayList<>();
            while (r.next()) {
              out.add(read(r, names));
            }
            return out;
          }
          TrackReader reader = new TrackReader(names, mmsi);
          reader.readAll(r);
          return reader.positions();
        }
      } finally {
        db.readers.release(c);
      }
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  @Override
  public List<Position> latestInBox(BoundingBox box, Instant at, Duration maxAge) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM positions WHERE t >= "
            + Micros.PARAM
            + " AND t <= "
            + Micros.PARAM
            + " QUALIFY row_number() OVER (PARTITION BY mmsi"
            + " ORDER BY t DESC, source_id DESC, line DESC) = 1 ORDER BY mmsi";
    synchronized (db) {
      try (PreparedStatement p = prepare(sql)) {
        p.setLong(1, Micros.of(at.minus(maxAge)));
        p.setLong(2, Micros.of(at));
        List<Position> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (box.contains(r.getDouble(3), r.getDouble(4))) {
              out.add(read(r));
            }
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public List<DailyCount> dailyCounts(Instant from, Instant to) {
    String range = " WHERE t >= " + Micros.PARAM + " AND t < " + Micros.PARAM;
    String sql =
        "WITH p AS (SELECT t::DATE AS d, count(*) AS n, count(DISTINCT mmsi) AS v FROM positions"
            + range
            + " GROUP BY 1), s AS (SELECT t::DATE AS d, count(*) AS n FROM static_reports"
            + range
            + " GROUP BY 1) SELECT coalesce(p.d, s.d) AS day, coalesce(p.n, 0), coalesce(s.n, 0),"
            + " coalesce(p.v, 0) FROM p FULL OUTER JOIN s ON p.d = s.d ORDER BY day";
    synchronized (db) {
      try (PreparedStatement p = prepare(sql)) {
        p.setLong(1, Micros.of(from));
        p.setLong(2, Micros.of(to));
        p.setLong(3, Micros.of(from));
        p.setLong(4, Micros.of(to));
        List<DailyCount> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(
                new DailyCount(
                    r.getObject(1, LocalDate.class), r.getLong(2), r.getLong(3), r.getLong(4)));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public void scan(PositionFilter f, Consumer<Position> sink) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM positions WHERE t >= ")
            .append(Micros.PARAM)
            .append(" AND t < ")
            .append(Micros.PARAM);
    if (!f.mmsis().isEmpty()) {
      sql.append(" AND mmsi IN (")
          .append(f.mmsis().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
          .append(')');
    }
    if (f.box().isPresent()) {
      // a coarse latitude prefilter; the exact test (with the antimeridian) is done below
      BoundingBox b = f.box().get();
      sql.append(" AND lat BETWEEN ").append(b.south()).append(" AND ").append(b.north());
    }
    sql.append(" ORDER BY mmsi, t, source_id, line");
    synchronized (db) {
      try (PreparedStatement p = prepare(sql.toString())) {
        p.setLong(1, Micros.of(f.from()));
        p.setLong(2, Micros.of(f.to()));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (f.box().isEmpty() || f.box().get().contains(r.getDouble(3), r.getDouble(4))) {
              sink.accept(read(r));
            }
          }
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public long count() {
    synchronized (db) {
      try (Statement s = db.connection.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM positions")) {
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
