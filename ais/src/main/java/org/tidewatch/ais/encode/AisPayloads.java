package org.tidewatch.ais.encode;

/**
 * Bit layouts of the AIS messages a ship transmits (ITU-R M.1371-5 annex 2 §3.3.7, annex 8), in
 * human units: speeds in knots, angles in degrees, coordinates in decimal degrees. A {@code NaN}
 * double means "not available" and is sent as the ITU code for it (SOG 1023, longitude 181°,
 * latitude 91°, COG 3600, heading 511, draught 0). Reusable; not thread-safe (one {@link
 * SixBitWriter} inside).
 */
public final class AisPayloads {
  private final SixBitWriter w = new SixBitWriter();

  /**
   * Messages 1, 2, 3: Class A position report (table 45, 168 bits).
   *
   * @param navigationStatus 0-15 (0 under way using engine, 1 at anchor, 5 moored, 7 fishing, 15
   *     not defined)
   * @param rateOfTurnCode ROT<sub>AIS</sub>, -128 when not available
   * @param utcSecond 0-59, or 60 when not available
   * @param radioStatus 19-bit SOTDMA/ITDMA communication state
   */
  public record PositionA(
      int messageType,
      int mmsi,
      int navigationStatus,
      int rateOfTurnCode,
      double speedOverGround_kn,
      boolean positionAccuracy,
      double longitude_deg,
      double latitude_deg,
      double courseOverGround_deg,
      double trueHeading_deg,
      int utcSecond,
      int radioStatus) {}

  /** Message 5: static and voyage related data (table 52, 424 bits, two sentences). */
  public record StaticVoyage(
      int mmsi,
      int imoNumber,
      String callSign,
      String shipName,
      int shipTypeCode,
      int toBow_m,
      int toStern_m,
      int toPort_m,
      int toStarboard_m,
      int epfdCode,
      int etaMonth,
      int etaDay,
      int etaHour,
      int etaMinute,
      double draught_m,
      String destination) {}

  /** Message 18: standard Class B position report (table 70, 168 bits, CS unit). */
  public record PositionB(
      int mmsi,
      double speedOverGround_kn,
      boolean positionAccuracy,
      double longitude_deg,
      double latitude_deg,
      double courseOverGround_deg,
      double trueHeading_deg,
      int utcSecond) {}

  /** Message 19: extended Class B position report (table 71, 312 bits). */
  public record ExtendedB(
      PositionB position,
      String shipName,
      int shipTypeCode,
      int toBow_m,
      int toStern_m,
      int toPort_m,
      int toStarboard_m,
      int epfdCode) {}

  /** Message 24 part B (table 76, 168 bits): type, vendor, call sign and dimensions. */
  public record StaticB(
      int mmsi,
      int shipTypeCode,
      String vendorId,
      int unitModel,
      int serialNumber,
      String callSign,
      int toBow_m,
      int toStern_m,
      int toPort_m,
      int toStarboard_m) {}

  /** Message 27: long-range broadcast for satellite reception (table 81, 96 bits). */
  public record LongRange(
      int mmsi,
      boolean positionAccuracy,
      int navigationStatus,
      double longitude_deg,
      double latitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      boolean gnssPositionLatency) {}

  /** Encodes messages 1, 2 or 3. */
  public Payload encode(PositionA p) {
    if (p.messageType() < 1 || p.messageType() > 3) {
      throw new IllegalArgumentException("type " + p.messageType());
    }
    w.reset();
    header(p.messageType(), p.mmsi());
    w.put(p.navigationStatus(), 4);
    w.put(p.rateOfTurnCode(), 8);
    w.put(sog(p.speedOverGround_kn()), 10);
    w.putBit(p.positionAccuracy());
    w.put(lon(p.longitude_deg(), 600_000.0), 28);
    w.put(lat(p.latitude_deg(), 600_000.0), 27);
    w.put(cog(p.courseOverGround_deg()), 12);
    w.put(heading(p.trueHeading_deg()), 9);
    w.put(second(p.utcSecond()), 6);
    w.put(0, 2); // manoeuvre indicator: not available
    w.put(0, 3); // spare
    w.putBit(false); // RAIM
    w.put(p.radioStatus(), 19);
    return w.payload();
  }

  /** Encodes message 5 (AIS version indicator 2 = ITU-R M.1371-5). */
  public Payload encode(StaticVoyage s) {
    w.reset();
    header(5, s.mmsi());
    w.put(2, 2);
    w.put(s.imoNumber(), 30);
    w.putText(s.callSign(), 7);
    w.putText(s.shipName(), 20);
    w.put(s.shipTypeCode(), 8);
    dimensions(s.toBow_m(), s.toStern_m(), s.toPort_m(), s.toStarboard_m());
    w.put(s.epfdCode(), 4);
    w.put(s.etaMonth(), 4);
    w.put(s.etaDay(), 5);
    w.put(s.etaHour(), 5);
    w.put(s.etaMinute(), 6);
    w.put(draught(s.draught_m()), 8);
    w.putText(s.destination(), 20);
    w.putBit(false); // DTE ready
    w.putBit(false); // spare
    return w.payload();
  }

