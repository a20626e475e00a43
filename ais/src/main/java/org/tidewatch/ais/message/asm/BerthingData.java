package org.tidewatch.ais.message.asm;

import java.util.List;
import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Berthing data, IMO SN.1/Circ.289 section 4: type 6, DAC 1, FI 20.
 *
 * @param linkageId message linkage ID
 * @param berthLength_m berth length in metres (0 = not available)
 * @param berthDepthCode water depth at the berth in 0.1 m (0 = not available)
 * @param mooringPosition 0 n/a, 1 port-side to, 2 starboard-side to, 3 Mediterranean, 4 buoy, 5
 *     anchorage
 * @param month UTC month of arrival (0 = not available), likewise day/hour/minute
 * @param servicesAvailable the services availability flag
 * @param services the 26 two-bit service status codes in transmission order (agent, fuel, chandler,
 *     stevedore, electrical, water, customs, cartage, crane, lift, medical, navrepair, provisions,
 *     shiprepair, surveyor, steam, tugs, solidwaste, liquidwaste, hazardouswaste, ballast,
 *     additional, regional1, regional2, future1, future2)
 * @param berthName name of the berth (20 characters)
 * @param berthLongitudeCode longitude of the berth in 1/1000 minute
 * @param berthLatitudeCode latitude of the berth in 1/1000 minute
 */
public record BerthingData(
    int linkageId,
    int berthLength_m,
    int berthDepthCode,
    int mooringPosition,
    int month,
    int day,
    int hour,
    int minute,
    boolean servicesAvailable,
    List<Integer> services,
    String berthName,
    int berthLongitudeCode,
    int berthLatitudeCode)
    implements ApplicationPayload {

  /** gpsd's names of the service status codes, in transmission order. */
  static final String[] SERVICE_NAMES = {
    "agent",
    "fuel",
    "chandler",
    "stevedore",
    "electrical",
    "water",
    "customs",
    "cartage",
    "crane",
    "lift",
    "medical",
    "navrepair",
    "provisions",
    "shiprepair",
    "surveyor",
    "steam",
    "tugs",
    "solidwaste",
    "liquidwaste",
    "hazardouswaste",
    "ballast",
    "additional",
    "regional1",
    "regional2",
    "future1",
    "future2"
  };

  public BerthingData {
    services = List.copyOf(services);
  }

  static BerthingData decode(BitReader b) {
    Integer[] services = new Integer[SERVICE_NAMES.length];
    for (int i = 0; i < services.length; i++) {
      services[i] = b.uint(139 + 2 * i, 2);
    }
    return new BerthingData(
        b.uint(88, 10),
        b.uint(98, 9),
        b.uint(107, 8),
        b.uint(115, 3),
        b.uint(118, 4),
        b.uint(122, 5),
        b.uint(127, 5),
        b.uint(132, 6),
        b.bit(138),
        List.of(services),
        AsmBits.text(b, 191, 20),
        b.sint(311, 25),
        b.sint(336, 24));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 20;
  }

  /** Water depth at the berth, metres; empty when 0 (not available). */
  public OptionalDouble berthDepth_m() {
    return berthDepthCode == 0 ? OptionalDouble.empty() : OptionalDouble.of(berthDepthCode / 10.0);
  }

  /** Latitude of the berth, degrees; empty when not available. */
  public OptionalDouble berthLatitude_deg() {
    return Units.position(berthLatitudeCode, 90);
  }

  /** Longitude of the berth, degrees; empty when not available. */
  public OptionalDouble berthLongitude_deg() {
    return Units.position(berthLongitudeCode, 180);
  }
}
