package org.tidewatch.core.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tidewatch.core.detect.Evidence;

/**
 * Mutable assembly of a delivery while it is read from the events: its vessels, places, times,
 * volume, and the explanation (signed reasons whose weights sum to the confidence).
 */
final class DeliveryBuilder {
  OptionalInt carrier;
  OptionalInt giver = OptionalInt.empty();
  final int subject;
  Delivery.Mode mode = Delivery.Mode.PORT_DISCHARGE;
  String loadingPlace = "unknown";
  Optional<Instant> loadedAt = Optional.empty();
  Optional<String> transferPlace = Optional.empty();
  String dischargePlace = "unknown";
  Instant deliveredAt = Instant.EPOCH;
  double lat = Double.NaN;
  double lon = Double.NaN;
  VolumeEstimate volume = VolumeEstimator.unquantified(Product.REFINED_UNSPECIFIED, "no estimate");
  double confidence = 0;
  final List<String> reasons = new ArrayList<>();
  final Set<String> events = new LinkedHashSet<>();
  final List<Evidence> evidence = new ArrayList<>();

  DeliveryBuilder(int carrier, Optional<Hull> hull) {
    this.carrier = OptionalInt.of(carrier);
    this.subject = carrier;
  }

  void reason(double weight, String text) {
    confidence += weight;
    reasons.add((weight >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f ", weight) + text);
  }

  String id() {
    return "DLV:" + subject + ":" + deliveredAt.getEpochSecond();
  }

  Delivery build() {
    List<String> rs = new ArrayList<>(reasons);
    if (volume.method() == VolumeEstimate.Method.SCENARIO) {
      rs.add("volume from laden scenarios only (no usable draught)");
    }
    return new Delivery(
        id(),
        mode,
        carrier,
        giver,
        loadingPlace,
        loadedAt,
        transferPlace,
        dischargePlace,
        deliveredAt,
        lat,
        lon,
        volume,
        Math.max(0.05, Math.min(0.99, confidence)),
        rs,
        new ArrayList<>(events),
        evidence.size() > 40 ? evidence.subList(0, 40) : evidence);
  }
}
