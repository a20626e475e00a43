package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.StaticReport;

/**
 * Folds one batch into identity-claim and vessel aggregates (first seen = min, last seen = max,
 * counts = sums), then appends them to {@code identity_deltas}, which {@link IdentityDeltas} folds
 * into the tables. Because min, max and sum do not depend on how records are split into batches,
 * the tables end the same however the ingest was interrupted and resumed.
 */
final class IdentityAggregator {
  private record ClaimKey(int mmsi, ClaimKind kind, String value) {}

  private static final class Span {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    long count;
    long statics;
    // a vessel's two most recent distinct static reports (class B alternates parts A and B)
    @org.jspecify.annotations.Nullable ClaimSet recent;
    @org.jspecify.annotations.Nullable ClaimSet previous;

    void see(long t) {
      if (t < first) {
        first = t;
      }
      if (t > last) {
        last = t;
      }
      count++;
    }
  }

  /**
   * The claims one static report makes, and their spans: a vessel repeats the same report every few
   * minutes, and a repeat only moves the spans (no keys to build, hash or look up).
   */
  private record ClaimSet(
      Optional<String> name,
      Optional<String> callSign,
      java.util.OptionalInt imo,
      java.util.OptionalInt shipType,
      java.util.OptionalInt length,
      java.util.OptionalInt beam,
      Span[] spans) {
    boolean sameClaims(StaticReport s) {
      return name.equals(s.name())
          && callSign.equals(s.callSign())
          && imo.equals(s.imo())
          && shipType.equals(s.shipType())
          && length.equals(s.length_m())
          && beam.equals(s.beam_m());
    }
  }

  private final Map<ClaimKey, Span> claims = new HashMap<>();
  // vessels: an open-addressing map from MMSI to span (no boxing), half full at most
  private int[] vesselMmsi = new int[1 << 10];
  private @org.jspecify.annotations.Nullable Span[] vesselSpan = new Span[1 << 10];
  private int vesselCount;

  /** Folds one position of a vessel at {@code t} (µs since the epoch). */
  void position(int mmsi, long t) {
    vessel(mmsi).see(t);
  }

  /** Folds a batch's per-vessel position spans. */
  void positions(VesselSpans spans) {
    spans.forEach(
        (mmsi, first, last, count) -> {
          Span v = vessel(mmsi);
          if (first < v.first) {
            v.first = first;
          }
          if (last > v.last) {
            v.last = last;
          }
          v.count += count;
        });
  }

  void staticReport(StaticReport s) {
    staticReport(s, Micros.of(s.time()));
  }

  /** Folds a static report whose time is {@code t} (µs since the epoch). */
  void staticReport(StaticReport s, long t) {
    Span v = vessel(s.mmsi());
    // a vessel's span covers its static reports; its position count does not
    if (t < v.first) {
      v.first = t;
    }
    if (t > v.last) {
      v.last = t;
    }
    v.statics++;
    if (v.recent != null && v.recent.sameClaims(s)) {
      see(v.recent.spans(), t);
      return;
    }
    if (v.previous != null && v.previous.sameClaims(s)) {
      ClaimSet p = v.previous;
      v.previous = v.recent;
      v.recent = p;
      see(p.spans(), t);
      return;
    }
    List<Span> spans = new ArrayList<>(5);
    claim(spans, s.mmsi(), ClaimKind.NAME, s.name(), t);
    claim(spans, s.mmsi(), ClaimKind.CALL_SIGN, s.callSign(), t);
    if (s.imo().isPresent()) {
      claim(
          spans,
          s.mmsi(),
          ClaimKind.IMO,
          Optional.of(IdentityClaim.imoValue(s.imo().getAsInt())),
          t);
    }
    if (s.shipType().isPresent()) {
      claim(
          spans,
          s.mmsi(),
          ClaimKind.SHIP_TYPE,
          Optional.of(Integer.toString(s.shipType().getAsInt())),
          t);
    }
    if (s.length_m().isPresent() && s.beam_m().isPresent()) {
      claim(
          spans,
          s.mmsi(),
          ClaimKind.DIMENSIONS,
          Optional.of(s.length_m().getAsInt() + "x" + s.beam_m().getAsInt()),
          t);
    }
    v.previous = v.recent;
    v.recent =
        new ClaimSet(
            s.name(),
            s.callSign(),
            s.imo(),
            s.shipType(),
            s.length_m(),
            s.beam_m(),
            spans.toArray(new Span[0]));
  }

  private static void see(Span[] spans, long t) {
    for (Span c : spans) {
      c.see(t);
    }
  }

  /** Folds another aggregate in (which is left as it was). */
  void merge(IdentityAggregator other) {
    for (int i = 0; i < other.vesselSpan.length; i++) {
      Span o = other.vesselSpan[i];
      if (o != null) {
        Span v = vessel(other.vesselMmsi[i]);
        v.first = Math.min(v.first, o.first);
        v.last = Math.max(v.last, o.last);
        v.count += o.count;
        v.statics += o.statics;
      }
    }
    other.claims.forEach(
        (k, o) -> {
          Span c = claims.computeIfAbsent(k, x -> new Span());
          c.first = Math.min(c.first, o.first);
          c.last = Math.max(c.last, o.last);
          c.count += o.count;
        });
  }

