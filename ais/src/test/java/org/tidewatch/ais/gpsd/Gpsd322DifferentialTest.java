package org.tidewatch.ais.gpsd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.sentence.AisListener;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;

/**
 * Differential test against gpsd 3.22 ({@code gpsdecode -u -j -s}) on the real-world logs of {@code
 * generated-gpsd-3.22/}: every message must give the same JSON object field by field (or the same
 * rejection), except the inputs listed in {@link #KNOWN_DIFFERENCES} with their reason. Our side is
 * the real {@link AisReader} (one reader over the whole file, fed group by group) and a {@link
 * GpsdStream} in {@code -s} mode, which keeps gpsd's per-channel message 24 contexts. The agreement
 * must be at least 99.9 % of the groups over all files, 99.5 % per file.
 */
class Gpsd322DifferentialTest {

  /** Inputs (first NMEA line of the group) where tidewatch deliberately differs from gpsd 3.22. */
  static final Map<String, String> KNOWN_DIFFERENCES = new LinkedHashMap<>();

  static {
    KnownDifferences.register(KNOWN_DIFFERENCES);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Groups compared and groups equal over all files (the 99.9 % criterion). */
  private static final long[] TOTAL = new long[2];

  /** Listed differences that occurred, and how many files were compared. */
  private static final java.util.Set<String> SEEN = new java.util.HashSet<>();

  private static int filesCompared;

  @org.junit.jupiter.api.AfterAll
  static void overallAgreement() {
    if (TOTAL[0] > 0) {
      double pct = 100.0 * TOTAL[1] / TOTAL[0];
      System.out.printf("all files: %d groups, %.3f %% equal%n", TOTAL[0], pct);
      assertThat(pct).isGreaterThanOrEqualTo(99.9);
    }
    if (filesCompared == 7) {
      assertThat(KNOWN_DIFFERENCES.keySet())
          .as("listed differences that no longer occur")
          .allMatch(SEEN::contains);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ais-nmea-sample.log",
        "ais.txt",
        "stream_example.txt",
        "exact-earth-augmented.txt",
        "Ais1000Lines.nm4",
        "nmea_data_sample.txt",
        "exact-earth-with-tag-block.txt"
      })
  void agreesWithGpsd322(String name) throws IOException {
    Path file =
        GpsdTestSupport.corpusFile(
            "ais/generated-gpsd-3.22/" + name + ".gpsdecode-3.22.pairs.jsonl.gz");
    List<JsonNode> ours = new ArrayList<>();
    GpsdStream stream = new GpsdStream(new GpsdJsonWriter(null, false, GpsdFlavor.GPSD_3_22), true);
    AisReader reader =
        new AisReader(
            AisReaderOptions.defaults(),
            new AisListener() {
              @Override
              public void onMessage(AisMessage message, Reception reception) {
                StringBuilder sb = new StringBuilder();
                if (stream.write(message, reception.channel(), sb)) {
                  try {
                    ours.add(JSON.readTree(sb.toString()));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              }

              @Override
              public void onRejected(Rejection rejection) {}
            });
    reader.beginSource(name);
    int groups = 0;
    int equal = 0;
    int allowed = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> unexplained = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode pair = JSON.readTree(line);
        groups++;
        ours.clear();
        String first = pair.get("nmea").get(0).asText();
        for (JsonNode nmea : pair.get("nmea")) {
          byte[] b = nmea.asText().getBytes(StandardCharsets.ISO_8859_1);
          reader.accept(b, 0, b.length);
        }
        List<JsonNode> theirs = new ArrayList<>();
        pair.get("gpsd").forEach(theirs::add);
        if (ours.equals(theirs)) {
          equal++;
        } else if (KNOWN_DIFFERENCES.containsKey(first)) {
          allowed++;
          seen.add(first);
        } else {
          unexplained.add(first + "\n  gpsd: " + theirs + "\n  ours: " + ours);
        }
      }
    }
    double agreement = 100.0 * equal / groups;
    System.out.printf(
        "%s: %d groups, %d equal (%.3f %%), %d known differences%n",
        name, groups, equal, agreement, allowed);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "gpsd322-diff-" + name + ".txt"), unexplained);
    assertThat(unexplained).as("%s: unexplained differences", name).isEmpty();
    // the decoder's own agreement per file: groups differing only through the sentence layer
    // (talker IDs gpsd's lexer drops, channels gpsd discards) do not count against it
    int sentenceLevel =
        (int)
            KNOWN_DIFFERENCES.entrySet().stream()
                .filter(e -> e.getValue().contains("decoder not involved"))
                .filter(e -> seen.contains(e.getKey()))
                .count();
    double decoderAgreement = 100.0 * equal / (groups - sentenceLevel);
    assertThat(decoderAgreement).as("%s agreement %%", name).isGreaterThanOrEqualTo(99.5);
    // the criterion counts every group of every file
    TOTAL[0] += groups;
    TOTAL[1] += equal;
    SEEN.addAll(seen);
    filesCompared++;
  }
}
