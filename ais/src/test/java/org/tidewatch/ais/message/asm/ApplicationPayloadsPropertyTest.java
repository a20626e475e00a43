package org.tidewatch.ais.message.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.json.JsonWriter;
import org.tidewatch.ais.message.BitReader;

/** decode() and writeGpsd() never throw, whatever the bits, for every DAC/FI we decode. */
class ApplicationPayloadsPropertyTest {

  /** Every (message type, DAC, FI) with a decoder, plus a few we do not decode. */
  static final int[][] KINDS = {
    {6, 1, 2},
    {6, 1, 3},
    {6, 1, 4},
    {6, 1, 12},
    {6, 1, 14},
    {6, 1, 16},
    {6, 1, 18},
    {6, 1, 20},
    {6, 1, 25},
    {6, 1, 28},
    {6, 1, 30},
    {6, 1, 32},
    {6, 1, 40},
    {6, 200, 21},
    {6, 200, 22},
    {6, 200, 55},
    {6, 235, 10},
    {6, 250, 10},
    {8, 1, 11},
    {8, 1, 13},
    {8, 1, 15},
    {8, 1, 16},
    {8, 1, 17},
    {8, 1, 19},
    {8, 1, 27},
    {8, 1, 29},
    {8, 1, 31},
    {8, 1, 40},
    {8, 200, 10},
    {8, 200, 23},
    {8, 200, 24},
    {8, 200, 40},
    {6, 366, 56},
    {8, 366, 56},
    {7, 1, 11}
  };

  private static final String ARMOUR =
      "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";

  @Provide
  Arbitrary<String> payloads() {
    return Arbitraries.strings().withChars(ARMOUR.toCharArray()).ofMinLength(0).ofMaxLength(190);
  }

  @Property(tries = 3000)
  void neverThrows(
      @ForAll("payloads") String payload,
      @ForAll @IntRange(min = 0, max = 5) int fill,
      @ForAll @IntRange(min = 0, max = 34) int kindIndex)
      throws AisDecodeException {
    int[] kind = KINDS[kindIndex];
    BitReader bits = new BitReader();
    byte[] b = payload.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    bits.reset(b, 0, b.length, Math.min(fill, b.length * 6));
    int start = kind[0] == 6 ? 88 : 56;
    // the decoders themselves must not throw (decode() also has a safety net)
    ApplicationPayloads.decodeOrNull(kind[0], kind[1], kind[2], bits, start);
    Optional<ApplicationPayload> p =
        ApplicationPayloads.decode(kind[0], kind[1], kind[2], bits, start);
    if (p.isPresent()) {
      assertThat(p.get().dac()).isEqualTo(kind[1]);
      assertThat(p.get().fi()).isEqualTo(kind[2]);
      for (boolean scaled : new boolean[] {false, true}) {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb).beginObject();
        ApplicationPayloads.writeGpsd(p.get(), w, scaled);
        w.endObject();
        assertThat(sb).startsWith("{").endsWith("}");
      }
    }
  }

  @Property(tries = 500)
  void neverThrowsOnOddArguments(
      @ForAll("payloads") String payload,
      @ForAll @IntRange(min = -5, max = 40) int type,
      @ForAll @IntRange(min = -1, max = 1100) int dac,
      @ForAll @IntRange(min = -1, max = 70) int fi,
      @ForAll @IntRange(min = -10, max = 1200) int start)
      throws AisDecodeException {
    BitReader bits = new BitReader();
    byte[] b = payload.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    bits.reset(b, 0, b.length, 0);
    ApplicationPayloads.decode(type, dac, fi, bits, start);
    ApplicationPayloads.decode(type, dac, fi, null, start);
  }
}