  /** The append through one batch file (vessels have no kind); false when not written. */
  private boolean appendFromFile(Connection c, BatchFiles files) throws SQLException {
    int n = claims.size() + vesselCount;
    int[] mmsi = new int[n];
    StaticReportRows.Text kind = new StaticReportRows.Text();
    StaticReportRows.Text value = new StaticReportRows.Text();
    long[] first = new long[n];
    long[] last = new long[n];
    long[] count = new long[n];
    long[] statics = new long[n];
    int i = 0;
    for (Map.Entry<ClaimKey, Span> e : claims.entrySet()) {
      ClaimKey k = e.getKey();
      Span v = e.getValue();
      mmsi[i] = k.mmsi();
      kind.add(i, Optional.of(k.kind().name()));
      value.add(i, Optional.of(k.value()));
      first[i] = v.first;
      last[i] = v.last;
      count[i] = v.count;
      i++;
    }
    for (int j = 0; j < vesselSpan.length; j++) {
      Span v = vesselSpan[j];
      if (v == null) {
        continue;
      }
      mmsi[i] = vesselMmsi[j];
      kind.add(i, Optional.empty());
      value.add(i, Optional.empty());
      first[i] = v.first;
      last[i] = v.last;
      count[i] = v.count;
      statics[i] = v.statics;
      i++;
    }
    java.util.Optional<java.nio.file.Path> f =
        files.writeAggregates(n, mmsi, kind, value, first, last, count, statics);
    if (f.isEmpty()) {
      return false;
    }
    try (java.sql.PreparedStatement p = c.prepareStatement(IdentityDeltas.APPEND_FROM_FILE)) {
      p.setString(1, f.get().toString());
      p.executeUpdate();
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(f.get());
      } catch (java.io.IOException e) {
        // a leftover temporary file; removed by a later cleanup
      }
    }
    return true;
  }

  private Span vessel(int mmsi) {
    int i = vesselSlot(mmsi);
    Span s = vesselSpan[i];
    if (s != null) {
      return s;
    }
    if (2 * (vesselCount + 1) > vesselSpan.length) {
      int[] oldMmsi = vesselMmsi;
      @org.jspecify.annotations.Nullable Span[] oldSpans = vesselSpan;
      vesselMmsi = new int[2 * oldSpans.length];
      vesselSpan = new Span[2 * oldSpans.length];
      for (int j = 0; j < oldSpans.length; j++) {
        if (oldSpans[j] != null) {
          int k = vesselSlot(oldMmsi[j]);
          vesselMmsi[k] = oldMmsi[j];
          vesselSpan[k] = oldSpans[j];
        }
      }
      i = vesselSlot(mmsi);
    }
    s = new Span();
    vesselMmsi[i] = mmsi;
    vesselSpan[i] = s;
    vesselCount++;
    return s;
  }

  /** The slot of {@code mmsi} in the vessel map, or the free slot where it would go. */
  private int vesselSlot(int mmsi) {
    int mask = vesselSpan.length - 1;
    int i = (mmsi * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(vesselSpan.length));
    while (vesselSpan[i] != null && vesselMmsi[i] != mmsi) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void claim(List<Span> spans, int mmsi, ClaimKind kind, Optional<String> value, long t) {
    if (value.isPresent() && !value.get().isBlank()) {
      Span c = claims.computeIfAbsent(new ClaimKey(mmsi, kind, value.get()), k -> new Span());
      c.see(t);
      spans.add(c);
    }
  }

  /**
   * Appends the aggregates to {@code identity_deltas} (see {@link IdentityDeltas}, which folds them
   * into {@code identity_claims} and {@code vessels}): through one batch file of {@code files} when
   * given (DuckDB reads it faster than the JDBC appender takes rows), else through the appender.
   *
   * @return the rows appended
   */
  int append(Connection c, @org.jspecify.annotations.Nullable BatchFiles files)
      throws SQLException {
    if (vesselCount == 0) {
      return 0;
    }
    // the MID flag claims are made from the vessel rows when the deltas are folded
    int rows = claims.size() + vesselCount;
    if (files != null && appendFromFile(c, files)) {
      return rows;
    }
    DuckDBConnection dc = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = dc.createAppender("main", "identity_deltas")) {
      for (Map.Entry<ClaimKey, Span> e : claims.entrySet()) {
        ClaimKey k = e.getKey();
        Span v = e.getValue();
        a.beginRow()
            .append(k.mmsi())
            .append(k.kind().name())
            .append(k.value())
            .append(v.first)
            .append(v.last)
            .append(v.count)
            .append(0L)
            .endRow();
      }
      for (int j = 0; j < vesselSpan.length; j++) {
        Span v = vesselSpan[j];
        if (v == null) {
          continue;
        }
        a.beginRow().append(vesselMmsi[j]);
        a.appendNull();
        a.appendNull();
        a.append(v.first).append(v.last).append(v.count).append(v.statics).endRow();
      }
      a.flush();
    }
    return rows;
  }
}
