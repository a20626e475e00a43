package org.tidewatch.ais.message.asm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.message.asm.AsmTestSupport.Assembled;
import org.tidewatch.ais.message.asm.AsmTestSupport.Joiner;

/**
 * Differential test against gpsdecode 3.22 ({@code -u -j -s}) on the real-traffic logs of {@code
 * generated-gpsd-3.22/}: every type 6 and 8 message must produce gpsd's subtype fields exactly,
 * whether structured or the {@code "data"} fallback.
 */
class GpsdPairsAsmTest {

  @Test
  void everyBinaryMessageMatchesGpsd322() throws IOException {
    Path dir = AsmTestSupport.corpus().resolve("ais/generated-gpsd-3.22");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "no pairs files");
    Map<String, int[]> byKind = new TreeMap<>(); // kind -> {messages, structured, decodedByUs}
    List<String> mismatches = new ArrayList<>();
    int total = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pairs.jsonl.gz")) {
      for (Path f : files) {
        try (BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (!line.contains("\"type\":6,") && !line.contains("\"type\":8,")) {
              continue;
            }
            JsonNode group = AsmTestSupport.JSON.readTree(line);
            List<Assembled> msgs = new ArrayList<>();
            Joiner joiner = new Joiner();
            for (JsonNode n : group.get("nmea")) {
              joiner.accept(n.asText()).ifPresent(msgs::add);
            }
            List<JsonNode> objs = new ArrayList<>();
            group.get("gpsd").forEach(objs::add);
            if (msgs.size() != objs.size()) {
              continue; // grouping we cannot pair one to one (not binary-message specific)
            }
            for (int i = 0; i < msgs.size(); i++) {
              JsonNode want = objs.get(i);
              int type = want.path("type").asInt();
              if (type != 6 && type != 8) {
                continue;
              }
              total++;
              String kind = type + "/" + want.path("dac").asInt() + "/" + want.path("fid").asInt();
              int[] c = byKind.computeIfAbsent(kind, k -> new int[3]);
              c[0]++;
              if (!want.has("data")) {
                c[1]++;
              }
              if (AsmTestSupport.decodes(msgs.get(i))) {
                c[2]++;
              }
              Map<String, JsonNode> expected = AsmTestSupport.subtypeFields(want);
              Map<String, JsonNode> got =
                  AsmTestSupport.parseFields(AsmTestSupport.render(msgs.get(i), false));
              if (!expected.equals(got)) {
                mismatches.add(f.getFileName() + ": " + want + "\n   got " + got);
              }
            }
          }
        }
      }
    }
    StringBuilder report = new StringBuilder("type/dac/fi: messages, gpsd-structured, decoded\n");
    byKind.forEach(
        (k, c) -> report.append(String.format("  %-12s %5d %5d %5d%n", k, c[0], c[1], c[2])));
    System.out.println(report);
    System.out.println("type 6/8 messages: " + total + ", mismatches: " + mismatches.size());
    assertThat(total).isGreaterThan(1500);
    assertThat(mismatches).isEmpty();
  }
}
