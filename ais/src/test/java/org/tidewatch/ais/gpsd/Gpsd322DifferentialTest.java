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

/**
 * Differential test against gpsd 3.22 ({@code gpsdecode -u -j -s}) on the real-world logs of {@code
 * generated-gpsd-3.22/}: every message must give the same JSON object field by field (or the same
 * rejection), except the inputs listed in {@link #KNOWN_DIFFERENCES} with their reason. The
 * agreement must be at least 99.9 % of the groups of each file.
 */
class Gpsd322DifferentialTest {

  /** Inputs (first NMEA line of the group) where tidewatch deliberately differs from gpsd 3.22. */
  static final Map<String, String> KNOWN_DIFFERENCES = new LinkedHashMap<>();

  static {
    KnownDifferences.register(KNOWN_DIFFERENCES);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

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
    GpsdJsonWriter writer = new GpsdJsonWriter(null, false, GpsdFlavor.GPSD_3_22);
    GpsdTestSupport.Assembler assembler = new GpsdTestSupport.Assembler();
    int groups = 0;
    int equal = 0;
    int allowed = 0;
    List<String> unexplained = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode pair = JSON.readTree(line);
        groups++;
        List<JsonNode> ours = new ArrayList<>();
        String first = pair.get("nmea").get(0).asText();
        for (JsonNode nmea : pair.get("nmea")) {
          GpsdTestSupport.Decoded d = assembler.accept(nmea.asText());
          if (d != null && d.message() != null) {
            ours.add(JSON.readTree(writer.toJson(d.message())));
          }
        }
        List<JsonNode> theirs = new ArrayList<>();
        pair.get("gpsd").forEach(theirs::add);
        if (ours.equals(theirs)) {
          equal++;
        } else if (KNOWN_DIFFERENCES.containsKey(first)) {
          allowed++;
        } else {
          unexplained.add(first + "\n  gpsd: " + theirs + "\n  ours: " + ours);
        }
      }
    }
    double agreement = 100.0 * equal / groups;
    System.out.printf(
        "%s: %d groups, %d equal (%.3f %%), %d known differences%n",
        name, groups, equal, agreement, allowed);
    assertThat(unexplained).as("%s: unexplained differences", name).isEmpty();
    assertThat(agreement).as("%s agreement %%", name).isGreaterThanOrEqualTo(99.9);
  }
}
