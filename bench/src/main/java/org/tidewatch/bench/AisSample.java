package org.tidewatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: an NMEA file read fully into memory, as bytes with line offsets (for our
 * byte-level reader) and as Strings (for AisLib, whose API takes Strings).
 */
final class AisSample {
  /** Messages in the AISHub sample ({@code gpsd-aishub/ais-nmea-sample.log}). */
  static final int AISHUB_MESSAGES = 82_753;

  final byte[] bytes;
  final int[] lineStart;
  final int[] lineEnd;
  final String[] lines;

  private AisSample(byte[] bytes) {
    this.bytes = bytes;
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i;
        if (end > start && bytes[end - 1] == '\r') {
          end--;
        }
        if (end > start) {
          spans.add(new int[] {start, end});
        }
        start = i + 1;
      }
    }
    lineStart = new int[spans.size()];
    lineEnd = new int[spans.size()];
    lines = new String[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      lineStart[i] = spans.get(i)[0];
      lineEnd[i] = spans.get(i)[1];
      lines[i] = new String(bytes, lineStart[i], lineEnd[i] - lineStart[i], StandardCharsets.UTF_8);
    }
  }

  /**
   * Loads the AISHub sample from the corpus: system property {@code tidewatch.corpus}, else
   * environment variable {@code TIDEWATCH_CORPUS}, else {@code ../shared/corpus}.
   */
  static AisSample aishub() throws IOException {
    String corpus = System.getProperty("tidewatch.corpus");
    if (corpus == null) {
      corpus = System.getenv().getOrDefault("TIDEWATCH_CORPUS", "../shared/corpus");
    }
    Path file = Path.of(corpus, "ais", "gpsd-aishub", "ais-nmea-sample.log");
    if (!Files.isReadable(file)) {
      throw new IOException(
          "benchmark input not found: "
              + file.toAbsolutePath()
              + " (set -Dtidewatch.corpus=DIR or TIDEWATCH_CORPUS)");
    }
    return new AisSample(Files.readAllBytes(file));
  }
}
