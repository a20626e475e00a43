package org.tidewatch.core.delivery;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The deliveries read so far, in the order they were read. One cargo is delivered once: a second
 * reading of it merges into the first (README.md, "One cargo is delivered once").
 */
final class InferredDeliveries {

  private static final Pattern CARGO_EVENT =
      Pattern.compile("(DRAUGHT_CHANGE|STS|POSSIBLE_STS|ENCOUNTER):");

  private final Map<String, DeliveryBuilder> out = new LinkedHashMap<>();

  /** The deliveries read so far, in reading order (live: merges change them). */
  Collection<DeliveryBuilder> values() {
    return out.values();
  }

  /** How many deliveries have been read. */
  int size() {
    return out.size();
  }

  /**
   * Adds a reading, or merges it into an earlier reading of the same cargo: a second discharge
   * signal of the same carrier within 2 days, or a second reading of the same fall or the same
   * meeting (a shared draught change or encounter).
   */
  void add(DeliveryBuilder b) {
    for (DeliveryBuilder o : out.values()) {
      boolean sameCarrier =
          o.carrier.equals(b.carrier)
              && b.carrier.isPresent()
              && Math.abs(o.deliveredAt.getEpochSecond() - b.deliveredAt.getEpochSecond())
                  < 2 * 86_400;
      if (sameCarrier || sharesCargoEvent(o, b)) {
        if (o.giver.isEmpty() && b.giver.isPresent()) {
          o.giver = b.giver;
          o.transferPlace = b.transferPlace;
        }
        if (b.giver.isPresent() && !b.giver.equals(o.giver) || !sameCarrier) {
          o.reasons.add(
              "+0.00 the same cargo also reads as: "
                  + (b.reasons.isEmpty() ? b.mode.toString() : b.reasons.get(0)));
        }
        o.events.addAll(b.events);
        return;
      }
    }
    out.put(b.id(), b);
  }

  /** Whether two readings rest on the same draught fall or the same meeting. */
  private static boolean sharesCargoEvent(DeliveryBuilder a, DeliveryBuilder b) {
    for (String e : b.events) {
      if (CARGO_EVENT.matcher(e).lookingAt() && a.events.contains(e)) {
        return true;
      }
    }
    return false;
  }
}
