package org.tidewatch.server.data;

import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.sanctions.match.Screener;

/**
 * What the server serves, each part filtering by the caller's clearances: vessels, tracks, events
 * and sanctions screening. Built once at start-up over an open store; its screener is replaced when
 * the sanctions lists in force change.
 */
public final class Workspace {
  private final TrackStore store;
  private final VesselAccess vessels;
  private final TrackService tracks;
  private final EventCatalog events;
  // replaced when the lists in force change while serving (Screening.refreshIfListsChanged)
  private volatile Optional<Screener> screener;
  private final DerivedAccess derived;
  // the stored screening of the vessels in force, and the list versions it was made from (set by
  // Screening at start-up and when the lists in force change)
  private volatile @org.jspecify.annotations.Nullable VesselScreening screening;
  private volatile Map<String, String> screenedLists = Map.of();

  /** A workspace without inference (no deliveries, ledger or risk). */
  public Workspace(TrackStore store, Optional<Screener> screener) {
    this(store, screener, Inference.empty());
  }

  /** A workspace serving what inference found (filtered per caller). */
  public Workspace(TrackStore store, Optional<Screener> screener, Inference inference) {
    this.store = store;
    this.vessels = new VesselAccess(store);
    this.tracks = new TrackService(store);
    this.events = new EventCatalog(store, vessels.allMmsis());
    this.screener = screener;
    this.derived = new DerivedAccess(inference, events, vessels);
  }

  /** Deliveries, the ledger and risk, per caller. */
  public DerivedAccess derived() {
    return derived;
  }

  public TrackStore store() {
    return store;
  }

  public VesselAccess vessels() {
    return vessels;
  }

  public TrackService tracks() {
    return tracks;
  }

  public EventCatalog events() {
    return events;
  }

  /** The screener over the sanctions lists in force; empty when none are loaded. */
  public Optional<Screener> screener() {
    return screener;
  }

  /** The stored screening of the vessels in force, once made. */
  public Optional<VesselScreening> vesselScreening() {
    return Optional.ofNullable(screening);
  }

  /** The versions of the lists the screening in force was made from. */
  public Map<String, String> screenedLists() {
    return screenedLists;
  }

  /**
   * Puts a screening in force (a request reads it once, so it never mixes two), made from the lists
   * of these versions.
   */
  public void vesselScreening(VesselScreening s, Map<String, String> lists) {
    this.screenedLists = Map.copyOf(lists);
    this.screening = s;
  }

  /** Replaces the screener (the lists in force changed); requests from now on use the new one. */
  public void screener(Optional<Screener> screener) {
    this.screener = screener;
  }
}
