package org.tidewatch.server.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.store.VesselQuery;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.Flag;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.core.track.Mids;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.server.auth.Principal;

/**
 * Vessels as a caller may see them. The store's identity aggregates carry no marking, so each
 * vessel's aggregates are shown as stored only to callers cleared for every marking of its reports;
 * a caller cleared for some of them sees aggregates rebuilt from those reports alone; a caller
 * cleared for none does not learn the vessel exists. The data does not change while the server runs
 * (the server holds the store's lock), so the catalogue is loaded once.
 */
public final class VesselAccess {
  /** How much of a vessel a caller may see. */
  public enum Visibility {
    FULL,
    PARTIAL,
    NONE
  }

  /** A vessel as one caller sees it. */
  public record View(VesselSummary summary, IdentityTimeline timeline, Set<String> markings) {}

  private record ViewKey(int mmsi, Set<String> clearances) {}

  private final TrackStore store;
  private final TreeMap<Integer, VesselSummary> vessels = new TreeMap<>();
  private final Map<Integer, Set<String>> markings;
  private final Map<ViewKey, Optional<View>> partialViews = new ConcurrentHashMap<>();
  private final Map<Integer, IdentityTimeline> timelines = new ConcurrentHashMap<>();

  public VesselAccess(TrackStore store) {
    this.store = store;
    List<VesselSummary> all =
        store
            .identities()
            .search(
                new VesselQuery(OptionalInt.empty(), Optional.empty(), Optional.empty()),
                Integer.MAX_VALUE);
    for (VesselSummary v : all) {
      vessels.put(v.mmsi(), v);
    }
    this.markings = new HashMap<>(StoreMarkings.load(store, all));
  }

  /** Number of vessels in the store (for logs only: never shown to a caller). */
  public int size() {
    return vessels.size();
  }

  /** The markings of a vessel's reports. */
  public Set<String> markings(int mmsi) {
    return markings.getOrDefault(mmsi, Set.of());
  }

  /** How much of a vessel the caller may see. */
  public Visibility visibility(Principal p, int mmsi) {
    Set<String> m = markings.get(mmsi);
    if (m == null || m.isEmpty() || !vessels.containsKey(mmsi)) {
      return Visibility.NONE;
    }
    if (m.stream().allMatch(p::isClearedFor)) {
      return Visibility.FULL;
    }
    for (String s : m) {
      if (p.isClearedFor(s)) {
        return Visibility.PARTIAL;
      }
    }
    return Visibility.NONE;
  }

  /** The vessel as the caller may see it; empty when they may not see it at all. */
  public Optional<View> find(Principal p, int mmsi) {
    return switch (visibility(p, mmsi)) {
      case NONE -> Optional.empty();
      case FULL ->
          Optional.of(
              new View(
                  vessels.get(mmsi),
                  timelines.computeIfAbsent(mmsi, m -> store.identities().timeline(m)),
                  markings(mmsi)));
      case PARTIAL ->
          partialViews.computeIfAbsent(
              new ViewKey(mmsi, p.clearances()), k -> rebuild(k.mmsi(), p));
    };
  }

  /** The vessel's summary as the caller may see it (cheap for fully cleared callers). */
  public Optional<VesselSummary> summary(Principal p, int mmsi) {
    return switch (visibility(p, mmsi)) {
      case NONE -> Optional.empty();
      case FULL -> Optional.of(vessels.get(mmsi));
      case PARTIAL -> find(p, mmsi).map(View::summary);
    };
  }

  /** Summaries of every vessel the caller may see, by MMSI (no identity timelines loaded). */
  public List<VesselSummary> visibleSummaries(Principal p) {
    List<VesselSummary> out = new ArrayList<>();
    for (int mmsi : vessels.keySet()) {
      summary(p, mmsi).ifPresent(out::add);
    }
    return out;
  }

