package org.tidewatch.sim.ops;

import java.util.List;

/**
 * The ground truth written to {@code truth.json}; the schema is documented in {@code sim/README.md}
 * and is the contract the evaluation ({@code tidewatch evaluate}) reads. Times are ISO-8601 UTC
 * strings, positions decimal degrees, volumes barrels and tonnes.
 */
public final class Truth {
  private Truth() {}

  /** A vessel taking part in an operation, by registry identity and by what its AIS showed. */
  public record Participant(
      String role,
      int imo,
      int mmsi,
      String name,
      String flag,
      String shipType,
      List<Integer> broadcastMmsi) {}

  /** A volume delivered (or loaded): product, tonnes, barrels and the laden fraction behind it. */
  public record Volume(
      String product,
      double tonnes,
      double barrels,
      double barrelsPerTonne,
      double ladenFraction,
      double draughtLaden_m,
      double draughtBallast_m,
      int cargoCapacity_t) {}

  /**
   * One dated fact inside an operation.
   *
   * @param type PORT_CALL_LOADING, PORT_CALL_DISCHARGE, PORT_CALL, STS_TRANSFER, DARK_PERIOD,
   *     IDENTITY_CHANGE, SHARED_MMSI, SPOOFING, ANCHORAGE_WAIT, ENCOUNTER
   * @param ais what the AIS feed shows: VISIBLE, DARK, SPOOFED, PARTIAL
   * @param detail free-form explanation (for people, not parsed)
   */
  public record Event(
      String type,
      List<Integer> mmsi,
      List<Integer> imo,
      String start,
      String end,
      double lat,
      double lon,
      String port,
      String ais,
      double distance_m,
      double speed_kn,
      String detail) {}

  /**
   * A labelled operation.
   *
   * @param evasion true for sanctions-evasion operations, false for confusers that detectors must
   *     not flag as evasion
   * @param expected the detector outputs an ideal system produces for it (e.g. "STS", "DARK_GAP",
   *     "PORT_CALL_OF_INTEREST", "SPOOFING", "IDENTITY_CHANGE", "SHARED_MMSI", "NONE")
   */
  public record Operation(
      String id,
      String type,
      boolean evasion,
      List<Participant> vessels,
      String start,
      String end,
      double lat,
      double lon,
      Volume volume,
      String deliveredTo,
      String aisShows,
      List<String> expected,
      List<Event> events) {}

  /** The whole file. */
  public record Document(
      String schema,
      long seed,
      String start,
      String end,
      int vessels,
      String feedNote,
      List<Operation> operations) {}
}