  /** Encodes message 18 (CS unit, no display, no DSC, whole band, message 22, autonomous mode). */
  public Payload encode(PositionB p) {
    w.reset();
    header(18, p.mmsi());
    classBPosition(p);
    w.put(0, 2); // regional
    w.putBit(true); // CS unit
    w.putBit(false); // display
    w.putBit(false); // DSC
    w.putBit(true); // whole band
    w.putBit(true); // message 22 handled
    w.putBit(false); // autonomous
    w.putBit(false); // RAIM
    w.put(0b1100000000000000110L, 20); // communication state: CS flag + ITDMA-like filler
    return w.payload();
  }

  /** Encodes message 19. */
  public Payload encode(ExtendedB e) {
    w.reset();
    header(19, e.position().mmsi());
    classBPosition(e.position());
    w.put(0, 4); // regional
    w.putText(e.shipName(), 20);
    w.put(e.shipTypeCode(), 8);
    dimensions(e.toBow_m(), e.toStern_m(), e.toPort_m(), e.toStarboard_m());
    w.put(e.epfdCode(), 4);
    w.putBit(false); // RAIM
    w.putBit(false); // DTE ready
    w.putBit(false); // autonomous
    w.put(0, 4); // spare
    return w.payload();
  }

  /** Encodes message 24 part A: the ship's name (160 bits). */
  public Payload encodeStaticA(int mmsi, String shipName) {
    w.reset();
    header(24, mmsi);
    w.put(0, 2);
    w.putText(shipName, 20);
    return w.payload();
  }

  /** Encodes message 24 part B. */
  public Payload encode(StaticB b) {
    w.reset();
    header(24, b.mmsi());
    w.put(1, 2);
    w.put(b.shipTypeCode(), 8);
    w.putText(b.vendorId(), 3);
    w.put(b.unitModel(), 4);
    w.put(b.serialNumber(), 20);
    w.putText(b.callSign(), 7);
    dimensions(b.toBow_m(), b.toStern_m(), b.toPort_m(), b.toStarboard_m());
    w.put(0, 6); // EPFD type (4) and spare (2): not available
    return w.payload();
  }

  /** Encodes message 27 (positions in 1/10 minute, speed in whole knots, course in degrees). */
  public Payload encode(LongRange r) {
    w.reset();
    header(27, r.mmsi());
    w.putBit(r.positionAccuracy());
    w.putBit(false); // RAIM
    w.put(r.navigationStatus(), 4);
    w.put(lon(r.longitude_deg(), 600.0), 18);
    w.put(lat(r.latitude_deg(), 600.0), 17);
    double sog = r.speedOverGround_kn();
    w.put(Double.isNaN(sog) ? 63 : Math.min(62, Math.round(sog)), 6);
    double cog = r.courseOverGround_deg();
    w.put(Double.isNaN(cog) ? 511 : Math.round(norm360(cog)) % 360, 9);
    w.putBit(r.gnssPositionLatency());
    w.putBit(false); // spare
    return w.payload();
  }

  private void header(int type, int mmsi) {
    w.put(type, 6);
    w.put(0, 2); // repeat indicator
    w.put(mmsi, 30);
  }

  private void classBPosition(PositionB p) {
    w.put(0, 8); // reserved for regional applications
    w.put(sog(p.speedOverGround_kn()), 10);
    w.putBit(p.positionAccuracy());
    w.put(lon(p.longitude_deg(), 600_000.0), 28);
    w.put(lat(p.latitude_deg(), 600_000.0), 27);
    w.put(cog(p.courseOverGround_deg()), 12);
    w.put(heading(p.trueHeading_deg()), 9);
    w.put(second(p.utcSecond()), 6);
  }

  private void dimensions(int bow, int stern, int port, int starboard) {
    w.put(clamp(bow, 511), 9);
    w.put(clamp(stern, 511), 9);
    w.put(clamp(port, 63), 6);
    w.put(clamp(starboard, 63), 6);
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }

  static long sog(double kn) {
    return Double.isNaN(kn) ? 1023 : Math.max(0, Math.min(1022, Math.round(kn * 10)));
  }

  static long lon(double deg, double div) {
    return Double.isNaN(deg) ? Math.round(181 * div) : Math.round(deg * div);
  }

  static long lat(double deg, double div) {
    return Double.isNaN(deg) ? Math.round(91 * div) : Math.round(deg * div);
  }

  static long cog(double deg) {
    return Double.isNaN(deg) ? 3600 : Math.round(norm360(deg) * 10) % 3600;
  }

  static long heading(double deg) {
    return Double.isNaN(deg) ? 511 : Math.round(norm360(deg)) % 360;
  }

  static long second(int s) {
    return s >= 0 && s <= 63 ? s : 60;
  }

  static long draught(double m) {
    return Double.isNaN(m) ? 0 : Math.max(0, Math.min(255, Math.round(m * 10)));
  }

  private static double norm360(double deg) {
    double d = deg % 360.0;
    return d < 0 ? d + 360.0 : d;
  }
}
