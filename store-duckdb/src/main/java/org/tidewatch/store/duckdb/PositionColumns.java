package org.tidewatch.store.duckdb;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;

/**
 * A batch of positions held as primitive columns: a {@link java.util.List} of {@link Position} (any
 * store accepts it; {@link #get} rebuilds an equal record) that the DuckDB store appends straight
 * from its arrays.
 *
 * <p>Why: an ingest batch lives while the reader fills it and the writer commits it, long enough
 * for the garbage collector to copy a list of records several times. Here the records die young
 * (they are copied into the columns as they arrive), a row costs about 100 bytes instead of about
 * 250, and the writer reads arrays in order instead of chasing seven objects per row.
 *
 * <p>{@link #prepare} optionally does, on the caller's thread, the per-row work the DuckDB store
 * would otherwise do inside its commit (H3 cells and per-vessel spans), so that a reader thread
 * with spare time takes it off the store's writer thread.
 *
 * <p>Only {@link #add(Position)} modifies it; it is not thread-safe, and must not be modified once
 * handed to a store.
 */
public final class PositionColumns extends AbstractList<Position> implements RandomAccess {
  private int n;
  int[] mmsi;
  long[] epochSecond;
  int[] nano;
  double[] lat;
  double[] lon;
  double[] sog;
  boolean[] hasSog;
  double[] cog;
  boolean[] hasCog;
  int[] heading;
  boolean[] hasHeading;
  int[] status;
  boolean[] hasStatus;
  int[] type;
  // sources and markings as indexes into the batch's few distinct values (an int store per row:
  // no reference store, whose GC write barrier cost more than the rest of the row)
  int[] sourceIndex;
  final List<String> sources = new ArrayList<>();
  long[] line;
  long[] run;
  long[] hash;
  int[] markingIndex;
  final List<Releasability> markings = new ArrayList<>();
  private @Nullable String lastSource;
  private int lastSourceIndex;
  private @Nullable Releasability lastMarking;
  private int lastMarkingIndex;
  // set by prepare(), dropped by add()
  long @Nullable [] micros;
  long @Nullable [] cells;
  // the arrays of the last preparation, reused by the next (see clear())
  private long @Nullable [] spareMicros;
  private long @Nullable [] spareCells;
  @Nullable VesselSpans spans;
  // the rows as a Parquet file (see BatchFiles); its marking column indexes this list
  BatchFiles.@Nullable Prepared file;

  /**
   * What {@link #prepare} keeps between batches (an H3 cache keyed by vessel) and where it writes
   * the batch files. Not thread-safe: one per reader thread.
   */
  public static final class Preparer {
    private final CellCache cells = new CellCache();
    private final BatchFiles files = BatchFiles.inTempDir();

    /** Loads the H3 native library. */
    public Preparer() {}

    BatchFiles files() {
      return files;
    }
  }

  /** An empty batch with room for {@code capacity} rows (it grows beyond). */
  public PositionColumns(int capacity) {
    allocate(Math.max(16, capacity));
  }

  private void allocate(int m) {
    mmsi = mmsi == null ? new int[m] : Arrays.copyOf(mmsi, m);
    epochSecond = epochSecond == null ? new long[m] : Arrays.copyOf(epochSecond, m);
    nano = nano == null ? new int[m] : Arrays.copyOf(nano, m);
    lat = lat == null ? new double[m] : Arrays.copyOf(lat, m);
    lon = lon == null ? new double[m] : Arrays.copyOf(lon, m);
    sog = sog == null ? new double[m] : Arrays.copyOf(sog, m);
    hasSog = hasSog == null ? new boolean[m] : Arrays.copyOf(hasSog, m);
    cog = cog == null ? new double[m] : Arrays.copyOf(cog, m);
    hasCog = hasCog == null ? new boolean[m] : Arrays.copyOf(hasCog, m);
    heading = heading == null ? new int[m] : Arrays.copyOf(heading, m);
    hasHeading = hasHeading == null ? new boolean[m] : Arrays.copyOf(hasHeading, m);
    status = status == null ? new int[m] : Arrays.copyOf(status, m);
    hasStatus = hasStatus == null ? new boolean[m] : Arrays.copyOf(hasStatus, m);
    type = type == null ? new int[m] : Arrays.copyOf(type, m);
    sourceIndex = sourceIndex == null ? new int[m] : Arrays.copyOf(sourceIndex, m);
    line = line == null ? new long[m] : Arrays.copyOf(line, m);
    run = run == null ? new long[m] : Arrays.copyOf(run, m);
    hash = hash == null ? new long[m] : Arrays.copyOf(hash, m);
    markingIndex = markingIndex == null ? new int[m] : Arrays.copyOf(markingIndex, m);
  }

