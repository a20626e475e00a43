package org.tidewatch.core.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.core.track.VesselSummary;

/**
 * The vessel identity timeline, maintained by the store as batches are committed: for each MMSI
 * every name, call sign, IMO number, ship type, dimension and MID flag with first/last seen. These
 * lookups are index-sized, not scans of the position table.
 */
public interface IdentityStore {

  /** The identity history of an MMSI (empty claims when unknown). */
  IdentityTimeline timeline(int mmsi);

  /** The timelines of every MMSI that ever claimed this IMO number, by MMSI. */
  List<IdentityTimeline> timelinesForImo(String imo);

  /** MMSIs with at least {@code minDistinct} different values of a kind (e.g. 2 names), by MMSI. */
  List<Integer> mmsisWithDistinct(ClaimKind kind, int minDistinct);

  /** One vessel's summary. */
  Optional<VesselSummary> vessel(int mmsi);

  /** Vessels matching a query, by MMSI, at most {@code limit}. */
  List<VesselSummary> search(VesselQuery query, int limit);

  /**
   * The claims of the given kinds of every MMSI that has any, as one timeline per MMSI in ascending
   * MMSI order: for jobs over the whole fleet (screening every vessel), where {@link #timeline} per
   * MMSI would cost one lookup each. Each timeline equals {@code timeline(mmsi)} restricted to
   * {@code kinds}. The default reads timeline by timeline; a backend should answer in one pass.
   */
  default void claims(Set<ClaimKind> kinds, Consumer<IdentityTimeline> sink) {
    VesselQuery all = new VesselQuery(OptionalInt.empty(), Optional.empty(), Optional.empty());
    for (VesselSummary v : search(all, Integer.MAX_VALUE)) {
      IdentityTimeline t = timeline(v.mmsi());
      List<IdentityClaim> of = t.claims().stream().filter(c -> kinds.contains(c.kind())).toList();
      if (!of.isEmpty()) {
        sink.accept(new IdentityTimeline(v.mmsi(), of));
      }
    }
  }

  /**
   * Every releasability marking the store has recorded on a record (a position, a static report or
   * an event), by marking text: what the clearances of users can be checked against. Positions and
   * static reports are never deleted, so their markings stay; a marking carried only by events that
   * a later detection run replaced may remain listed.
   */
  List<Releasability> markings();
}
