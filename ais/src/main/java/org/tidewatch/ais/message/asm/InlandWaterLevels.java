package org.tidewatch.ais.message.asm;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.ais.message.BitReader;

/**
 * Water levels, Inland AIS: type 8, DAC 200, FI 24 (168 bits): a country code and four gauges.
 *
 * @param country UN country code (2 characters)
 * @param gauges the gauges
 */
public record InlandWaterLevels(String country, List<Gauge> gauges) implements ApplicationPayload {

  /**
   * One gauge reading.
   *
   * @param gaugeId national gauge ID (0 = unknown)
   * @param level_cm water level in centimetres, signed (0 = unknown)
   */
  public record Gauge(int gaugeId, int level_cm) {}

  public InlandWaterLevels {
    gauges = List.copyOf(gauges);
  }

  /** Decodes the payload, or returns {@code null} unless it has gpsd's required 168 bits. */
  static InlandWaterLevels decode(BitReader b) {
    if (b.bitLength() != 168) {
      return null;
    }
    List<Gauge> list = new ArrayList<>();
    for (int a = 68; a < b.bitLength(); a += 25) {
      list.add(new Gauge(b.uint(a, 11), b.sint(a + 11, 14)));
    }
    return new InlandWaterLevels(AsmBits.text(b, 56, 2), list);
  }

  @Override
  public int dac() {
    return 200;
  }

  @Override
  public int fi() {
    return 24;
  }
}
