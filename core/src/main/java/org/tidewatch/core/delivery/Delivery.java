package org.tidewatch.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tidewatch.core.detect.Evidence;

/**
 * An inferred delivery: a cargo that reached (or, for coal, left) the DPRK, with the vessels,
 * places, times, the events and reports that prove it, a volume estimate and a confidence with its
 * reasons.
 *
 * @param id deterministic id ({@code DLV:<carrier or giver MMSI>:<delivery epoch second>})
 * @param mode how the cargo got there
 * @param carrier the vessel that carried the cargo into the DPRK port (empty when a dark receiver
 *     could not be identified)
 * @param giver the vessel that handed the cargo over at sea (STS modes)
 * @param loadingPlace where the cargo was loaded ({@code Vostochnyy (WPI-60725)}, {@code at sea
 *     (STS with 341911000)}, or {@code unknown})
 * @param loadedAt when the loading ended, if observed
 * @param transferPlace for STS modes, where the transfer happened
 * @param dischargePlace where the cargo was discharged, or the DPRK ports within reach of a dark or
 *     spoofed period
 * @param deliveredAt the best estimate of when the cargo reached the DPRK (the ledger date)
 * @param latitude_deg the key place (discharge port, transfer point or where the carrier went dark)
 * @param longitude_deg the key place
 * @param volume the volume estimate
 * @param confidence [0, 1]
 * @param reasons why the delivery is believed and what lowers the confidence, one line each
 * @param eventIds the detected events chained into the delivery
 * @param evidence the reports that prove it (from those events)
 */
public record Delivery(
    String id,
    Mode mode,
    OptionalInt carrier,
    OptionalInt giver,
    String loadingPlace,
    Optional<Instant> loadedAt,
    Optional<String> transferPlace,
    String dischargePlace,
    Instant deliveredAt,
    double latitude_deg,
    double longitude_deg,
    VolumeEstimate volume,
    double confidence,
    List<String> reasons,
    List<String> eventIds,
    List<Evidence> evidence) {

  /** How a cargo reached the DPRK. */
  public enum Mode {
    /** Discharge observed in a DPRK port (draught fell there). */
    PORT_DISCHARGE,
    /** Draught fell across a dark period that could reach a DPRK port. */
    DARK_DISCHARGE,
    /** Draught fell while the vessel broadcast false positions, with a DPRK port within reach. */
    SPOOFED_DISCHARGE,
    /**
     * Draught fell at sea after loading at an oil terminal of interest, with nothing observed to
     * explain it (false or missing reports) and a DPRK port within reach.
     */
    HIDDEN_DISCHARGE,
    /** At-sea transfer to a DPRK-linked receiver seen alongside. */
    STS,
    /**
     * At-sea transfer to a receiver that was dark, identified by reachability (or unidentified).
     */
    STS_DARK_RECEIVER,
    /** Coal carried out of the DPRK and discharged elsewhere (export ban). */
    COAL_EXPORT
  }

  /** Copies the lists. */
  public Delivery {
    reasons = List.copyOf(reasons);
    eventIds = List.copyOf(eventIds);
    evidence = List.copyOf(evidence);
  }

  /** The commodity. */
  public Commodity commodity() {
    return volume.commodity();
  }

  /** The vessels involved (carrier first, then giver). */
  public List<Integer> vessels() {
    java.util.ArrayList<Integer> v = new java.util.ArrayList<>();
    carrier.ifPresent(v::add);
    giver.ifPresent(v::add);
    return v;
  }
}
