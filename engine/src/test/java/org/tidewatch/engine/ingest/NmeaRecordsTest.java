package org.tidewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * The records NMEA makes are the same whether positions come through the decoder's primitive fast
 * path ({@link NmeaRecords#onPosition}) or as message records ({@link NmeaRecords#onMessage}):
 * every NMEA file of the corpus, with and without {@code --time-from}.
 */
class NmeaRecordsTest {
  /** Every record a reader gives, in order (positions as records, with their content hash). */
  private static final class Recording implements RecordSink {
    final List<Object> records = new ArrayList<>();

    @Override
    public void position(Position p) {
      records.add(p);
    }

    @Override
    public void staticReport(StaticReport s) {
      records.add(s);
    }

    @Override
    public void bad(long line, String reason) {
      records.add(line + ": " + reason);
    }
  }

  /** NmeaRecords with the fast path turned off: every message through onMessage. */
  private static final class RecordsOnly implements org.tidewatch.ais.sentence.AisListener {
    private final NmeaRecords d;

    RecordsOnly(NmeaRecords d) {
      this.d = d;
    }

    @Override
    public void onMessage(AisMessage m, Reception r) {
      d.onMessage(m, r);
    }

    @Override
    public void onRejected(Rejection r) {
      d.onRejected(r);
    }
  }

  private static List<Object> read(Path f, boolean fast, Optional<Instant> timeFrom)
      throws IOException {
    Recording sink = new Recording();
    NmeaRecords records = new NmeaRecords(sink, f.toString(), 7, Releasability.UNMARKED, timeFrom);
    AisReader reader =
        new AisReader(AisReaderOptions.defaults(), fast ? records : new RecordsOnly(records));
    try {
      reader.read(f);
    } catch (MissingTimesException e) {
      sink.records.add("refused: " + e.getMessage());
    }
    sink.records.add("without position: " + records.messagesWithoutPosition);
    return sink.records;
  }

  @Test
  void theFastPathMakesTheSameRecordsOnEveryCorpusFile() throws IOException {
    Path root = Path.of(System.getProperty("tidewatch.corpus", "../shared/corpus"), "ais");
    assumeTrue(Files.isDirectory(root), "corpus absent, skipping: " + root);
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files =
          all.filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains("generated-"))
              .filter(p -> !p.getFileName().toString().matches("(?i).*(readme|license|sha256).*"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    long positions = 0;
    for (Path f : files) {
      for (Optional<Instant> from :
          List.of(Optional.<Instant>empty(), Optional.of(Instant.parse("2020-01-01T00:00:00Z")))) {
        List<Object> slow = read(f, false, from);
        List<Object> fast = read(f, true, from);
        assertThat(fast).as(f + " " + from).isEqualTo(slow);
        positions += fast.stream().filter(Position.class::isInstance).count();
      }
    }
    assertThat(positions).isGreaterThan(100_000);
  }
}
