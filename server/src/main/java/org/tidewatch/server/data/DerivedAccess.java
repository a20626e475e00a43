package org.tidewatch.server.data;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.DeliveryInference;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.ledger.Ledger;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.risk.RiskAssessment;
import org.tidewatch.core.risk.RiskModel;
import org.tidewatch.core.risk.RiskScore;
import org.tidewatch.server.auth.Principal;

/**
 * Deliveries, the ledger and risk as one caller may see them. A derived record rests on detected
 * events, and an event carries the marking of the stored event of the same id (the most restrictive
 * of its evidence); an event the store does not hold takes every marking of its vessels' reports
 * (and {@code UNMARKED} when none of them is in the store).
 *
 * <ul>
 *   <li>A delivery is shown only to a caller cleared for every marking of the events it rests on.
 *   <li>Risk is recomputed per caller from the events and deliveries the caller may see (so no
 *       factor, point or evidence line comes from anything else); a vessel's score is shown only
 *       when each of its MMSIs is visible to the caller or absent from the store (a registry hull
 *       never seen on AIS).
 *   <li>The ledger is built from the caller's deliveries.
 * </ul>
 *
 * <p>The result is cached per distinct clearance set (there are few), computed on first use.
 */
public final class DerivedAccess {
  /**
   * What one clearance set sees.
   *
   * @param deliveries the visible deliveries, by time
   * @param deliveriesById the same by id
   * @param events the visible events by id
   * @param risk the scores, highest first
   * @param riskByMmsi the score of each MMSI's hull
   */
  public record View(
      List<Delivery> deliveries,
      Map<String, Delivery> deliveriesById,
      Map<String, DetectedEvent> events,
      List<RiskScore> risk,
      Map<Integer, RiskScore> riskByMmsi) {}

  private final Inference inference;
  private final VesselAccess vessels;
  private final Map<String, DetectedEvent> eventsById = new LinkedHashMap<>();
  private final Map<String, Set<String>> eventMarkings = new HashMap<>();
  private final Map<String, Set<String>> deliveryMarkings = new HashMap<>();
  private final RiskAssessment assessment;
  private final Map<Set<String>, View> views = new ConcurrentHashMap<>();

  DerivedAccess(Inference inference, EventCatalog catalog, VesselAccess vessels) {
    this.inference = inference;
    this.vessels = vessels;
    for (DetectedEvent e : inference.events()) {
      eventsById.putIfAbsent(e.id(), e);
      eventMarkings.put(e.id(), markingsOf(e, catalog));
    }
    for (Delivery d : inference.deliveries()) {
      Set<String> m = new TreeSet<>();
      for (String id : d.eventIds()) {
        Set<String> em = eventMarkings.get(id);
        if (em == null) {
          // an event the delivery names but the log lacks: judge by its vessels' reports
          d.vessels().forEach(v -> m.addAll(vessels.markings(v)));
        } else {
          m.addAll(em);
        }
      }
      if (m.isEmpty()) {
        m.add(Releasability.UNMARKED.marking());
      }
      deliveryMarkings.put(d.id(), Set.copyOf(m));
    }
    this.assessment =
        new RiskAssessment(
            RiskModel.defaults(),
            DeliveryInference.dprkPorts(PlaceIndex.reference().places()),
            m -> Optional.ofNullable(inference.registry().get(m)));
  }

  private Set<String> markingsOf(DetectedEvent e, EventCatalog catalog) {
    Set<String> m = catalog.markings(e.id());
    if (m.isEmpty()) { // an event log written before the store kept typed events
      m =
          catalog.markings(
              e.type().name() + ":" + e.mmsis().get(0) + ":" + e.start().getEpochSecond());
    }
    if (!m.isEmpty()) {
      return m;
    }
    Set<String> fromVessels = new TreeSet<>();
    for (int v : e.mmsis()) {
      fromVessels.addAll(vessels.markings(v));
    }
    if (fromVessels.isEmpty()) {
      fromVessels.add(Releasability.UNMARKED.marking());
    }
    return Set.copyOf(fromVessels);
  }

  /** What inference ran on (unfiltered: never serve it directly). */
  public Inference inference() {
    return inference;
  }

  /** The markings a delivery rests on. */
  public Set<String> markings(Delivery d) {
    return deliveryMarkings.getOrDefault(d.id(), Set.of(Releasability.UNMARKED.marking()));
  }

  /** The markings an event rests on (empty for an unknown id). */
  public Set<String> eventMarkings(String id) {
    return eventMarkings.getOrDefault(id, Set.of());
  }

  /** The caller's view (cached per clearance set). */
  public View view(Principal p) {
    return views.computeIfAbsent(p.clearances(), this::compute);
  }

  /** The ledger of one commodity and year, built from the caller's deliveries. */
  public Ledger ledger(Principal p, int year, Commodity commodity) {
    return Ledger.build(year, commodity, view(p).deliveries(), inference.reported());
  }

  /** The years with a visible delivery of the commodity, latest first. */
  public List<Integer> years(Principal p, Commodity commodity) {
    return view(p).deliveries().stream()
        .filter(d -> d.commodity() == commodity)
        .map(d -> d.deliveredAt().atZone(ZoneOffset.UTC).getYear())
        .distinct()
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  private View compute(Set<String> clearances) {
    Map<String, DetectedEvent> events = new LinkedHashMap<>();
    for (DetectedEvent e : eventsById.values()) {
      if (clearances.containsAll(eventMarkings.get(e.id()))) {
        events.put(e.id(), e);
      }
    }
    List<Delivery> ds = new ArrayList<>();
    Map<String, Delivery> byId = new LinkedHashMap<>();
    for (Delivery d : inference.deliveries()) {
      if (clearances.containsAll(markings(d))) {
        ds.add(d);
        byId.put(d.id(), d);
      }
    }
    ds.sort(Comparator.comparing(Delivery::deliveredAt).thenComparing(Delivery::id));
    List<RiskScore> risk = new ArrayList<>();
    Map<Integer, RiskScore> byMmsi = new HashMap<>();
    if (!inference.events().isEmpty()) {
      Principal p = new Principal("view", org.tidewatch.server.auth.Role.ANALYST, clearances);
      for (RiskScore s :
          assessment.assess(
              List.copyOf(events.values()),
              ds,
              inference.registry().keySet(),
              inference.listed())) {
        boolean visible =
            s.mmsis().stream()
                .allMatch(
                    m ->
                        vessels.markings(m).isEmpty()
                            || vessels.visibility(p, m) != VesselAccess.Visibility.NONE);
        if (visible) {
          risk.add(s);
          for (int m : s.mmsis()) {
            byMmsi.put(m, s);
          }
        }
      }
    }
    return new View(List.copyOf(ds), byId, events, List.copyOf(risk), byMmsi);
  }
}
