package org.tidewatch.sim.fleet;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes registry records: IMO numbers with valid check digits, MMSIs whose MID matches the flag
 * (ITU-R M.585 maritime identification digits), names, call signs, owners and managers. Numbers are
 * unique within one fleet.
 */
public final class Registry {
  /** Flag (ISO 3166 alpha-3) to its MIDs. */
  public static final Map<String, int[]> MIDS =
      Map.ofEntries(
          Map.entry("CHN", new int[] {412, 413, 414}),
          Map.entry("KOR", new int[] {440, 441}),
          Map.entry("JPN", new int[] {431, 432}),
          Map.entry("RUS", new int[] {273}),
          Map.entry("PRK", new int[] {445}),
          Map.entry("PAN", new int[] {351, 352, 353, 354, 355, 356, 357, 370, 371, 372}),
          Map.entry("HKG", new int[] {477}),
          Map.entry("LBR", new int[] {636}),
          Map.entry("MHL", new int[] {538}),
          Map.entry("SGP", new int[] {563, 564, 565}),
          Map.entry("TGO", new int[] {671}),
          Map.entry("SLE", new int[] {667}),
          Map.entry("MNG", new int[] {457}),
          Map.entry("BLZ", new int[] {312}),
          Map.entry("TZA", new int[] {674}),
          Map.entry("KHM", new int[] {514}),
          Map.entry("CMR", new int[] {613}),
          Map.entry("KNA", new int[] {341}),
          Map.entry("COM", new int[] {616}));

  /** Flags of convenience used by evasion tankers. */
  public static final List<String> EVASION_FLAGS =
      List.of("TGO", "SLE", "MNG", "BLZ", "TZA", "KHM", "CMR", "KNA", "COM", "PAN");

  private static final String[] WORDS = {
    "OCEAN", "GLORY", "STAR", "PACIFIC", "FORTUNE", "HARMONY", "GOLDEN", "BRIGHT", "EASTERN",
    "PEARL", "SEA", "WIND", "JADE", "LUCKY", "GRACE", "ORIENT", "VICTORY", "SUN", "ROYAL", "NOBLE",
    "SILVER", "DRAGON", "PHOENIX", "HORIZON", "SPIRIT", "DAWN", "UNITY", "VISTA", "CROWN", "BLUE"
  };
  private static final String[] KOREAN = {
    "CHON", "MA", "SAN", "KUM", "UN", "PAEK", "RYONG", "SONG", "SAM", "JONG", "AN", "YU", "RYE",
    "SONG", "KANG", "HWA", "PYONG", "MYONG", "HAE", "DOK"
  };
  private static final String[] CHINESE = {
    "HAI", "XIN", "HUA", "DA", "SHUN", "FENG", "TAI", "LONG", "AN", "MING", "JIN", "YUAN", "HONG",
    "FU", "YANG", "ZHOU", "LU", "RONG", "YU", "TONG"
  };
  private static final String[] COMPANY = {
    "MARITIME", "SHIPPING", "NAVIGATION", "OCEAN LINES", "TANKERS", "BULK CARRIERS", "MARINE"
  };

  private final Set<Integer> usedImo = new HashSet<>();
  private final Set<Integer> usedMmsi = new HashSet<>();