  @Override
  public boolean add(Position p) {
    if (n == mmsi.length) {
      allocate(n * 2);
    }
    int i = n;
    mmsi[i] = p.mmsi();
    epochSecond[i] = p.time().getEpochSecond();
    nano[i] = p.time().getNano();
    lat[i] = p.latitude_deg();
    lon[i] = p.longitude_deg();
    hasSog[i] = p.speedOverGround_kn().isPresent();
    sog[i] = hasSog[i] ? p.speedOverGround_kn().getAsDouble() : 0;
    hasCog[i] = p.courseOverGround_deg().isPresent();
    cog[i] = hasCog[i] ? p.courseOverGround_deg().getAsDouble() : 0;
    hasHeading[i] = p.trueHeading_deg().isPresent();
    heading[i] = hasHeading[i] ? p.trueHeading_deg().getAsInt() : 0;
    hasStatus[i] = p.navigationStatus().isPresent();
    status[i] = hasStatus[i] ? p.navigationStatus().getAsInt() : 0;
    type[i] = p.messageType();
    Provenance v = p.provenance();
    sourceIndex[i] = sourceIndex(v.source());
    line[i] = v.line();
    run[i] = v.ingestRun();
    hash[i] = v.contentHash();
    markingIndex[i] = markingIndex(v.releasability());
    dropPreparation();
    n++;
    modCount++;
    return true;
  }

  /**
   * Appends one position given field by field: the same row as {@link #add(Position)} of the record
   * these fields make, without building the record (the ingest's hot path). The time is the {@link
   * Instant}'s seconds and nanoseconds; an absent speed or course is {@code NaN}, an absent heading
   * or navigation status {@code -1}.
   */
  public void add(
      int mmsi,
      long epochSecond,
      int nano,
      double latitude_deg,
      double longitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      int trueHeading_deg,
      int navigationStatus,
      int messageType,
      String source,
      long line,
      long ingestRun,
      long contentHash,
      Releasability releasability) {
    if (n == this.mmsi.length) {
      allocate(n * 2);
    }
    int i = n;
    this.mmsi[i] = mmsi;
    this.epochSecond[i] = epochSecond;
    this.nano[i] = nano;
    lat[i] = latitude_deg;
    lon[i] = longitude_deg;
    boolean sogPresent = !Double.isNaN(speedOverGround_kn);
    hasSog[i] = sogPresent;
    sog[i] = sogPresent ? speedOverGround_kn : 0;
    boolean cogPresent = !Double.isNaN(courseOverGround_deg);
    hasCog[i] = cogPresent;
    cog[i] = cogPresent ? courseOverGround_deg : 0;
    hasHeading[i] = trueHeading_deg >= 0;
    heading[i] = Math.max(0, trueHeading_deg);
    hasStatus[i] = navigationStatus >= 0;
    status[i] = Math.max(0, navigationStatus);
    type[i] = messageType;
    sourceIndex[i] = sourceIndex(source);
    this.line[i] = line;
    run[i] = ingestRun;
    hash[i] = contentHash;
    markingIndex[i] = markingIndex(releasability);
    dropPreparation();
    n++;
    modCount++;
  }

