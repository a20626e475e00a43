package org.tidewatch.sanctions.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidewatch.core.sanctions.CallSign;
import org.tidewatch.core.sanctions.CompanyImoNumber;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.Mmsi;
import org.tidewatch.core.sanctions.NameKind;

/**
 * Screens a query against a {@link ScreeningIndex}: exact identifiers first (a checksum-valid IMO
 * ship or company number scores 1.0, an MMSI 0.95, a call sign 0.85), then names (candidates from
 * the index, each scored by {@link NameMatcher} against every name of the entity; weak aliases
 * count 0.9 of their score, a one-word listed name found inside a longer query 0.85), then
 * qualifiers: a country that none of the entity's countries or flags agrees with costs 0.10, a
 * birth year more than a year from every listed one 0.15, and a different IMO number on a vessel
 * halves the name score (same name, different hull). Every match carries the per-feature
 * explanation.
 */
public final class Screener {

  /** The default threshold (the yente default, confirmed on the evaluation sets). */
  public static final double DEFAULT_THRESHOLD = 0.70;

  /** How many candidates the index hands to the scorer per query. */
  public static final int CANDIDATES = 50;

  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
  private static final Map<String, String> COUNTRY_ALIASES =
      Map.ofEntries(
          Map.entry("dprk", "north korea"),
          Map.entry("democratic peoples republic of korea", "north korea"),
          Map.entry("korea north", "north korea"),
          Map.entry("kp", "north korea"),
          Map.entry("prk", "north korea"),
          Map.entry("republic of korea", "south korea"),
          Map.entry("korea south", "south korea"),
          Map.entry("russian federation", "russia"),
          Map.entry("ru", "russia"),
          Map.entry("iran islamic republic of", "iran"),
          Map.entry("ir", "iran"),
          Map.entry("syrian arab republic", "syria"),
          Map.entry("united states of america", "united states"),
          Map.entry("usa", "united states"),
          Map.entry("us", "united states"),
          Map.entry("cn", "china"),
          Map.entry("peoples republic of china", "china"),
          Map.entry("uk", "united kingdom"),
          Map.entry("gb", "united kingdom"));

  private final ScreeningIndex index;
  private final NameMatcher matcher;

  /** A screener over the index with the default name matcher. */
  public Screener(ScreeningIndex index) {
    this(index, new NameMatcher());
  }

  /** A screener over the index with the given name matcher. */
  public Screener(ScreeningIndex index, NameMatcher matcher) {
    this.index = index;
    this.matcher = matcher;
  }

  /** The index screened against. */
  public ScreeningIndex index() {
    return index;
  }

