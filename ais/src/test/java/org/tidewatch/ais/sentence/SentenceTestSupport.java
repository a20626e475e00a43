package org.tidewatch.ais.sentence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.ais.RejectReason;

/** Corpus access and a recording {@link SentenceSink} for tests of the sentence layer. */
final class SentenceTestSupport {
  private SentenceTestSupport() {}

  /** The AIS corpus folder; skips the test when it is absent. */
  static Path corpus() {
    String base = System.getProperty("tidewatch.corpus", "../../shared/corpus");
    Path dir = Path.of(base, "ais");
    assumeTrue(
        Files.isDirectory(dir),
        "AIS corpus not found at " + dir.toAbsolutePath() + " (set -Dtidewatch.corpus)");
    return dir;
  }

  static Path corpusFile(String relative) {
    Path file = corpus().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "corpus file missing: " + file);
    return file;
  }

  /** Records everything the sentence layer reports, without message decoding. */
  static final class RecordingSink implements SentenceSink {
    final ReceptionFactory factory = new ReceptionFactory();
    final List<String> payloads = new ArrayList<>();
    final List<Integer> fillBits = new ArrayList<>();
    final List<Reception> receptions = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final Map<RejectReason, Long> rejectedLines = new EnumMap<>(RejectReason.class);
    final Map<RejectReason, Long> rejectionCount = new EnumMap<>(RejectReason.class);
    final Map<NonAisKind, Long> nonAis = new EnumMap<>(NonAisKind.class);
    final boolean keep;
    long payloadCount;
    long payloadLines;
    long linesRead;

    RecordingSink(boolean keep) {
      this.keep = keep;
    }

    @Override
    public void payload(byte[] buf, int off, int len, int fill, PayloadInfo info) {
      payloadCount++;
      payloadLines += info.sentenceCount;
      if (keep) {
        payloads.add(new String(buf, off, len, StandardCharsets.ISO_8859_1));
        fillBits.add(fill);
        receptions.add(factory.create("test", info));
      }
    }

    @Override
    public void rejected(RejectReason reason, long firstLine, int lineCount, String detail) {
      rejectedLines.merge(reason, (long) lineCount, Long::sum);
      rejectionCount.merge(reason, 1L, Long::sum);
      if (keep) {
        rejections.add(new Rejection(reason, "test", firstLine, lineCount, detail));
      }
    }

    @Override
    public void nonAis(NonAisKind kind, long lineNumber) {
      nonAis.merge(kind, 1L, Long::sum);
    }

    long rejected(RejectReason r) {
      return rejectedLines.getOrDefault(r, 0L);
    }

    long rejections(RejectReason r) {
      return rejectionCount.getOrDefault(r, 0L);
    }

    long nonAis(NonAisKind k) {
      return nonAis.getOrDefault(k, 0L);
    }

    long accounted() {
      return payloadLines
          + rejectedLines.values().stream().mapToLong(Long::longValue).sum()
          + nonAis.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Runs the sentence layer (no decoding) over a stream. */
  static RecordingSink assemble(InputStream in, AisReaderOptions options, boolean keep) {
    RecordingSink sink = new RecordingSink(keep);
    LineProcessor lines = new LineProcessor(options, sink);
    try {
      LineSplitter.split(in, options.maxLineLength_bytes(), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines.finish();
    sink.linesRead = lines.lineNumber();
    return sink;
  }

  static RecordingSink assemble(Path file, AisReaderOptions options, boolean keep) {
    try (InputStream in = AisReader.open(file)) {
      return assemble(in, options, keep);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RecordingSink assemble(String text) {
    return assemble(text, AisReaderOptions.defaults());
  }

  static RecordingSink assemble(String text, AisReaderOptions options) {
    return assemble(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), options, true);
  }

  /** {@code !body*hh} with the right checksum. */
  static String nmea(String body) {
    return "!" + body + "*" + checksum(body);
  }

  /** A tag block (backslash, body, {@code *hh}, backslash) with the right checksum. */
  static String tag(String body) {
    return "\\" + body + "*" + checksum(body) + "\\";
  }

  static String checksum(String body) {
    int x = 0;
    for (int i = 0; i < body.length(); i++) {
      x ^= body.charAt(i);
    }
    return String.format("%02X", x);
  }
}
