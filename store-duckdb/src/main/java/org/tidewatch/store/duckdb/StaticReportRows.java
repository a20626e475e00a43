package org.tidewatch.store.duckdb;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.StaticReport;

/**
 * A batch of static reports that the ingest fills one by one ({@link #add}) and may then
 * {@linkplain #prepare prepare}: each report is copied into columns (its texts into one byte array)
 * and folded into the batch's identity aggregates <em>as it is added</em>, while the report is
 * still in the CPU's caches, so that neither the Parquet file written by {@link #prepare} nor the
 * store's writer has to walk the reports again (walking them later cost about 1.5 µs a report in
 * cache misses, measured with JFR on {@code IngestBenchmark}). Any store accepts it as a plain list
 * of the reports added. Not thread-safe: filled on one thread, then handed over.
 */
public final class StaticReportRows extends AbstractList<StaticReport> implements RandomAccess {
  // the reports are kept as columns only: get(i) rebuilds one (no report objects held per batch)
  private int n;
  IdentityAggregator identities = new IdentityAggregator();

  // the columns of the reports added (see BatchFiles#write(StaticReportRows))
  int[] mmsi = new int[16];
  long[] epochSecond = new long[16];
  int[] nano = new int[16];
  long[] micros = new long[16];
  int[] type = new int[16];
  final Text name = new Text();
  final Text callSign = new Text();
  final Text destination = new Text();
  int[] imo = new int[16];
  boolean[] hasImo = new boolean[16];
  int[] shipType = new int[16];
  boolean[] hasShipType = new boolean[16];
  int[] length = new int[16];
  boolean[] hasLength = new boolean[16];
  int[] beam = new int[16];
  boolean[] hasBeam = new boolean[16];
  double[] draught = new double[16];
  boolean[] hasDraught = new boolean[16];
  int[] sourceIndex = new int[16];
  final List<String> sources = new ArrayList<>();
  private @Nullable String lastSource;
  private int lastSourceIndex;
  long[] line = new long[16];
  long[] run = new long[16];
  long[] hash = new long[16];
  int[] marking = new int[16];
  final List<Releasability> markings = new ArrayList<>();
  private final Map<Releasability, Integer> markingIndex = new IdentityHashMap<>();
  private @Nullable Releasability lastMarking;
  private int lastMarkingIndex = -1;

  BatchFiles.@Nullable Prepared file;

  /** An empty batch. */
  public StaticReportRows() {}

  /**
   * Copies the reports into a new batch and writes its file now (see {@link #prepare(
   * PositionColumns.Preparer)}).
   */
  public static StaticReportRows prepare(List<StaticReport> reports, PositionColumns.Preparer p) {
    StaticReportRows r = new StaticReportRows();
    for (StaticReport s : reports) {
      r.add(s);
    }
    r.prepare(p);
    return r;
  }

  /** Appends a report: its columns and identity claims are taken now. */
  @Override
  public boolean add(StaticReport s) {
    int i = n;
    if (i == mmsi.length) {
      grow(i * 2);
    }
    discard(); // a prepared file no longer holds every report
    mmsi[i] = s.mmsi();
    epochSecond[i] = s.time().getEpochSecond();
    nano[i] = s.time().getNano();
    micros[i] = Micros.of(s.time());
    type[i] = s.messageType();
    name.add(i, s.name());
    callSign.add(i, s.callSign());
    destination.add(i, s.destination());
    hasImo[i] = set(imo, i, s.imo());
    hasShipType[i] = set(shipType, i, s.shipType());
    hasLength[i] = set(length, i, s.length_m());
    hasBeam[i] = set(beam, i, s.beam_m());
    hasDraught[i] = s.draught_m().isPresent();
    draught[i] = s.draught_m().orElse(0);
    Provenance v = s.provenance();
    if (v.source() != lastSource) {
      lastSource = v.source();
      int k = sources.indexOf(lastSource);
      if (k < 0) {
        sources.add(lastSource);
        k = sources.size() - 1;
      }
      lastSourceIndex = k;
    }
    sourceIndex[i] = lastSourceIndex;
    line[i] = v.line();
    run[i] = v.ingestRun();
    hash[i] = v.contentHash();
    marking[i] = markingIndex(v.releasability());
    identities.staticReport(s, micros[i]);
    n++;
    modCount++;
    return true;
  }

  private static boolean set(int[] column, int i, OptionalInt v) {
    column[i] = v.orElse(0);
    return v.isPresent();
  }

  private int markingIndex(Releasability m) {
    if (m != lastMarking) {
      lastMarking = m;
      lastMarkingIndex =
          markingIndex.computeIfAbsent(
              m,
              k -> {
                markings.add(k);
                return markings.size() - 1;
              });
    }
    return lastMarkingIndex;
  }