  /** Every vessel the caller may see, by MMSI. */
  public List<View> visible(Principal p) {
    List<View> out = new ArrayList<>();
    for (int mmsi : vessels.keySet()) {
      find(p, mmsi).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The vessels matching a text (MMSI prefix, IMO number, or part of any name), judged on what the
   * caller may see: a name only in reports the caller is not cleared for does not match.
   */
  public List<View> search(Principal p, Optional<String> text) {
    String q = text.map(t -> t.strip().toUpperCase(java.util.Locale.ROOT)).orElse("");
    if (q.isEmpty()) {
      return visible(p);
    }
    java.util.SortedSet<Integer> candidates = new java.util.TreeSet<>();
    for (int mmsi : vessels.keySet()) {
      if (Integer.toString(mmsi).startsWith(q)) {
        candidates.add(mmsi);
      }
    }
    String imoQ = q.replace(" ", "").replaceFirst("^IMO", "");
    if (imoQ.matches("\\d{7}")) {
      store.identities().search(VesselQuery.byImo(imoQ), Integer.MAX_VALUE).stream()
          .map(VesselSummary::mmsi)
          .forEach(candidates::add);
    }
    store.identities().search(VesselQuery.byName(q), Integer.MAX_VALUE).stream()
        .map(VesselSummary::mmsi)
        .forEach(candidates::add);
    List<View> out = new ArrayList<>();
    for (int mmsi : candidates) {
      Optional<View> v = find(p, mmsi);
      if (v.isPresent() && matches(v.get(), q)) {
        out.add(v.get());
      }
    }
    return out;
  }

  private static boolean matches(View v, String q) {
    return Integer.toString(v.summary().mmsi()).startsWith(q) || matchesTimeline(v.timeline(), q);
  }

  private static boolean matchesTimeline(IdentityTimeline t, String q) {
    String imoQ = q.replace(" ", "").replaceFirst("^IMO", "");
    for (IdentityClaim c : t.claims()) {
      switch (c.kind()) {
        case NAME -> {
          if (c.value().contains(q)) {
            return true;
          }
        }
        case IMO -> {
          if (c.value().equals(imoQ)) {
            return true;
          }
        }
        case CALL_SIGN -> {
          if (c.value().equals(q)) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /** Rebuilds a vessel's summary and identity from the reports the caller is cleared for. */
  private Optional<View> rebuild(int mmsi, Principal p) {
    VesselSummary stored = vessels.get(mmsi);
    Instant from = stored.firstSeen();
    Instant to = stored.lastSeen().plusMillis(1);
    long[] count = {0};
    Instant[] span = {null, null};
    store
        .positions()
        .scan(
            new PositionFilter(Set.of(mmsi), from, to, Optional.empty()),
            pos -> {
              if (p.isClearedFor(pos.provenance().releasability())) {
                count[0]++;
                see(span, pos.time());
              }
            });
    Map<String, Claim> claims = new TreeMap<>();
    for (StaticReport s : store.staticReports().reports(mmsi, from, to)) {
      if (!p.isClearedFor(s.provenance().releasability())) {
        continue;
      }
      see(span, s.time());
      claim(claims, ClaimKind.NAME, s.name(), s.time());
      claim(claims, ClaimKind.CALL_SIGN, s.callSign(), s.time());
      if (s.imo().isPresent()) {
        claim(
            claims,
            ClaimKind.IMO,
            Optional.of(IdentityClaim.imoValue(s.imo().getAsInt())),
            s.time());
      }
      if (s.shipType().isPresent()) {
        claim(
            claims,
            ClaimKind.SHIP_TYPE,
            Optional.of(Integer.toString(s.shipType().getAsInt())),
            s.time());
      }
      if (s.length_m().isPresent() && s.beam_m().isPresent()) {
        claim(
            claims,
            ClaimKind.DIMENSIONS,
            Optional.of(s.length_m().getAsInt() + "x" + s.beam_m().getAsInt()),
            s.time());
      }
    }
    if (span[0] == null) {
      return Optional.empty();
    }
    List<IdentityClaim> list = new ArrayList<>();
    for (Claim c : claims.values()) {
      list.add(new IdentityClaim(mmsi, c.kind, c.value, c.first, c.last, c.reports));
    }
    Optional<Flag> flag = Mids.flagOfMmsi(mmsi);
    flag.ifPresent(
        f -> list.add(new IdentityClaim(mmsi, ClaimKind.FLAG_MID, f.iso2(), span[0], span[1], 1)));
    IdentityTimeline t = new IdentityTimeline(mmsi, list);
    VesselSummary s =
        new VesselSummary(
            mmsi,
            span[0],
            span[1],
            count[0],
            t.latest(ClaimKind.NAME),
            t.latest(ClaimKind.CALL_SIGN),
            t.latest(ClaimKind.IMO),
            t.latest(ClaimKind.SHIP_TYPE));
    Set<String> seen = new java.util.TreeSet<>(markings(mmsi));
    seen.removeIf(m -> !p.isClearedFor(m));
    return Optional.of(new View(s, t, seen));
  }

  private static final class Claim {
    final ClaimKind kind;
    final String value;
    Instant first;
    Instant last;
    long reports;

    Claim(ClaimKind kind, String value, Instant t) {
      this.kind = kind;
      this.value = value;
      this.first = t;
      this.last = t;
    }
  }

  private static void claim(Map<String, Claim> claims, ClaimKind k, Optional<String> v, Instant t) {
    if (v.isEmpty() || v.get().isBlank()) {
      return;
    }
    Claim c = claims.computeIfAbsent(k + "\u0000" + v.get(), x -> new Claim(k, v.get(), t));
    if (t.isBefore(c.first)) {
      c.first = t;
    }
    if (t.isAfter(c.last)) {
      c.last = t;
    }
    c.reports++;
  }

  private static void see(Instant[] span, Instant t) {
    if (span[0] == null || t.isBefore(span[0])) {
      span[0] = t;
    }
    if (span[1] == null || t.isAfter(span[1])) {
      span[1] = t;
    }
  }

  /** All stored MMSIs (for internal iteration, never returned unfiltered). */
  Collection<Integer> allMmsis() {
    return vessels.keySet();
  }
}
