package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.track.BoundingBox;

/**
 * The event query behind {@code find}, under the store's lock: the vessel's event ids from {@code
 * event_vessels} (when the filter names one); the rows without their payloads (types, times,
 * confidence, the box and those ids in SQL; ordered by start then id; the limit in SQL); then the
 * payloads of the typed events found, by id through the index on {@code events(event_id)} (or by
 * one scan when there are many). The rows are turned into records, and the payloads decoded, after
 * the lock is released.
 */
final class EventQuery {

  /**
   * A found event and its detector name (a summary row's own name, or the type name).
   *
   * @param record the event
   * @param detector detector name
   */
  record Hit(EventRecord record, String detector) {}

  private record Raw(
      String id,
      String type,
      String detector,
      int mmsi,
      long start_us,
      long end_us,
      double lat,
      double lon,
      OptionalDouble confidence,
      String summary,
      short markingId) {}

  private EventQuery() {}

  /** Above this many typed events found, the payloads are read by one scan, not by id. */
  private static final int PAYLOADS_BY_SCAN = 5_000;

  /** Ids per payload look-up (each an index scan of {@code events(event_id)}). */
  private static final int IDS_PER_LOOKUP = 1_000;

  static List<Hit> run(
      DuckDbTrackStore db, EventFilter f, Optional<String> id, boolean withPayloads) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> args = new ArrayList<>();
    if (id.isPresent()) {
      where.append(" AND event_id = ?");
      args.add(id.get());
    }
    if (!f.types().isEmpty()) {
      where.append(
          f.types().stream()
              .map(t -> "'" + t.name() + "'")
              .sorted()
              .collect(Collectors.joining(", ", " AND type IN (", ")")));
    }
    if (f.from().isPresent()) {
      where.append(" AND t_end >= ").append(Micros.PARAM);
      args.add(Micros.of(f.from().get()));
    }
    if (f.to().isPresent()) {
      where.append(" AND t_start < ").append(Micros.PARAM);
      args.add(Micros.of(f.to().get()));
    }
    if (f.minConfidence().isPresent()) {
      where.append(" AND confidence >= ?");
      args.add(f.minConfidence().getAsDouble());
    }
    if (f.box().isPresent()) {
      BoundingBox b = f.box().get();
      where.append(" AND lat BETWEEN ? AND ?");
      args.add(b.south());
      args.add(b.north());
      where.append(
          b.crossesAntimeridian() ? " AND (lon >= ? OR lon <= ?)" : " AND lon BETWEEN ? AND ?");
      args.add(b.west());
      args.add(b.east());
    }
    List<Raw> raws = new ArrayList<>();
    Map<String, String> payloads = new HashMap<>();
    Names.Snapshot names;
    synchronized (db) {
      try {
        names = db.names();
        if (f.mmsi().isPresent()) {
          // the vessel's event ids first (event_vessels), then a constant IN list that the index
          // on events(event_id) answers; a semi-join would scan every event
          List<String> ids = vesselEventIds(db, f.mmsi().getAsInt());
          if (ids.isEmpty()) {
            return List.of();
          }
          where.append(" AND event_id IN ").append(inList(ids));
        }
        // 1. the rows without their payloads (the wide column; not even "payload IS NOT NULL",
        // which reads it: a typed event is one a detection run wrote): filters, order and limit
        String sql =
            "SELECT event_id, type, detector, mmsi, epoch_us(t_start), epoch_us(t_end),"
                + " coalesce(lat, 'NaN'::DOUBLE), coalesce(lon, 'NaN'::DOUBLE), confidence,"
                + " summary, marking_id, detection_run IS NOT NULL FROM events"
                + where
                + " ORDER BY t_start, event_id"
                + (f.limit().isPresent() ? " LIMIT " + f.limit().getAsInt() : "");
        List<String> typed = new ArrayList<>();
        try (PreparedStatement p = db.connection.prepareStatement(sql)) {
          bind(p, args);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              double c = r.getDouble(9);
              OptionalDouble confidence =
                  r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(c);
              Raw w =
                  new Raw(
                      r.getString(1),
                      r.getString(2),
                      r.getString(3),
                      r.getInt(4),
                      r.getLong(5),
                      r.getLong(6),
                      r.getDouble(7),
                      r.getDouble(8),
                      confidence,
                      r.getString(10),
                      r.getShort(11));
              raws.add(w);
              if (withPayloads && r.getBoolean(12)) {
                typed.add(w.id());
              }
            }
          }
        }
        // 2. the payloads of the typed events found
        if (typed.size() > PAYLOADS_BY_SCAN) {
          readPayloads(db, "SELECT event_id, payload FROM events" + where, args, payloads);
        } else {
          for (int i = 0; i < typed.size(); i += IDS_PER_LOOKUP) {
            List<String> chunk = typed.subList(i, Math.min(typed.size(), i + IDS_PER_LOOKUP));
            readPayloads(
                db,
                "SELECT event_id, payload FROM events WHERE event_id IN " + inList(chunk),
                List.of(),
                payloads);
          }
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
    List<Hit> out = new ArrayList<>(raws.size());
    for (Raw w : raws) {
      if (f.box().isPresent() && !f.box().get().contains(w.lat(), w.lon())) {
        continue;
      }
      Releasability marking;
      try {
        marking = names.marking(w.markingId());
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
      out.add(new Hit(record(w, Optional.ofNullable(payloads.get(w.id())), marking), w.detector()));
    }
    return out;
  }

  private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      p.setObject(i + 1, args.get(i));
    }
  }

  private static void readPayloads(
      DuckDbTrackStore db, String sql, List<Object> args, Map<String, String> into)
      throws SQLException {
    try (PreparedStatement p = db.connection.prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String payload = r.getString(2);
          if (payload != null) {
            into.put(r.getString(1), payload);
          }
        }
      }
    }
  }

  /** The MMSIs named by an id of the form {@code TYPE:mmsi[+mmsi]:startEpochSecond}. */
  static Optional<List<Integer>> mmsisOf(String id) {
    int a = id.indexOf(':');
    int b = id.lastIndexOf(':');
    if (a < 0 || b <= a) {
      return Optional.empty();
    }
    List<Integer> out = new ArrayList<>(2);
    try {
      for (String m : id.substring(a + 1, b).split("\\+")) {
        out.add(Integer.parseInt(m));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(out));
  }

  /** A constant SQL list of strings. */
  private static String inList(List<String> values) {
    StringBuilder in = new StringBuilder("(");
    for (int i = 0; i < values.size(); i++) {
      in.append(i == 0 ? "'" : ", '").append(values.get(i).replace("'", "''")).append('\'');
    }
    return in.append(')').toString();
  }

  private static List<String> vesselEventIds(DuckDbTrackStore db, int mmsi) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p =
        db.connection.prepareStatement("SELECT event_id FROM event_vessels WHERE mmsi = ?")) {
      p.setInt(1, mmsi);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  private static EventRecord record(Raw w, Optional<String> payload, Releasability marking) {
    if (payload.isPresent()) {
      DetectedEvent e = EventCodec.decode(payload.get());
      return new EventRecord(
          w.id(),
          w.type(),
          e.mmsis(),
          e.start(),
          e.end(),
          e.latitude_deg(),
          e.longitude_deg(),
          w.confidence(),
          w.summary(), // as stored from e.summary(), without formatting it again
          marking,
          Optional.of(e));
    }
    return new EventRecord(
        w.id(),
        w.type(),
        mmsisOf(w.id()).orElse(List.of(w.mmsi())),
        Micros.instant(w.start_us()),
        Micros.instant(w.end_us()),
        w.lat(),
        w.lon(),
        w.confidence(),
        w.summary(),
        marking,
        Optional.empty());
  }
}