  private void grow(int n) {
    mmsi = Arrays.copyOf(mmsi, n);
    epochSecond = Arrays.copyOf(epochSecond, n);
    nano = Arrays.copyOf(nano, n);
    micros = Arrays.copyOf(micros, n);
    type = Arrays.copyOf(type, n);
    imo = Arrays.copyOf(imo, n);
    hasImo = Arrays.copyOf(hasImo, n);
    shipType = Arrays.copyOf(shipType, n);
    hasShipType = Arrays.copyOf(hasShipType, n);
    length = Arrays.copyOf(length, n);
    hasLength = Arrays.copyOf(hasLength, n);
    beam = Arrays.copyOf(beam, n);
    hasBeam = Arrays.copyOf(hasBeam, n);
    draught = Arrays.copyOf(draught, n);
    hasDraught = Arrays.copyOf(hasDraught, n);
    sourceIndex = Arrays.copyOf(sourceIndex, n);
    line = Arrays.copyOf(line, n);
    run = Arrays.copyOf(run, n);
    hash = Arrays.copyOf(hash, n);
    marking = Arrays.copyOf(marking, n);
  }

  /**
   * Writes the reports to a temporary Parquet file now, on the caller's thread (optional: without
   * it the store appends them). The file is deleted when a store commits the batch, when it is
   * {@linkplain #discard() discarded}, or after a crash by the next preparation (files of processes
   * no longer running).
   */
  public void prepare(PositionColumns.Preparer p) {
    discard();
    if (n > 0) {
      file = p.files().write(this).orElse(null);
    }
  }

  /**
   * Empties the batch, keeping its arrays for the next one (see {@link PositionColumns#clear()}).
   * Only for a batch no store holds any more: the caller must own it.
   */
  @Override
  public void clear() {
    discard();
    n = 0;
    sources.clear();
    lastSource = null;
    identities = new IdentityAggregator();
    name.clear();
    callSign.clear();
    destination.clear();
    markings.clear();
    markingIndex.clear();
    lastMarking = null;
    modCount++;
  }

  /** Deletes the prepared file, if any. */
  public void discard() {
    if (file != null) {
      file.delete();
      file = null;
    }
  }

  @Override
  public StaticReport get(int i) {
    java.util.Objects.checkIndex(i, n);
    return new StaticReport(
        mmsi[i],
        java.time.Instant.ofEpochSecond(epochSecond[i], nano[i]),
        type[i],
        name.get(i),
        callSign.get(i),
        hasImo[i] ? OptionalInt.of(imo[i]) : OptionalInt.empty(),
        hasShipType[i] ? OptionalInt.of(shipType[i]) : OptionalInt.empty(),
        hasLength[i] ? OptionalInt.of(length[i]) : OptionalInt.empty(),
        hasBeam[i] ? OptionalInt.of(beam[i]) : OptionalInt.empty(),
        hasDraught[i] ? java.util.OptionalDouble.of(draught[i]) : java.util.OptionalDouble.empty(),
        destination.get(i),
        new Provenance(
            sources.get(sourceIndex[i]), line[i], run[i], hash[i], markings.get(marking[i])));
  }

  @Override
  public int size() {
    return n;
  }

  /**
   * An optional text column as UTF-8 in one growing byte array: value {@code i} is {@code
   * bytes[start(i), end[i])}, absent when {@code present[i]} is false (then it is empty).
   */
  static final class Text {
    byte[] bytes = new byte[256];
    int[] end = new int[16];
    boolean[] present = new boolean[16];
    int used;

    void add(int i, Optional<String> v) {
      if (i == end.length) {
        end = Arrays.copyOf(end, i * 2);
        present = Arrays.copyOf(present, i * 2);
      }
      if (v.isPresent()) {
        String s = v.get();
        int n = s.length();
        ensure(n);
        int at = used;
        boolean ascii = true;
        for (int k = 0; k < n; k++) {
          char c = s.charAt(k);
          ascii &= c < 0x80;
          bytes[at + k] = (byte) c;
        }
        if (ascii) {
          used += n;
        } else { // AIS text is ASCII; other sources may not be
          byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
          ensure(utf8.length);
          System.arraycopy(utf8, 0, bytes, used, utf8.length);
          used += utf8.length;
        }
        present[i] = true;
      } else {
        present[i] = false;
      }
      end[i] = used;
    }

    void clear() {
      used = 0;
    }

    /** Value {@code i} as it was added. */
    Optional<String> get(int i) {
      if (!present[i]) {
        return Optional.empty();
      }
      int from = start(i);
      return Optional.of(new String(bytes, from, end[i] - from, StandardCharsets.UTF_8));
    }

    int start(int i) {
      return i == 0 ? 0 : end[i - 1];
    }

    private void ensure(int n) {
      if (used + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
      }
    }
  }
}
