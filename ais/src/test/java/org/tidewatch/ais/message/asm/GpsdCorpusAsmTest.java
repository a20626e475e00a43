package org.tidewatch.ais.message.asm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.message.asm.AsmTestSupport.Assembled;
import org.tidewatch.ais.message.asm.AsmTestSupport.Joiner;

/**
 * Every type 6 and 8 message of gpsd's regression files, decoded and written as gpsd would, against
 * gpsd's expected output: field by field (Jackson) and as exact text.
 */
class GpsdCorpusAsmTest {

  private static List<Assembled> binaryMessages(List<String> lines) {
    Joiner joiner = new Joiner();
    List<Assembled> out = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("#")) {
        continue;
      }
      joiner.accept(line).filter(m -> isBinary(m)).ifPresent(out::add);
    }
    return out;
  }

  private static boolean isBinary(Assembled m) {
    long type = m.bits().unsigned(0, 6);
    return type == 6 || type == 8;
  }

  private static List<String> expectedBinary(String chkFile) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(AsmTestSupport.corpusFile(chkFile))) {
      if (line.startsWith("{") && line.matches(".*\"type\":(6|8),.*")) {
        out.add(line);
      }
    }
    return out;
  }

  private static void check(Assembled m, String expectedLine, boolean scaled) throws IOException {
    String mine = AsmTestSupport.render(m, scaled);
    Map<String, JsonNode> want =
        AsmTestSupport.subtypeFields(AsmTestSupport.JSON.readTree(expectedLine));
    Map<String, JsonNode> got = AsmTestSupport.parseFields(mine);
    assertThat(got.keySet()).as(expectedLine).containsExactlyElementsOf(want.keySet());
    for (Map.Entry<String, JsonNode> e : want.entrySet()) {
      assertThat(got.get(e.getKey()))
          .as(e.getKey() + " in " + expectedLine)
          .isEqualTo(e.getValue());
    }
    assertThat(mine).as(expectedLine).isEqualTo(AsmTestSupport.subtypeText(expectedLine));
  }

  private void sampleAivdm(String chk, boolean scaled) throws IOException {
    List<Assembled> messages =
        binaryMessages(Files.readAllLines(AsmTestSupport.corpusFile("ais/gpsd/sample.aivdm")));
    List<String> expected = expectedBinary("ais/gpsd/" + chk);
    assertThat(messages).hasSize(31).hasSameSizeAs(expected);
    int structured = 0;
    for (int i = 0; i < messages.size(); i++) {
      check(messages.get(i), expected.get(i), scaled);
      if (!expected.get(i).contains("\"data\":")) {
        structured++;
        assertThat(AsmTestSupport.decodes(messages.get(i))).isTrue();
      }
    }
    assertThat(structured).isEqualTo(21);
  }

  @Test
  void sampleAivdmUnscaled() throws IOException {
    sampleAivdm("sample.aivdm.ju.chk", false);
  }

  @Test
  void sampleAivdmScaled() throws IOException {
    sampleAivdm("sample.aivdm.js.chk", true);
  }

  /**
   * gpsfake output: each sentence echoed, then JSON; the first AIS object after the final fragment
   * of a message is its decode.
   */
  @Test
  void type6Fid55DaemonLog() throws IOException {
    List<String> lines =
        Files.readAllLines(AsmTestSupport.corpusFile("ais/gpsd/ais-nmea-type6-fid55.log.chk"));
    Joiner joiner = new Joiner();
    int checked = 0;
    int structured = 0;
    for (int i = 0; i < lines.size(); i++) {
      Optional<Assembled> m = joiner.accept(lines.get(i));
      if (m.isEmpty() || !isBinary(m.get())) {
        continue;
      }
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      long mmsi = m.get().bits().unsigned(8, 30);
      if (!next.startsWith("{\"class\":\"AIS\"") || !next.contains("\"mmsi\":" + mmsi + ",")) {
        continue;
      }
      check(m.get(), next, false);
      checked++;
      if (!next.contains("\"data\":")) {
        structured++;
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(structured).isGreaterThan(50);
  }
}
