package org.tidewatch.ais.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidewatch.ais.gpsd.GpsdFlavor;
import org.tidewatch.ais.gpsd.GpsdJsonWriter;
import org.tidewatch.ais.gpsd.GpsdStream;

/**
 * gpsd's daemon regression logs ({@code test/daemon/*.log}) against their expected output ({@code
 * .chk}, written by gpsfake: every input sentence echoed, then the JSON objects the daemon sent).
 * The {@code "class":"AIS"} objects are unscaled and merge message 24 parts as {@code gpsdecode}
 * without {@code -s} does, so our side is the real {@code AisReader} feeding a {@link GpsdStream}
 * with an unscaled {@link GpsdFlavor#CURRENT} writer.
 *
 * <p>Pairing: the expected record of a message is the first AIS object after the echo of the
 * sentence that completed it. The daemon re-sends its last AIS object after later, unrelated
 * sentences; an AIS object after a sentence that completes nothing must be such a repeat. Fields
 * are compared as JSON values (the daemon's {@code "device"} member is ignored). All five logs
 * agree on every record and every field, so no difference is allowed: a message the daemon wrote
 * and we did not, or the reverse, fails the test. Messages both reject (the 69 message 24 sentences
 * of {@code ais-18-27.log} with the undefined part number 3) give no record on either side.
 */
class GpsdDaemonLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ais-18-27.log",
        "ais-nmea-type6-fid55.log",
        "ais-nmea.log",
        "ais-raw-messages.log",
        "ais_unpack_sixbit.log"
      })
  void agreesWithDaemonChk(String name) throws IOException {
    List<String> input =
        Files.readAllLines(
            ConformanceSupport.corpusFile("ais/gpsd/" + name), StandardCharsets.ISO_8859_1);
    List<String> chk =
        Files.readAllLines(
            ConformanceSupport.corpusFile("ais/gpsd/" + name + ".chk"),
            StandardCharsets.ISO_8859_1);

    // expected: the AIS objects the daemon wrote after each echoed input line
    Map<Integer, List<JsonNode>> after = new HashMap<>();
    int echoed = 0;
    int inputLine = -1;
    for (String c : chk) {
      if (c.startsWith("{")) {
        JsonNode o = JSON.readTree(c);
        if ("AIS".equals(o.path("class").asText())) {
          ((ObjectNode) o).remove("device");
          after.computeIfAbsent(inputLine, k -> new ArrayList<>()).add(o);
        }
        continue;
      }
      do {
        inputLine++;
      } while (inputLine < input.size() && skipped(input.get(inputLine)));
      assertThat(inputLine).as("echo beyond input").isLessThan(input.size());
      assertThat(c).as("echo of input line %d", inputLine + 1).isEqualTo(input.get(inputLine));
      echoed++;
    }

    // ours: the records gpsd's stream logic writes for the messages the real reader completes
    ConformanceSupport.ReadResult read = ConformanceSupport.read(input, name);
    GpsdStream stream = new GpsdStream(new GpsdJsonWriter(null, false, GpsdFlavor.CURRENT), false);
    Map<Integer, JsonNode> ours = new HashMap<>();
    for (ConformanceSupport.Completed m : read.messages()) {
      StringBuilder sb = new StringBuilder();
      if (stream.write(m.message(), m.reception().channel(), sb)) {
        assertThat(ours)
            .as("two records completed by line %d", m.line() + 1)
            .doesNotContainKey(m.line());
        ours.put(m.line(), JSON.readTree(sb.toString()));
      }
    }

    List<String> unexplained = new ArrayList<>();
    int records = 0;
    int equal = 0;
    int repeats = 0;
    JsonNode last = null;
    for (int i = 0; i < input.size(); i++) {
      List<JsonNode> theirs = after.getOrDefault(i, List.of());
      JsonNode mine = ours.get(i);
      JsonNode first = theirs.isEmpty() ? null : theirs.get(0);
      if (mine == null && first != null && first.equals(last)) {
        repeats++; // the daemon re-sending its last AIS object after an unrelated sentence
        continue;
      }
      if (mine == null && first == null) {
        continue;
      }
      records++;
      if (mine != null && mine.equals(first)) {
        equal++;
      } else {
        unexplained.add(
            "line " + (i + 1) + ": " + input.get(i) + "\n  gpsd: " + first + "\n  ours: " + mine);
      }
      if (first != null) {
        last = theirs.get(theirs.size() - 1);
      }
    }
    Map<String, Integer> rejected = new java.util.TreeMap<>();
    read.rejections().forEach(r -> rejected.merge(r.reason().label(), 1, Integer::sum));
    System.out.printf(
        "%s: %d sentences echoed, %d messages decoded, %d AIS records, %d equal (%.2f %%),"
            + " %d daemon repeats ignored, rejected by both: %s%n",
        name,
        echoed,
        read.messages().size(),
        records,
        equal,
        100.0 * equal / records,
        repeats,
        rejected);
    // a message we reject is one gpsd wrote nothing for (else it would be an unexplained record)
    assertThat(unexplained).as("%s: unexplained differences", name).isEmpty();
    assertThat(equal).isEqualTo(records);
  }

  /** Lines gpsfake does not echo: comments and blank lines. */
  private static boolean skipped(String line) {
    return line.isBlank() || line.startsWith("#");
  }
}
