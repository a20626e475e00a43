package org.tidewatch.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.sanctions.EntityName;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.track.Flag;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.engine.screening.ClaimMatch;
import org.tidewatch.sanctions.match.FeatureScore;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.server.data.EventView;

/** The JSON shapes of the API (described in {@code openapi-base.json}); times are ISO-8601 UTC. */
final class Dto {
  private Dto() {}

  static @Nullable String time(@Nullable Instant t) {
    return t == null ? null : t.toString();
  }

  /** A coordinate, or null where it is unknown (NaN): JSON has no NaN. */
  static @Nullable Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Vessel(
      int mmsi,
      @Nullable String name,
      @Nullable String callSign,
      @Nullable String imo,
      @Nullable String shipType,
      @Nullable String flag,
      @Nullable String flagName,
      String firstSeen,
      String lastSeen,
      long positions,
      List<String> markings,
      @Nullable Listed listed) {

    static Vessel of(VesselSummary s, Set<String> markings) {
      return of(s, markings, Optional.empty());
    }

    /** With the best stored sanctions match the caller may see, if any. */
    static Vessel of(VesselSummary s, Set<String> markings, Optional<ClaimMatch> listed) {
      Optional<Flag> f = s.midFlag();
      return new Vessel(
          s.mmsi(),
          s.name().orElse(null),
          s.callSign().orElse(null),
          s.imo().orElse(null),
          s.shipType().orElse(null),
          f.map(Flag::iso2).orElse(null),
          f.map(Flag::administration).orElse(null),
          s.firstSeen().toString(),
          s.lastSeen().toString(),
          s.positions(),
          markings.stream().sorted().toList(),
          listed.map(Listed::of).orElse(null));
    }
  }

  /**
   * A stored match of a vessel against the sanctions lists (from the vessel screening job).
   *
   * @param claim what the vessel claimed that matched: NAME, IMO, CALL_SIGN or MMSI
   * @param value the claimed value
   */
  record Listed(
      String claim,
      String value,
      String entityId,
      String caption,
      String type,
      List<String> lists,
      List<String> programs,
      double score,
      String matchedName,
      String explanation) {
    static Listed of(ClaimMatch m) {
      return new Listed(
          m.claimKind(),
          m.claimValue(),
          m.entityId(),
          m.caption(),
          m.entityType(),
          m.lists(),
          m.programs(),
          m.score(),
          m.matchedName(),
          m.explanation());
    }
  }

  /**
   * A vessel's stored screening.
   *
   * @param status {@code current} (made from the lists and store as they are), {@code stale} (a new
   *     screening failed; {@code problem} says why) or {@code none} (no screening in force)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VesselScreening(
      int mmsi,
      String status,
      @Nullable String problem,
      @Nullable String screenedAt,
      @Nullable Double threshold,
      java.util.Map<String, String> lists,
      boolean listed,
      List<Listed> matches) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Claim(
      String kind,
      String value,
      String firstSeen,
      String lastSeen,
      long reports,
      @Nullable Boolean imoCheckDigitValid) {

    static Claim of(IdentityClaim c) {
      return new Claim(
          c.kind().name(),
          c.value(),
          c.firstSeen().toString(),
          c.lastSeen().toString(),
          c.reports(),
          c.imoCheckDigitValid().orElse(null));
    }
  }

  record Identity(int mmsi, List<Claim> claims) {}

  record Profile(Vessel vessel, List<Claim> identity, long events, List<String> eventTypes) {}

  record Event(
      String id,
      String type,
      List<Integer> mmsis,
      String start,
      String end,
      long duration_s,
      @Nullable Double latitude_deg,
      @Nullable Double longitude_deg,
      String summary,
      String marking) {

    /** An event whose position is unknown (an identity change, say) gets null coordinates. */
    static Event of(EventView e) {
      return new Event(
          e.id(),
          e.type(),
          e.mmsis(),
          e.start().toString(),
          e.end().toString(),
          java.time.Duration.between(e.start(), e.end()).toSeconds(),
          finite(e.latitude_deg()),
          finite(e.longitude_deg()),
          e.summary(),
          e.marking());
    }
  }

  record Feature(String feature, double score, String detail) {
    static Feature of(FeatureScore f) {
      return new Feature(f.feature(), f.score(), f.detail());
    }
  }

  record ListEntry(
      String list, String entryId, String name, List<String> programs, @Nullable String listedOn) {
    static ListEntry of(SanctionsEntity e) {
      return new ListEntry(
          e.listId(),
          e.entryId(),
          e.primaryName(),
          e.programs(),
          e.listedOn().map(Object::toString).orElse(null));
    }
  }

  record Match(
      String entityId,
      String caption,
      String type,
      double score,
      String matchedName,
      String explanation,
      List<Feature> features,
      List<ListEntry> listings) {

    static Match of(ScreeningMatch m) {
      return new Match(
          m.entity().id(),
          m.entity().caption(),
          m.entity().type().name(),
          m.score(),
          m.matchedName(),
          m.explanation(),
          m.features().stream().map(Feature::of).toList(),
          m.entity().sources().stream().map(ListEntry::of).toList());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ScreeningRequest(
      @Nullable String name,
      @Nullable String imo,
      @Nullable String mmsi,
      @Nullable String callSign,
      @Nullable String type,
      @Nullable String country,
      @Nullable String birthDate,
      @Nullable Double threshold,
      @Nullable Integer limit) {}

  record ScreeningResult(ScreeningRequest query, double threshold, List<Match> matches) {}

  record BatchRequest(
      List<ScreeningRequest> queries, @Nullable Double threshold, @Nullable Integer limit) {}

  record BatchResult(int queries, int withMatches, List<ScreeningResult> results) {}

  record VesselMatch(String claim, String value, Match match) {}

  record Name(String value, String kind) {
    static Name of(EntityName n) {
      return new Name(n.value(), n.kind().name());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entity(
      String id,
      String type,
      String caption,
      List<Name> names,
      @Nullable String imo,
      List<String> mmsis,
      List<String> programs,
      List<String> countries,
      List<ListEntry> listings) {

    static Entity of(MergedEntity m) {
      return new Entity(
          m.id(),
          m.type().name(),
          m.caption(),
          m.names().stream().map(Name::of).toList(),
          m.imo().map(Object::toString).orElse(null),
          m.mmsis().stream().map(Object::toString).toList(),
          m.sources().stream().flatMap(s -> s.programs().stream()).distinct().toList(),
          m.sources().stream().flatMap(s -> s.countries().stream()).distinct().toList(),
          m.sources().stream().map(ListEntry::of).toList());
    }
  }

  record Login(@Nullable String username, @Nullable String password) {}

  record Token(String token, String tokenType, long expiresIn_s, Me user) {}

  record Me(String name, String role, List<String> clearances) {}

  record NewUser(
      @Nullable String username,
      @Nullable String password,
      @Nullable String role,
      @Nullable List<String> clearances) {}

  record Health(String status, String version) {}

  record Overview(
      long vessels,
      @Nullable String firstSeen,
      @Nullable String lastSeen,
      long events,
      List<String> eventTypes,
      boolean screeningAvailable,
      int sanctionsEntities,
      int listedVessels,
      @Nullable String vesselsScreenedAt) {}
}