  /** The IMO check digit: Σ d<sub>i</sub> × (8 − i) over the first six digits, modulo 10. */
  public static int imoCheckDigit(int firstSix) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      int digit = (firstSix / (int) Math.pow(10, 5 - i)) % 10;
      sum += digit * (7 - i);
    }
    return sum % 10;
  }

  public static boolean validImo(int imo) {
    return imo >= 1_000_000 && imo <= 9_999_999 && imoCheckDigit(imo / 10) == imo % 10;
  }

  /**
   * A new IMO number with a valid check digit, starting with 1 (built from 1990) or 2 (before):
   * real ships' numbers start with 5 to 9, so a simulated hull never carries a real ship's number,
   * and a real sanctions list never names it by IMO (with 9 and 8 as leading digits, about 1 % of
   * the simulated vessels drew a listed hull's number: e.g. 9369722, an OFAC-listed IRISL tanker).
   */
  public int newImo(RandomGenerator rnd, int buildYear) {
    while (true) {
      int leading = buildYear >= 1990 ? 1 : 2;
      int six = leading * 100_000 + rnd.nextInt(100_000);
      int imo = six * 10 + imoCheckDigit(six);
      if (usedImo.add(imo)) {
        return imo;
      }
    }
  }

  public int newMmsi(RandomGenerator rnd, String flag) {
    int[] mids = MIDS.get(flag);
    while (true) {
      int mid = mids[rnd.nextInt(mids.length)];
      int mmsi =
          mid * 1_000_000
              + rnd.nextInt(1, 1000) * 1000
              + (rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(1000));
      if (usedMmsi.add(mmsi)) {
        return mmsi;
      }
    }
  }

  /** Reserves an MMSI already in use elsewhere (so no new vessel is given it). */
  public void reserveMmsi(int mmsi) {
    usedMmsi.add(mmsi);
  }

  public String newName(RandomGenerator rnd, String flag, Kind kind) {
    if (flag.equals("PRK")) {
      return pick(rnd, KOREAN)
          + " "
          + pick(rnd, KOREAN)
          + (rnd.nextBoolean() ? " " + rnd.nextInt(1, 9) : "");
    }
    if (kind == Kind.FISHING && (flag.equals("CHN") || flag.equals("KOR"))) {
      String prefix =
          flag.equals("CHN")
              ? pick(rnd, new String[] {"LU RONG YU", "ZHE DAI YU", "LIAO DAN YU", "SU YAN YU"})
              : "NO. ";
      return prefix + " " + rnd.nextInt(100, 9999);
    }
    if (flag.equals("CHN") || flag.equals("HKG")) {
      return pick(rnd, CHINESE)
          + " "
          + pick(rnd, CHINESE)
          + (rnd.nextBoolean() ? " " + rnd.nextInt(1, 99) : "");
    }
    return pick(rnd, WORDS)
        + " "
        + pick(rnd, WORDS)
        + (rnd.nextInt(3) == 0 ? " " + rnd.nextInt(1, 9) : "");
  }

  public String newCallSign(RandomGenerator rnd, String flag) {
    String prefix =
        switch (flag) {
          case "CHN" -> "B";
          case "KOR" -> "D";
          case "JPN" -> "J";
          case "RUS" -> "U";
          case "PRK" -> "HM";
          case "PAN" -> "3E";
          case "LBR" -> "A8";
          case "MHL" -> "V7";
          case "TGO" -> "5V";
          case "SLE" -> "9L";
          case "MNG" -> "JV";
          default -> "V3";
        };
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < 6) {
      sb.append((char) ('A' + rnd.nextInt(26)));
    }
    return sb.toString();
  }

  public String newCompany(RandomGenerator rnd, String flag) {
    String base =
        flag.equals("PRK")
            ? pick(rnd, KOREAN) + " " + pick(rnd, KOREAN)
            : flag.equals("CHN") || flag.equals("HKG")
                ? pick(rnd, CHINESE) + " " + pick(rnd, CHINESE)
                : pick(rnd, WORDS) + " " + pick(rnd, WORDS);
    return base + " " + pick(rnd, COMPANY) + " CO LTD";
  }

  /** A complete registry record for a new hull. */
  public Vessel newVessel(int index, RandomGenerator rnd, Kind kind, String flag, boolean classB) {
    int length = rnd.nextInt(kind.minLength_m, kind.maxLength_m + 1);
    double size =
        (length - kind.minLength_m) / (double) Math.max(1, kind.maxLength_m - kind.minLength_m);
    int dwt = (int) Math.round(kind.minDwt_t + size * size * (kind.maxDwt_t - kind.minDwt_t));
    dwt = (int) Math.round(dwt * (0.9 + 0.2 * rnd.nextDouble()) / 10) * 10;
    int beam = Math.max(6, (int) Math.round(length / (5.5 + rnd.nextDouble())));
    double summer = Math.min(22.0, Math.round((2.5 + 0.055 * length) * 10) / 10.0);
    double ballast = Math.round(summer * (0.42 + 0.08 * rnd.nextDouble()) * 10) / 10.0;
    int capacity = (int) Math.round(dwt * (kind.tanker() ? 0.95 : 0.9));
    int year = rnd.nextInt(1988, 2024);
    String owner = newCompany(rnd, flag);
    String manager = rnd.nextInt(3) == 0 ? owner : newCompany(rnd, flag);
    return new Vessel(
        index,
        newImo(rnd, year),
        newMmsi(rnd, flag),
        newName(rnd, flag, kind),
        newCallSign(rnd, flag),
        flag,
        kind,
        length,
        beam,
        dwt,
        capacity,
        ballast,
        summer,
        owner,
        manager,
        year,
        classB);
  }

  private static String pick(RandomGenerator rnd, String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}
