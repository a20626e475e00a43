package org.tidewatch.ais.message.asm;

/**
 * ERI ship and combination types of Inland AIS (type 8, DAC 200, FI 10), with the ITU-R M.1371 ship
 * type each maps to, and the English legends gpsd prints for them.
 */
final class InlandShipTypes {
  private static final int[] ERI = {
    8000, 8010, 8020, 8021, 8022, 8023, 8030, 8040, 8050, 8060, 8070, 8080, 8090, 8100, 8110, 8120,
    8130, 8140, 8150, 8160, 8161, 8162, 8163, 8170, 8180, 8210, 8220, 8230, 8240, 8250, 8260, 8270,
    8280, 8290, 8310, 8320, 8330, 8340, 8350, 8360, 8370
  };
  private static final int[] ITU = {
    99, 79, 89, 80, 80, 89, 79, 80, 79, 89, 79, 89, 79, 89, 79, 89, 31, 31, 99, 99, 90, 90, 99, 99,
    90, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 80, 80, 80, 80, 80, 80
  };
  private static final String[] LEGEND = {
    "Vessel, type unknown",
    "Motor freighter",
    "Motor tanker",
    "Motor tanker, liquid cargo, type N",
    "Motor tanker, liquid cargo, type C",
    "Motor tanker, dry cargo as if liquid (e.g. cement)",
    "Container vessel",
    "Gas tanker",
    "Motor freighter, tug",
    "Motor tanker, tug",
    "Motor freighter with one or more ships alongside",
    "Motor freighter with tanker",
    "Motor freighter pushing one or more freighters",
    "Motor freighter pushing at least one tank-ship",
    "Tug, freighter",
    "Tug, tanker",
    "Tug freighter, coupled",
    "Tug, freighter/tanker, coupled",
    "Freightbarge",
    "Tankbarge",
    "Tankbarge, liquid cargo, type N",
    "Tankbarge, liquid cargo, type C",
    "Tankbarge, dry cargo as if liquid (e.g. cement)",
    "Freightbarge with containers",
    "Tankbarge, gas",
    "Pushtow, one cargo barge",
    "Pushtow, two cargo barges",
    "Pushtow, three cargo barges",
    "Pushtow, four cargo barges",
    "Pushtow, five cargo barges",
    "Pushtow, six cargo barges",
    "Pushtow, seven cargo barges",
    "Pushtow, eigth cargo barges",
    "Pushtow, nine or more barges",
    "Pushtow, one tank/gas barge",
    "Pushtow, two barges at least one tanker or gas barge",
    "Pushtow, three barges at least one tanker or gas barge",
    "Pushtow, four barges at least one tanker or gas barge",
    "Pushtow, five barges at least one tanker or gas barge",
    "Pushtow, six barges at least one tanker or gas barge",
    "Pushtow, seven barges at least one tanker or gas barg"
  };

  private InlandShipTypes() {}

  /**
   * gpsd's legend: the first table entry whose ERI code or ITU ship type equals {@code code}, else
   * "Illegal ship type value." (gpsd's spelling, typos included).
   */
  static String gpsdLegend(int code) {
    for (int i = 0; i < ERI.length; i++) {
      if (ERI[i] == code || ITU[i] == code) {
        return LEGEND[i];
      }
    }
    return "Illegal ship type value.";
  }
}
