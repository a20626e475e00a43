package org.tidewatch.core.track;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.ContentHash;
import org.tidewatch.core.provenance.Provenance;

/**
 * One stored position report: AIS messages 1-3, 18, 19, 27, or a row of a position table
 * (MarineCadastre CSV, Parquet). Coordinates are WGS 84 as transmitted (ITU-R M.1371 table 45).
 *
 * @param mmsi the sender's MMSI (30-bit user ID)
 * @param time when the report was received (receiver time; never the AIS UTC second alone)
 * @param latitude_deg -90 to 90
 * @param longitude_deg -180 to 180
 * @param speedOverGround_kn empty when not available
 * @param courseOverGround_deg empty when not available
 * @param trueHeading_deg empty when not available
 * @param navigationStatus ITU-R M.1371 navigational status code (0-15), empty when not sent
 * @param messageType the AIS message type (1-3, 18, 19, 27), or 0 for a tabular source
 * @param provenance where the record came from
 */
public record Position(
    int mmsi,
    Instant time,
    double latitude_deg,
    double longitude_deg,
    OptionalDouble speedOverGround_kn,
    OptionalDouble courseOverGround_deg,
    OptionalInt trueHeading_deg,
    OptionalInt navigationStatus,
    int messageType,
    Provenance provenance) {

  /** Rejects impossible coordinates (the decoder turns 91/181 into "no position" upstream). */
  public Position {
    if (!isValidCoordinate(latitude_deg, longitude_deg)) {
      throw new IllegalArgumentException(
          "impossible coordinates " + latitude_deg + ", " + longitude_deg);
    }
  }

  /** True for a finite latitude in [-90, 90] and longitude in [-180, 180]. */
  public static boolean isValidCoordinate(double latitude_deg, double longitude_deg) {
    return latitude_deg >= -90
        && latitude_deg <= 90
        && longitude_deg >= -180
        && longitude_deg <= 180;
  }

  /** The content hash of the fields (not the provenance): equal reports hash equal. */
  public static long contentHash(
      int mmsi,
      Instant time,
      double latitude_deg,
      double longitude_deg,
      OptionalDouble speedOverGround_kn,
      OptionalDouble courseOverGround_deg,
      OptionalInt trueHeading_deg,
      OptionalInt navigationStatus) {
    return contentHash(
        mmsi,
        time.getEpochSecond(),
        time.getNano(),
        latitude_deg,
        longitude_deg,
        speedOverGround_kn.isPresent() ? speedOverGround_kn.getAsDouble() : Double.NaN,
        courseOverGround_deg.isPresent() ? courseOverGround_deg.getAsDouble() : Double.NaN,
        trueHeading_deg.isPresent() ? trueHeading_deg.getAsInt() : -1,
        navigationStatus.isPresent() ? navigationStatus.getAsInt() : -1);
  }

  /**
   * The same content hash from primitive fields (the ingest's hot path): the time as seconds and
   * nanoseconds of the {@link Instant}; an absent speed or course is {@code NaN}, an absent heading
   * or status {@code -1} (values the present ones never take).
   */
  public static long contentHash(
      int mmsi,
      long epochSecond,
      int nano,
      double latitude_deg,
      double longitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      int trueHeading_deg,
      int navigationStatus) {
    return ContentHash.start()
        .add(mmsi)
        .add(epochSecond)
        .add(nano)
        .add(latitude_deg)
        .add(longitude_deg)
        .add(speedOverGround_kn)
        .add(courseOverGround_deg)
        .add(trueHeading_deg)
        .add(navigationStatus)
        .value();
  }
}
