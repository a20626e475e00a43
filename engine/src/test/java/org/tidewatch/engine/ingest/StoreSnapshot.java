package org.tidewatch.engine.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * Everything a store holds, through the public API, with the ingest-run id (the one thing a resumed
 * ingest legitimately changes) zeroed: two snapshots are equal when the stores are the same.
 */
record StoreSnapshot(
    List<Position> positions,
    List<StaticReport> statics,
    List<IdentityTimeline> identities,
    List<SourceState> sources,
    List<List<BadRow>> badRows) {

  static final Instant FROM = Instant.parse("1970-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");

  static StoreSnapshot of(DuckDbTrackStore s) {
    List<Position> ps = new ArrayList<>();
    s.positions().scan(PositionFilter.between(FROM, TO), p -> ps.add(withoutRun(p)));
    TreeSet<Integer> mmsis = new TreeSet<>();
    ps.forEach(p -> mmsis.add(p.mmsi()));
    List<StaticReport> statics = new ArrayList<>();
    List<IdentityTimeline> ids = new ArrayList<>();
    // statics of MMSIs without positions are found through the vessel search
    s.identities()
        .search(
            new org.tidewatch.core.store.VesselQuery(
                java.util.OptionalInt.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty()),
            Integer.MAX_VALUE)
        .forEach(v -> mmsis.add(v.mmsi()));
    for (int m : mmsis) {
      for (StaticReport r : s.staticReports().reports(m, FROM, TO)) {
        statics.add(withoutRun(r));
      }
      ids.add(s.identities().timeline(m));
    }
    List<SourceState> sources = s.ingest().sources();
    List<List<BadRow>> bad = new ArrayList<>();
    for (SourceState src : sources) {
      bad.add(s.ingest().badRows(src.sourceId()));
    }
    return new StoreSnapshot(ps, statics, ids, sources, bad);
  }

  private static Provenance zero(Provenance p) {
    return new Provenance(p.source(), p.line(), 0, p.contentHash(), p.releasability());
  }

  private static Position withoutRun(Position p) {
    return new Position(
        p.mmsi(),
        p.time(),
        p.latitude_deg(),
        p.longitude_deg(),
        p.speedOverGround_kn(),
        p.courseOverGround_deg(),
        p.trueHeading_deg(),
        p.navigationStatus(),
        p.messageType(),
        zero(p.provenance()));
  }

  private static StaticReport withoutRun(StaticReport r) {
    return new StaticReport(
        r.mmsi(),
        r.time(),
        r.messageType(),
        r.name(),
        r.callSign(),
        r.imo(),
        r.shipType(),
        r.length_m(),
        r.beam_m(),
        r.draught_m(),
        r.destination(),
        zero(r.provenance()));
  }
}
