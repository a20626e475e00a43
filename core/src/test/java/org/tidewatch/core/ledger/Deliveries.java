package org.tidewatch.core.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.VolumeEstimate;

/** Hand-made deliveries for ledger tests. */
final class Deliveries {
  private Deliveries() {}

  static Delivery of(int carrier, Instant at, VolumeEstimate v) {
    return new Delivery(
        "DLV:" + carrier + ":" + at.getEpochSecond(),
        Delivery.Mode.PORT_DISCHARGE,
        OptionalInt.of(carrier),
        OptionalInt.empty(),
        "test",
        Optional.empty(),
        Optional.empty(),
        "Nampo (WPI-60280)",
        at,
        38.7,
        125.4,
        v,
        0.9,
        List.of("hand-made"),
        List.of(),
        List.of());
  }
}
