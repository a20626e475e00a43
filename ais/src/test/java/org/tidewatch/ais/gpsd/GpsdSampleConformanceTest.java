package org.tidewatch.ais.gpsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.message.StaticDataReportA;
import org.tidewatch.ais.message.StaticDataReportB;

/**
 * gpsd's hand-checked regression load {@code test/sample.aivdm} against its expected outputs {@code
 * sample.aivdm.ju.chk} ({@code gpsdecode -u -j}) and {@code .js.chk} ({@code gpsdecode -j}),
 * compared as exact text: every field, its order and number formatting. Those files were made
 * without {@code -s}, so message 24 parts are merged as gpsd does (a part B following a part A of
 * the same MMSI gives one record; unmatched parts give none).
 */
class GpsdSampleConformanceTest {

  private List<String> render(boolean scaled) throws IOException {
    List<String> lines = Files.readAllLines(GpsdTestSupport.corpusFile("ais/gpsd/sample.aivdm"));
    GpsdJsonWriter writer = new GpsdJsonWriter("stdin", scaled, GpsdFlavor.CURRENT);
    List<String> out = new ArrayList<>();
    // gpsd's circular queue of part A names per MMSI (MAX_TYPE24_INTERLEAVE = 8)
    Map<Integer, String> partA = new LinkedHashMap<>();
    for (GpsdTestSupport.Decoded d : new GpsdTestSupport.Assembler().all(lines)) {
      assertThat(d.error()).as("rejected: %s", d.firstLine()).isNull();
      if (d.message() instanceof StaticDataReportA a) {
        partA.put(a.mmsi(), a.shipName());
        if (partA.size() > 8) {
          partA.remove(partA.keySet().iterator().next());
        }
        continue;
      }
      StringBuilder sb = new StringBuilder();
      if (d.message() instanceof StaticDataReportB b) {
        String name = partA.remove(b.mmsi());
        if (name == null) {
          continue;
        }
        writer.writeMerged24(name, b, sb);
      } else {
        writer.write(d.message(), sb);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private void compare(String chk, boolean scaled) throws IOException {
    List<String> expected = Files.readAllLines(GpsdTestSupport.corpusFile("ais/gpsd/" + chk));
    List<String> actual = render(scaled);
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "<none>";
      String a = i < actual.size() ? actual.get(i) : "<none>";
      if (!e.equals(a)) {
        diffs.add("record " + (i + 1) + "\n  expected " + e + "\n  actual   " + a);
      }
    }
    assertThat(diffs).as("%s: %d records", chk, expected.size()).isEmpty();
    assertThat(actual).hasSize(97);
  }

  @Test
  void unscaledMatchesJuChk() throws IOException {
    compare("sample.aivdm.ju.chk", false);
  }

  @Test
  void scaledMatchesJsChk() throws IOException {
    compare("sample.aivdm.js.chk", true);
  }
}
