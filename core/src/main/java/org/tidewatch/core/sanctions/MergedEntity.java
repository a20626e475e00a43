package org.tidewatch.core.sanctions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One real-world party as seen across lists: the entries of every list that name it, each kept as
 * it was published.
 *
 * @param id a stable id: the IMO number for merged vessels, otherwise the key of the first source
 * @param type the type (a vessel if any source says vessel)
 * @param sources the list entries, in ingest order
 */
public record MergedEntity(String id, EntityType type, List<SanctionsEntity> sources) {

  /** Copies the sources and checks there is at least one. */
  public MergedEntity {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("merged entity without sources");
    }
  }

  /** The primary name of the first source. */
  public String caption() {
    return sources.get(0).primaryName();
  }

  /** Every distinct name across sources, primary names first. */
  public List<EntityName> names() {
    Set<String> seen = new LinkedHashSet<>();
    var out = new java.util.ArrayList<EntityName>();
    for (var s : sources) {
      if (seen.add(s.primaryName())) {
        out.add(s.names().get(0));
      }
    }
    for (var s : sources) {
      for (var n : s.names()) {
        if (seen.add(n.value())) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** The IMO ship number, from the first source that gives one. */
  public Optional<ImoNumber> imo() {
    return sources.stream().flatMap(s -> s.imo().stream()).findFirst();
  }

  /** All MMSIs across sources. */
  public Set<Mmsi> mmsis() {
    Set<Mmsi> out = new LinkedHashSet<>();
    sources.forEach(s -> s.vessel().ifPresent(v -> out.addAll(v.mmsis())));
    return out;
  }

  /** All call signs across sources. */
  public Set<CallSign> callSigns() {
    Set<CallSign> out = new LinkedHashSet<>();
    sources.forEach(s -> s.vessel().flatMap(VesselParticulars::callSign).ifPresent(out::add));
    return out;
  }

  /** The IMO company number, from the first source that gives one. */
  public Optional<CompanyImoNumber> companyImo() {
    return sources.stream().flatMap(s -> s.companyImo().stream()).findFirst();
  }

  /** The distinct list ids. */
  public Set<String> listIds() {
    Set<String> out = new LinkedHashSet<>();
    sources.forEach(s -> out.add(s.listId()));
    return out;
  }

  /** The distinct programs across sources. */
  public Set<String> programs() {
    Set<String> out = new LinkedHashSet<>();
    sources.forEach(s -> out.addAll(s.programs()));
    return out;
  }

  /** The distinct countries (and flags) across sources. */
  public Set<String> countries() {
    Set<String> out = new LinkedHashSet<>();
    for (var s : sources) {
      out.addAll(s.countries());
      s.vessel().flatMap(VesselParticulars::flag).ifPresent(out::add);
    }
    return out;
  }

  /** The distinct dates of birth across sources. */
  public Set<String> birthDates() {
    Set<String> out = new LinkedHashSet<>();
    sources.forEach(s -> out.addAll(s.birthDates()));
    return out;
  }
}
