package org.tidewatch.ais.gpsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.sentence.AisListener;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;

/**
 * gpsd's hand-checked regression load {@code test/sample.aivdm} against its expected outputs {@code
 * sample.aivdm.ju.chk} ({@code gpsdecode -u -j}) and {@code .js.chk} ({@code gpsdecode -j}),
 * compared as exact text: every field, its order and number formatting. The input goes through the
 * real {@link AisReader} and a {@link GpsdStream}; those files were made without {@code -s}, so
 * message 24 parts are merged as gpsd does (a part B following a part A of the same MMSI on the
 * same channel context gives one record; unmatched parts give none).
 */
class GpsdSampleConformanceTest {

  private List<String> render(boolean scaled) throws IOException {
    GpsdStream stream =
        new GpsdStream(new GpsdJsonWriter("stdin", scaled, GpsdFlavor.CURRENT), false);
    List<String> out = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    AisReader reader =
        new AisReader(
            AisReaderOptions.defaults(),
            new AisListener() {
              @Override
              public void onMessage(AisMessage message, Reception reception) {
                StringBuilder sb = new StringBuilder();
                if (stream.write(message, reception.channel(), sb)) {
                  out.add(sb.toString());
                }
              }

              @Override
              public void onRejected(Rejection rejection) {
                rejected.add(rejection);
              }
            });
    reader.read(GpsdTestSupport.corpusFile("ais/gpsd/sample.aivdm"));
    assertThat(rejected).as("rejections").isEmpty();
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