  /**
   * Screens the query; matches at or above {@code threshold}, best first, at most {@code limit}.
   */
  public List<ScreeningMatch> screen(ScreeningQuery q, double threshold, int limit) {
    EntityType type = q.type().orElse(EntityType.UNKNOWN);
    Map<Integer, List<FeatureScore>> ids = new LinkedHashMap<>();
    Optional<ImoNumber> imo = q.imo().flatMap(ImoNumber::parse);
    imo.ifPresent(
        i ->
            index
                .byImo(i.value())
                .forEach(
                    e ->
                        add(ids, e, new FeatureScore("imo", 1.0, "IMO " + i.value() + " listed"))));
    if (imo.isEmpty()) {
      q.imo()
          .map(s -> s.replaceAll("\\D", ""))
          .flatMap(CompanyImoNumber::parse)
          .ifPresent(
              c ->
                  index
                      .byCompanyImo(c.value())
                      .forEach(
                          e ->
                              add(
                                  ids,
                                  e,
                                  new FeatureScore(
                                      "company_imo",
                                      1.0,
                                      "IMO company " + c.value() + " listed"))));
    }
    q.mmsi()
        .flatMap(Mmsi::parse)
        .ifPresent(
            m ->
                index
                    .byMmsi(m.value())
                    .forEach(
                        e -> add(ids, e, new FeatureScore("mmsi", 0.95, "MMSI " + m + " listed"))));
    q.callSign()
        .flatMap(CallSign::parse)
        .ifPresent(
            c ->
                index
                    .byCallSign(c.value())
                    .forEach(
                        e ->
                            add(
                                ids,
                                e,
                                new FeatureScore(
                                    "call_sign", 0.85, "call sign " + c + " listed"))));

    Optional<NormalisedName> qn =
        q.name().map(n -> NameNormaliser.normalise(n, type)).filter(n -> !n.isEmpty());
    Set<Integer> candidates = new java.util.LinkedHashSet<>(ids.keySet());
    qn.ifPresent(n -> candidates.addAll(index.candidates(n, type, CANDIDATES)));

    List<ScreeningMatch> out = new ArrayList<>();
    for (int e : candidates) {
      MergedEntity ent = index.entity(e);
      if (type != EntityType.UNKNOWN
          && ent.type() != type
          && ent.type() != EntityType.UNKNOWN
          && !ids.containsKey(e)) {
        continue;
      }
      List<FeatureScore> features = new ArrayList<>(ids.getOrDefault(e, List.of()));
      double best = features.stream().mapToDouble(FeatureScore::score).max().orElse(0.0);
      String matchedName = "";
      if (qn.isPresent()) {
        double nameScore = 0;
        String detail = "";
        for (var nm : index.namesOf(e)) {
          NameComparison c = matcher.compare(qn.get(), nm.getKey());
          double s = nm.getValue() == NameKind.WEAK_ALIAS ? 0.9 * c.score() : c.score();
          // a one-word listed name (PATRICIA, LUCAS) inside a longer query is weak evidence
          if (nm.getKey().tokens().size() == 1 && qn.get().tokens().size() >= 2) {
            s *= 0.85;
          }
          if (s > nameScore) {
            nameScore = s;
            matchedName = nm.getKey().original();
            detail =
                "'"
                    + matchedName
                    + "' ("
                    + nm.getValue().name().toLowerCase(Locale.ROOT)
                    + "): "
                    + c.detail();
          }
        }
        if (imo.isPresent() && ent.imo().isPresent() && !ent.imo().get().equals(imo.get())) {
          nameScore *= 0.5;
          detail += "; listed IMO " + ent.imo().get().value() + " differs";
        }
        features.add(
            new FeatureScore("name", nameScore, detail.isEmpty() ? "no comparable name" : detail));
        best = Math.max(best, nameScore);
      }
      double score = best;
      if (q.country().isPresent()) {
        Set<String> countries = ent.countries();
        if (!countries.isEmpty()) {
          String qc = country(q.country().get());
          boolean agrees = countries.stream().map(Screener::country).anyMatch(c -> c.equals(qc));
          double adj = agrees ? 0.0 : -0.10;
          features.add(
              new FeatureScore(
                  "country", adj, agrees ? "agrees" : "listed " + String.join(", ", countries)));
          score += adj;
        }
      }
      if (q.birthDate().isPresent() && !ent.birthDates().isEmpty()) {
        Matcher m = YEAR.matcher(q.birthDate().get());
        if (m.find()) {
          int y = Integer.parseInt(m.group(1));
          boolean near = false;
          boolean any = false;
          for (String d : ent.birthDates()) {
            Matcher dm = YEAR.matcher(d);
            while (dm.find()) {
              any = true;
              near |= Math.abs(Integer.parseInt(dm.group(1)) - y) <= 1;
            }
          }
          if (any) {
            double adj = near ? 0.0 : -0.15;
            features.add(
                new FeatureScore(
                    "birth_date",
                    adj,
                    near ? "year agrees" : "listed " + String.join(", ", ent.birthDates())));
            score += adj;
          }
        }
      }
      score = Math.max(0.0, Math.min(1.0, score));
      if (score >= threshold) {
        out.add(new ScreeningMatch(ent, score, matchedName, features));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private static void add(Map<Integer, List<FeatureScore>> ids, int e, FeatureScore f) {
    ids.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
  }

  static String country(String raw) {
    String c = NameNormaliser.latin(raw);
    return COUNTRY_ALIASES.getOrDefault(c, c);
  }
}
