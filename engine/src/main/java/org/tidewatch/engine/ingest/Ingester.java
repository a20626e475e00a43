package org.tidewatch.engine.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.store.TrackStore;

/**
 * File ingest: NMEA (through the AIS decoder), MarineCadastre CSV and Parquet, plain or gzip, into
 * a {@link TrackStore}.
 *
 * <p>Idempotent: a file is identified by the SHA-256 of its bytes; a file already ingested
 * completely is skipped. Atomic per batch and resumable: records are numbered in reader order and
 * committed in batches together with the number reached; a rerun after a crash re-reads the file
 * and skips the committed prefix, so the store ends exactly as after one uninterrupted run (the
 * ingest-run id of the records is the only difference).
 */
public final class Ingester {
  private static final int MAX_REPORTED_BAD_ROWS = 20;

  private final TrackStore store;
  private final IngestOptions options;
  private final IngestListener listener;
  private final Clock clock;

  public Ingester(TrackStore store, IngestOptions options, IngestListener listener, Clock clock) {
    this.store = store;
    this.options = options;
    this.listener = listener;
    this.clock = clock;
  }

  /** Ingests the files in order, as one ingest run. */
  public IngestReport ingest(List<Path> files, String description) {
    long start = System.nanoTime();
    IngestRun run = store.ingest().beginRun(description, options.releasability(), clock.instant());
    List<FileResult> results = new ArrayList<>();
    ExecutorService writer = daemon("tidewatch-store-writer");
    ExecutorService preparing = daemon("tidewatch-ingest-prepare");
    ExecutorService hashing = daemon("tidewatch-ingest-hash");
    try {
      for (Path f : files) {
        FileResult r = ingestFile(run.id(), f, hashing, preparing, writer);
        results.add(r);
        listener.fileFinished(r);
      }
    } catch (RuntimeException | Error e) {
      // end the run as failed: the store restores what it set for the run's duration (the batches
      // committed so far stay, and a rerun resumes after them)
      try {
        store.ingest().finishRun(run.id(), clock.instant(), "failed: " + e);
      } catch (RuntimeException f) {
        e.addSuppressed(f);
      }
      throw e;
    } finally {
      hashing.shutdown();
      preparing.shutdown();
      writer.shutdown();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    long positions = results.stream().mapToLong(FileResult::positions).sum();
    long statics = results.stream().mapToLong(FileResult::staticReports).sum();
    long bad = results.stream().mapToLong(FileResult::badRowsTotal).sum();
    // the store's end of the run: it may rewrite the positions by vessel (store-duckdb README)
    listener.finishing();
    long finishStart = System.nanoTime();
    store
        .ingest()
        .finishRun(
            run.id(),
            clock.instant(),
            positions
                + " positions, "
                + statics
                + " static reports, "
                + bad
                + " bad rows from "
                + files.size()
                + " file(s)");
    return new IngestReport(
        run.id(), results, elapsed, Duration.ofNanos(System.nanoTime() - finishStart));
  }

  private FileResult refused(Path f, Optional<InputFormat> fmt, String why) {
    return new FileResult(
        f, fmt, FileResult.Status.REFUSED, 0, 0, 0, 0, List.of(), Optional.of(why));
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  private FileResult ingestFile(
      long runId,
      Path file,
      ExecutorService hashing,
      ExecutorService preparing,
      ExecutorService writer) {
    if (!Files.isRegularFile(file)) {
      return refused(file, Optional.empty(), "not a readable file");
    }
    InputFormat format;
    long size;
    try {
      format = InputFormat.detect(file);
      size = Files.size(file);
    } catch (IOException e) {
      return refused(file, Optional.empty(), "cannot read: " + e.getMessage());
    }
    String name = file.toString();
    // A file is identified by the SHA-256 of its bytes. When no stored file has its size, none has
    // its content: it is new (nothing to skip), and it is hashed on another thread while it is
    // read; its first commit waits for the hash (a pass over the file, ~50 ms for 100 MB, that
    // no longer holds up the reader). Otherwise it may be stored already, or be a resume: hashed
    // first, as before.
    CompletableFuture<SourceState> source;
    boolean sizeKnown =
        store.ingest().sources().stream().anyMatch(s -> s.file().size_bytes() == size);
    if (sizeKnown) {
      SourceState state;
      try {
        state = openSource(file, size, format);
      } catch (IOException e) {
        return refused(file, Optional.empty(), "cannot read: " + e.getMessage());
      }
      if (state.complete()) {
        return new FileResult(
            file,
            Optional.of(format),
            FileResult.Status.ALREADY_INGESTED,
            state.committedSequence(),
            0,
            0,
            state.badRows(),
            firstBadRows(state.sourceId()),
            Optional.of("same content already ingested (as " + state.file().name() + ")"));
      }
      source = CompletableFuture.completedFuture(state);
    } else {
      source =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return openSource(file, size, format);
                } catch (IOException e) {
                  throw new UnhashableFile(e);
                }
              },
              hashing);
    }
    long skip = sizeKnown ? source.join().committedSequence() : 0;
    listener.fileStarted(file, format, skip);
    BatchingSink sink =
        new BatchingSink(
            new NotifyingStore(store.ingest(), listener, file),
            preparing,
            writer,
            runId,
            () -> source.join().sourceId(),
            name,
            options.batchSize(),
            skip);
    try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
      Progress progress = new Progress(listener, file, counted, size, sink);
      switch (format) {
        case NMEA -> readNmea(counted, name, runId, sink, progress);
        case CSV -> readCsv(counted, name, runId, sink, progress);
        case PARQUET -> readParquet(file, name, runId, sink, progress);
      }
      sink.finish();
    } catch (MissingTimesException e) {
      sink.abandon();
      return refused(file, Optional.of(format), e.getMessage());
    } catch (IOException e) {
      sink.abandon();
      return refused(file, Optional.of(format), "read failed: " + e.getMessage());
    } catch (UnhashableFile e) {
      sink.abandon();
      return refused(file, Optional.of(format), "cannot read: " + e.getCause().getMessage());
    }
    SourceState state = source.join();
    SourceState after = store.ingest().source(state.file().sha256()).orElseThrow();
    return new FileResult(
        file,
        Optional.of(format),
        FileResult.Status.INGESTED,
        skip,
        sink.positionsStored,
        sink.staticsStored,
        after.badRows(),
        firstBadRows(state.sourceId()),
        Optional.empty());
  }

  private List<org.tidewatch.core.store.BadRow> firstBadRows(long sourceId) {
    List<org.tidewatch.core.store.BadRow> all = store.ingest().badRows(sourceId);
    return all.size() > MAX_REPORTED_BAD_ROWS ? all.subList(0, MAX_REPORTED_BAD_ROWS) : all;
  }

  private static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private void readNmea(
      InputStream raw, String name, long runId, BatchingSink sink, Progress progress)
      throws IOException {
    NmeaRecords records =
        new NmeaRecords(
            progress.wrap(sink), name, runId, options.releasability(), options.timeFrom());
    AisReader reader =
        new AisReader(
            AisReaderOptions.defaults().withAcceptBadChecksums(options.acceptBadChecksums()),
            records);
    InputStream in = decompressed(raw);
    try {
      reader.read(in, name);
    } catch (EOFException | ZipException e) {
      reader.finish();
      sink.bad(reader.linesRead() + 1, "truncated or corrupt compressed input: " + e.getMessage());
    }
  }

  private void readCsv(InputStream raw, String name, long runId, BatchingSink sink, Progress p)
      throws IOException {
    TabularRecords rows = new TabularRecords(p.wrap(sink), name, runId, options.releasability());
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(decompressed(raw), StandardCharsets.UTF_8), 1 << 16);
    long line = 0;
    try {
      String header = r.readLine();
      line = 1;
      if (header == null) {
        return;
      }
      int[] idx = TabularRecords.columnIndex(TabularRecords.splitCsv(stripBom(header)));
      int needed = 0;
      for (int i : idx) {
        needed = Math.max(needed, i + 1);
      }
      String[] cells = new String[idx.length];
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        String[] f = TabularRecords.splitCsv(s);
        if (f.length < needed) {
          sink.bad(line, "expected " + needed + " fields, found " + f.length);
          continue;
        }
        for (int c = 0; c < idx.length; c++) {
          cells[c] = idx[c] < 0 ? null : f[idx[c]];
        }
        rows.row(line, cells);
      }
    } catch (IllegalArgumentException e) {
      throw new MissingTimesException(name + ": not a MarineCadastre CSV: " + e.getMessage());
    } catch (EOFException | ZipException e) {
      sink.bad(line + 1, "truncated or corrupt compressed input: " + e.getMessage());
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private void readParquet(Path file, String name, long runId, BatchingSink sink, Progress p)
      throws IOException {
    TabularRecords rows = new TabularRecords(p.wrap(sink), name, runId, options.releasability());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT * FROM read_parquet(?)")) {
      ps.setString(1, file.toAbsolutePath().toString());
      try (ResultSet r = ps.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        String[] header = new String[md.getColumnCount()];
        for (int i = 0; i < header.length; i++) {
          header[i] = md.getColumnName(i + 1);
        }
        int[] idx = TabularRecords.columnIndex(header);
        String[] cells = new String[idx.length];
        long row = 0;
        while (r.next()) {
          row++;
          for (int col = 0; col < idx.length; col++) {
            cells[col] = idx[col] < 0 ? null : r.getString(idx[col] + 1);
          }
          rows.row(row, cells);
        }
      }
    } catch (SQLException e) {
      throw new IOException("Parquet: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MissingTimesException(name + ": not MarineCadastre Parquet: " + e.getMessage());
    }
  }

  /** Hashes a file and opens it as a source (known already, or new). */
  private SourceState openSource(Path file, long size, InputFormat format) throws IOException {
    return store
        .ingest()
        .openSource(new SourceFile(file.toString(), sha256(file), size, format.id()));
  }

  /** A new file's hash failed (it could not be read a second time). */
  private static final class UnhashableFile extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    UnhashableFile(IOException cause) {
      super(cause);
    }
  }

  /** SHA-256 of a file's bytes, lower-case hex. */
  static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
          md.update(buf, 0, n);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reports commits to the listener. */
  private record NotifyingStore(
      org.tidewatch.core.store.IngestRunStore delegate, IngestListener listener, Path file)
      implements org.tidewatch.core.store.IngestRunStore {
    @Override
    public IngestRun beginRun(String d, org.tidewatch.core.provenance.Releasability r, Instant t) {
      return delegate.beginRun(d, r, t);
    }

    @Override
    public void finishRun(long id, Instant t, String o) {
      delegate.finishRun(id, t, o);
    }

    @Override
    public List<IngestRun> runs() {
      return delegate.runs();
    }

    @Override
    public SourceState openSource(SourceFile f) {
      return delegate.openSource(f);
    }

    @Override
    public Optional<SourceState> source(String sha) {
      return delegate.source(sha);
    }

    @Override
    public List<SourceState> sources() {
      return delegate.sources();
    }

    @Override
    public void commit(org.tidewatch.core.store.IngestBatch b) {
      delegate.commit(b);
      listener.batchCommitted(file, b.sequenceAfter());
    }

    @Override
    public List<org.tidewatch.core.store.BadRow> badRows(long id) {
      return delegate.badRows(id);
    }
  }
}
