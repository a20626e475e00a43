package org.tidewatch.ais.gpsd;

/** The text labels gpsd prints next to codes ({@code status_text}, {@code epfd_text}, ...). */
final class GpsdLegends {
  private GpsdLegends() {}

  private static final String[] NAV_3_22 = {
    "Under way using engine",
    "At anchor",
    "Not under command",
    "Restricted manoeuverability",
    "Constrained by her draught",
    "Moored",
    "Aground",
    "Engaged in fishing",
    "Under way sailing",
    "Reserved for HSC",
    "Reserved for WIG",
    "Reserved",
    "Reserved",
    "Reserved",
    "Reserved",
    "Not defined",
  };

  private static final String[] NAV_CURRENT = {
    "Under way using engine",
    "At anchor",
    "Not under command",
    "Restricted maneuverability",
    "Constrained by her draught",
    "Moored",
    "Aground",
    "Engaged in fishing",
    "Under way sailing",
    "Reserved for HSC",
    "Reserved for WIG",
    "Power-driven vessel towing astern",
    "Power-driven vessel pushing ahead or towing alongside",
    "Reserved",
    "AIS-SART is active",
    "Not defined",
  };

  private static final String[] EPFD = {
    "Undefined",
    "GPS",
    "GLONASS",
    "Combined GPS/GLONASS",
    "Loran-C",
    "Chayka",
    "Integrated navigation system",
    "Surveyed",
    "Galileo",
  };

  private static final String[] STATION_TYPES = {
    "All types of mobiles",
    "Reserved for future use",
    "All types of Class B mobile stations",
    "SAR airborne mobile station",
    "Aid to Navigation station",
    "Class B shipborne mobile station",
    "Regional use and inland waterways",
    "Regional use and inland waterways",
    "Regional use and inland waterways",
    "Regional use and inland waterways",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
  };

  private static final String[] NAVAIDS = {
    "Unspecified",
    "Reference point",
    "RACON",
    "Fixed offshore structure",
    "Spare, Reserved for future use.",
    "Light, without sectors",
    "Light, with sectors",
    "Leading Light Front",
    "Leading Light Rear",
    "Beacon, Cardinal N",
    "Beacon, Cardinal E",
    "Beacon, Cardinal S",
    "Beacon, Cardinal W",
    "Beacon, Port hand",
    "Beacon, Starboard hand",
    "Beacon, Preferred Channel port hand",
    "Beacon, Preferred Channel starboard hand",
    "Beacon, Isolated danger",
    "Beacon, Safe water",
    "Beacon, Special mark",
    "Cardinal Mark N",
    "Cardinal Mark E",
    "Cardinal Mark S",
    "Cardinal Mark W",
    "Port hand Mark",
    "Starboard hand Mark",
    "Preferred Channel Port hand",
    "Preferred Channel Starboard hand",
    "Isolated danger",
    "Safe Water",
    "Special Mark",
    "Light Vessel / LANBY / Rigs",
  };

  private static final String[] SHIP_TYPES = new String[100];

  static {
    String r = "Reserved for future use";
    for (int i = 0; i < 20; i++) {
      SHIP_TYPES[i] = r;
    }
    SHIP_TYPES[0] = "Not available";
    group(20, "Wing in ground (WIG)");
    String[] singles = {
      "Fishing",
      "Towing",
      "Towing: length exceeds 200m or breadth exceeds 25m",
      "Dredging or underwater ops",
      "Diving ops",
      "Military ops",
      "Sailing",
      "Pleasure Craft",
      "Reserved",
      "Reserved",
    };
    System.arraycopy(singles, 0, SHIP_TYPES, 30, 10);
    group(40, "High speed craft (HSC)");
    SHIP_TYPES[49] = "High speed craft (HSC) - No additional information";
    String[] special = {
      "Pilot Vessel",
      "Search and Rescue vessel",
      "Tug",
      "Port Tender",
      "Anti-pollution equipment",
      "Law Enforcement",
      "Spare - Local Vessel",
      "Spare - Local Vessel",
      "Medical Transport",
      "Ship according to RR Resolution No. 18",
    };
    System.arraycopy(special, 0, SHIP_TYPES, 50, 10);
    group(60, "Passenger");
    SHIP_TYPES[69] = "Passenger - No additional information";
    group(70, "Cargo");
    SHIP_TYPES[79] = "Cargo - No additional information";
    group(80, "Tanker");
    SHIP_TYPES[89] = "Tanker - No additional information";
    group(90, "Other Type");
    SHIP_TYPES[99] = "Other Type - no additional information";
  }

  private static void group(int base, String name) {
    SHIP_TYPES[base] = name + " - all ships of this type";
    for (int i = 1; i <= 4; i++) {
      SHIP_TYPES[base + i] = name + " - Hazardous category " + (char) ('A' + i - 1);
    }
    for (int i = 5; i <= 9; i++) {
      SHIP_TYPES[base + i] = name + " - Reserved for future use";
    }
  }

  static String navigationStatus(int code, GpsdFlavor flavor) {
    return (flavor == GpsdFlavor.GPSD_3_22 ? NAV_3_22 : NAV_CURRENT)[code & 15];
  }

  static String epfd(int code, GpsdFlavor flavor) {
    if (code >= 0 && code < EPFD.length) {
      return EPFD[code];
    }
    if (flavor == GpsdFlavor.GPSD_3_22) {
      return "INVALID EPFD";
    }
    return code == 15 ? "Internal GNSS" : "Reserved (" + code + ")";
  }

  static String shipType(int code) {
    return code >= 0 && code < 100 ? SHIP_TYPES[code] : "INVALID SHIP TYPE";
  }

  static String stationType(int code) {
    return code >= 0 && code < 16 ? STATION_TYPES[code] : "INVALID STATION TYPE";
  }

  static String navaidType(int code) {
    return code >= 0 && code < 32 ? NAVAIDS[code] : "INVALID NAVAID TYPE";
  }
}
