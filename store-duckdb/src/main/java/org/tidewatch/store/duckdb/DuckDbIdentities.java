package org.tidewatch.store.duckdb;

import static java.util.stream.Collectors.joining;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IdentityStore;
import org.tidewatch.core.store.VesselQuery;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.core.track.VesselSummary;

/**
 * Identity lookups on the maintained {@code identity_claims} and {@code vessels} tables (with the
 * deltas of committed batches folded in first: {@link IdentityDeltas}).
 */
final class DuckDbIdentities implements IdentityStore {
  private final DuckDbTrackStore db;

  DuckDbIdentities(DuckDbTrackStore db) {
    this.db = db;
  }

  /** Folds committed batches' identity deltas into the tables first (the caller holds the lock). */
  private void foldDeltas() {
    try {
      db.foldIdentities();
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  @Override
  public IdentityTimeline timeline(int mmsi) {
    synchronized (db) {
      foldDeltas();
      try (PreparedStatement p =
          db.connection.prepareStatement(
              "SELECT mmsi, kind, value, epoch_us(first_seen), epoch_us(last_seen), reports"
                  + " FROM identity_claims WHERE mmsi = ?")) {
        p.setInt(1, mmsi);
        List<IdentityClaim> claims = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            claims.add(
                new IdentityClaim(
                    r.getInt(1),
                    ClaimKind.valueOf(r.getString(2)),
                    r.getString(3),
                    Micros.instant(r.getLong(4)),
                    Micros.instant(r.getLong(5)),
                    r.getLong(6)));
          }
        }
        return new IdentityTimeline(mmsi, claims);
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public void claims(Set<ClaimKind> kinds, Consumer<IdentityTimeline> sink) {
    if (kinds.isEmpty()) {
      return;
    }
    String in = kinds.stream().map(k -> "'" + k.name() + "'").sorted().collect(joining(","));
    List<IdentityTimeline> out = new ArrayList<>();
    synchronized (db) {
      foldDeltas();
      try (Statement st = db.connection.createStatement();
          ResultSet r =
              st.executeQuery(
                  "SELECT mmsi, kind, value, epoch_us(first_seen), epoch_us(last_seen), reports"
                      + " FROM identity_claims WHERE kind IN ("
                      + in
                      + ") ORDER BY mmsi")) {
        List<IdentityClaim> claims = new ArrayList<>();
        int current = 0;
        while (r.next()) {
          int mmsi = r.getInt(1);
          if (!claims.isEmpty() && mmsi != current) {
            out.add(new IdentityTimeline(current, claims));
            claims = new ArrayList<>();
          }
          current = mmsi;
          claims.add(
              new IdentityClaim(
                  mmsi,
                  ClaimKind.valueOf(r.getString(2)),
                  r.getString(3),
                  Micros.instant(r.getLong(4)),
                  Micros.instant(r.getLong(5)),
                  r.getLong(6)));
        }
        if (!claims.isEmpty()) {
          out.add(new IdentityTimeline(current, claims));
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
    out.forEach(sink); // outside the store's lock
  }

  @Override
  public List<IdentityTimeline> timelinesForImo(String imo) {
    List<Integer> mmsis =
        ints(
            "SELECT DISTINCT mmsi FROM identity_claims WHERE kind = 'IMO' AND value = ?"
                + " ORDER BY mmsi",
            imo);
    List<IdentityTimeline> out = new ArrayList<>();
    for (int m : mmsis) {
      out.add(timeline(m));
    }
    return out;
  }

  @Override
  public List<Integer> mmsisWithDistinct(ClaimKind kind, int minDistinct) {
    return ints(
        "SELECT mmsi FROM identity_claims WHERE kind = ? GROUP BY mmsi"
            + " HAVING count(*) >= "
            + minDistinct
            + " ORDER BY mmsi",
        kind.name());
  }

  private List<Integer> ints(String sql, String param) {
    synchronized (db) {
      foldDeltas();
      try (PreparedStatement p = db.connection.prepareStatement(sql)) {
        p.setString(1, param);
        List<Integer> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(r.getInt(1));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public Optional<VesselSummary> vessel(int mmsi) {
    List<VesselSummary> l = search(VesselQuery.byMmsi(mmsi), 1);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  @Override
  public List<VesselSummary> search(VesselQuery q, int limit) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT v.mmsi, epoch_us(v.first_seen), epoch_us(v.last_seen), v.positions,
              (SELECT value FROM identity_claims c WHERE c.mmsi = v.mmsi AND c.kind = 'NAME'
                 ORDER BY last_seen DESC, reports DESC, value LIMIT 1),
              (SELECT value FROM identity_claims c WHERE c.mmsi = v.mmsi AND c.kind = 'CALL_SIGN'
                 ORDER BY last_seen DESC, reports DESC, value LIMIT 1),
              (SELECT value FROM identity_claims c WHERE c.mmsi = v.mmsi AND c.kind = 'IMO'
                 ORDER BY last_seen DESC, reports DESC, value LIMIT 1),
              (SELECT value FROM identity_claims c WHERE c.mmsi = v.mmsi AND c.kind = 'SHIP_TYPE'
                 ORDER BY last_seen DESC, reports DESC, value LIMIT 1)
            FROM vessels v WHERE true""");
    List<Object> params = new ArrayList<>();
    if (q.mmsi().isPresent()) {
      sql.append(" AND v.mmsi = ?");
      params.add(q.mmsi().getAsInt());
    }
    if (q.imo().isPresent()) {
      sql.append(
          " AND v.mmsi IN (SELECT mmsi FROM identity_claims WHERE kind = 'IMO' AND value = ?)");
      params.add(q.imo().get());
    }
    if (q.nameContains().isPresent()) {
      sql.append(
          " AND v.mmsi IN (SELECT mmsi FROM identity_claims WHERE kind = 'NAME'"
              + " AND contains(upper(value), ?))");
      params.add(q.nameContains().get());
    }
    sql.append(" ORDER BY v.mmsi LIMIT ").append(Math.max(0, limit));
    synchronized (db) {
      foldDeltas();
      try (PreparedStatement p = db.connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < params.size(); i++) {
          p.setObject(i + 1, params.get(i));
        }
        List<VesselSummary> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(
                new VesselSummary(
                    r.getInt(1),
                    Micros.instant(r.getLong(2)),
                    Micros.instant(r.getLong(3)),
                    r.getLong(4),
                    Optional.ofNullable(r.getString(5)),
                    Optional.ofNullable(r.getString(6)),
                    Optional.ofNullable(r.getString(7)),
                    Optional.ofNullable(r.getString(8))));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public List<Releasability> markings() {
    synchronized (db) {
      List<Releasability> out = new ArrayList<>();
      try (PreparedStatement p =
              db.connection.prepareStatement("SELECT marking FROM markings ORDER BY marking");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Releasability(r.getString(1)));
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
      return out;
    }
  }
}