  /**
   * Empties the batch, keeping its arrays for the next one (a batch of 250 k rows holds about 25
   * MB, which G1 allocates as humongous objects: reusing it saves their allocation and the
   * collections it triggers). Only for a batch no store holds any more: the caller must own it.
   */
  public void clear() {
    dropPreparation();
    sources.clear();
    markings.clear();
    lastSource = null;
    lastMarking = null;
    n = 0;
    modCount++;
  }

  @Override
  public Position get(int i) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException(i);
    }
    return new Position(
        mmsi[i],
        Instant.ofEpochSecond(epochSecond[i], nano[i]),
        lat[i],
        lon[i],
        hasSog[i] ? OptionalDouble.of(sog[i]) : OptionalDouble.empty(),
        hasCog[i] ? OptionalDouble.of(cog[i]) : OptionalDouble.empty(),
        hasHeading[i] ? OptionalInt.of(heading[i]) : OptionalInt.empty(),
        hasStatus[i] ? OptionalInt.of(status[i]) : OptionalInt.empty(),
        type[i],
        new Provenance(sources.get(sourceIndex[i]), line[i], run[i], hash[i], marking(i)));
  }

  /** Row {@code i}'s marking. */
  Releasability marking(int i) {
    return markings.get(markingIndex[i]);
  }

  private int sourceIndex(String source) {
    if (source != lastSource) {
      lastSource = source;
      lastSourceIndex = indexOf(sources, source);
    }
    return lastSourceIndex;
  }

  private int markingIndex(Releasability m) {
    if (m != lastMarking) {
      lastMarking = m;
      lastMarkingIndex = indexOf(markings, m);
    }
    return lastMarkingIndex;
  }

  /** The index of {@code v} in the batch's few distinct values, added when new. */
  private static <T> int indexOf(List<T> values, T v) {
    int k = values.indexOf(v);
    if (k < 0) {
      values.add(v);
      k = values.size() - 1;
    }
    return k;
  }

  @Override
  public int size() {
    return n;
  }

  /**
   * Computes each row's time in µs, H3 cell and the batch's per-vessel spans now, on this thread,
   * and writes the rows to a temporary Parquet file that the DuckDB store inserts from (optional:
   * the store computes what was not prepared; adding a row drops the preparation). The file is
   * deleted when a store commits the batch, when the batch is {@linkplain #discard() discarded},
   * or, after a crash, by the next {@link Preparer} (files of processes no longer running).
   */
  public void prepare(Preparer p) {
    long[] us = spare(micros, spareMicros);
    long[] c = spare(cells, spareCells);
    dropPreparation();
    VesselSpans v = new VesselSpans();
    for (int i = 0; i < n; i++) {
      us[i] = micros(i);
    }
    // cells in the file's order, by vessel and time: a vessel's reports come one after another,
    // its cache entry and cell polygon stay in the processor's cache, and most of its reports are
    // in the cell of the one before
    int[] order = p.files.order(n, mmsi, us);
    for (int j = 0; j < n; j++) {
      int i = order[j];
      c[i] = p.cells.cell(mmsi[i], lat[i], lon[i]);
      v.see(mmsi[i], us[i]);
    }
    micros = us;
    cells = c;
    spans = v;
    if (n > 0) {
      file = p.files.write(this, order).orElse(null);
    }
  }

  /** Deletes the prepared file, if any (the columns stay as they are). */
  public void discard() {
    if (file != null) {
      file.delete();
      file = null;
    }
  }

  private void dropPreparation() {
    discard();
    if (cells != null) {
      spareCells = cells;
      spareMicros = micros;
    }
    cells = null;
    spans = null;
    micros = null;
  }

  /** An array of at least n elements: the current or spare one when large enough, else new. */
  private long[] spare(long @Nullable [] current, long @Nullable [] spare) {
    if (current != null && current.length >= n) {
      return current;
    }
    return spare != null && spare.length >= n ? spare : new long[n];
  }

  /** Microseconds since the epoch of row {@code i}, as stored ({@link Micros#of}). */
  long micros(int i) {
    return Math.addExact(Math.multiplyExact(epochSecond[i], 1_000_000L), nano[i] / 1000);
  }
}
