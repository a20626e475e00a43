package org.tidewatch.ais.message;

/** The payload lengths ITU-R M.1371-5 defines for each message type. */
final class NominalLength {
  private NominalLength() {}

  static boolean matches(int type, int bits) {
    return switch (type) {
      case 1, 2, 3, 4, 9, 11, 18, 22, 24 -> bits == 168 || (type == 24 && bits == 160);
      case 5 -> bits == 424;
      case 6 -> bits >= 88 && bits <= 1008;
      case 7, 13 -> bits == 72 || bits == 104 || bits == 136 || bits == 168;
      case 8 -> bits >= 56 && bits <= 1008;
      case 10 -> bits == 72;
      case 12 -> bits >= 72 && bits <= 1008;
      case 14 -> bits >= 40 && bits <= 1008;
      case 15 -> bits == 88 || bits == 110 || bits == 112 || bits == 160;
      case 16 -> bits == 96 || bits == 144;
      case 17 -> bits >= 80 && bits <= 816;
      case 19 -> bits == 312;
      case 20 -> bits == 72 || bits == 104 || bits == 136 || bits == 160;
      case 21 -> bits >= 272 && bits <= 360;
      case 23 -> bits == 160;
      case 25 -> bits >= 40 && bits <= 168;
      case 26 -> bits >= 60 && bits <= 1064;
      case 27 -> bits == 96;
      default -> false;
    };
  }
}
