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
    int[] found = qn.map(n -> index.candidates(n, type, CANDIDATES)).orElse(new int[0]);
    int[] candidates = found;
    if (!ids.isEmpty()) {
      Set<Integer> all = new java.util.LinkedHashSet<>(ids.keySet());
      for (int e : found) {
        all.add(e);
      }
      candidates = all.stream().mapToInt(Integer::intValue).toArray();
    }
    String qc = q.country().map(Screener::country).orElse(null);
    int qYear = -1;
    if (q.birthDate().isPresent()) {
      Matcher m = YEAR.matcher(q.birthDate().get());
      if (m.find()) {
        qYear = Integer.parseInt(m.group(1));
      }
    }

    List<Scored> scored = new ArrayList<>();
    if (qn.isPresent()) {
      // overlap the cache misses of the candidates' names (≈ 10 % of the CPU per query at 1 M)
      index.touchNames(candidates);
    }
    for (int e : candidates) {
      EntityType et = index.type(e);
      List<FeatureScore> idFeatures = ids.isEmpty() ? List.of() : ids.getOrDefault(e, List.of());
      if (type != EntityType.UNKNOWN
          && et != type
          && et != EntityType.UNKNOWN
          && idFeatures.isEmpty()) {
        continue;
      }
      double best = 0;
      for (FeatureScore f : idFeatures) {
        best = Math.max(best, f.score());
      }
      double nameScore = 0;
      int bestName = -1;
      if (qn.isPresent()) {
        NormalisedName query = qn.get();
        for (int i = index.firstName(e); i < index.endName(e); i++) {
          double s =
              adjusted(
                  query, index.name(i), index.nameKind(i), matcher.score(query, index.name(i)));
          if (s > nameScore) {
            nameScore = s;
            bestName = i;
          }
        }
      }
      Optional<ImoNumber> listedImo =
          imo.isPresent() && et == EntityType.VESSEL ? index.entity(e).imo() : Optional.empty();
      boolean imoDiffers = listedImo.isPresent() && !listedImo.get().equals(imo.get());
      if (imoDiffers) {
        nameScore *= 0.5;
      }
      best = Math.max(best, nameScore);
      double score = best;
      double countryAdj = 0;
      String[] cs = index.countries(e);
      if (qc != null && cs.length > 0) {
        boolean agrees = false;
        for (String c : cs) {
          agrees |= c.equals(qc);
        }
        countryAdj = agrees ? 0.0 : -0.10;
      }
      double dobAdj = 0;
      int[] ys = index.birthYears(e);
      if (qYear > 0 && ys.length > 0) {
        boolean near = false;
        for (int y : ys) {
          near |= Math.abs(y - qYear) <= 1;
        }
        dobAdj = near ? 0.0 : -0.15;
      }
      score = Math.max(0.0, Math.min(1.0, score + countryAdj + dobAdj));
      if (score < threshold) {
        continue;
      }
      scored.add(
          new Scored(
              e,
              score,
              nameScore,
              bestName,
              countryAdj,
              dobAdj,
              imoDiffers,
              idFeatures,
              listedImo));
    }
    // explanations only for the matches returned
    scored.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<ScreeningMatch> out = new ArrayList<>(Math.min(limit, scored.size()));
    for (Scored m : scored.subList(0, Math.min(limit, scored.size()))) {
      out.add(explain(m, qn, qc != null, qYear > 0));
    }
    return out;
  }

  /** A candidate at or above the threshold, before its explanation is written. */
  private record Scored(
      int entity,
      double score,
      double nameScore,
      int bestName,
      double countryAdj,
      double dobAdj,
      boolean imoDiffers,
      List<FeatureScore> idFeatures,
      Optional<ImoNumber> listedImo) {}

  private ScreeningMatch explain(
      Scored m, Optional<NormalisedName> qn, boolean queryCountry, boolean queryYear) {
    MergedEntity ent = index.entity(m.entity());
    List<FeatureScore> features = new ArrayList<>(m.idFeatures());
    String matchedName = "";
    if (qn.isPresent()) {
      String detail = "no comparable name";
      if (m.bestName() >= 0) {
        NormalisedName nm = index.name(m.bestName());
        matchedName = nm.original();
        detail =
            "'"
                + matchedName
                + "' ("
                + index.nameKind(m.bestName()).name().toLowerCase(Locale.ROOT)
                + "): "
                + matcher.compare(qn.get(), nm).detail();
      }
      if (m.imoDiffers()) {
        detail += "; listed IMO " + m.listedImo().orElseThrow().value() + " differs";
      }
      features.add(new FeatureScore("name", m.nameScore(), detail));
    }
    if (queryCountry && index.countries(m.entity()).length > 0) {
      features.add(
          new FeatureScore(
              "country",
              m.countryAdj(),
              m.countryAdj() == 0 ? "agrees" : "listed " + String.join(", ", ent.countries())));
    }
    if (queryYear && index.birthYears(m.entity()).length > 0) {
      features.add(
          new FeatureScore(
              "birth_date",
              m.dobAdj(),
              m.dobAdj() == 0 ? "year agrees" : "listed " + String.join(", ", ent.birthDates())));
    }
    return new ScreeningMatch(ent, m.score(), matchedName, features);
  }

  /**
   * A name score with the name-kind rules: weak aliases count 0.9, a one-word listed name
   * (PATRICIA, LUCAS) inside a longer query 0.85.
   */
  private static double adjusted(NormalisedName q, NormalisedName r, NameKind kind, double s) {
    double v = kind == NameKind.WEAK_ALIAS ? 0.9 * s : s;
    if (r.tokens().size() == 1 && q.tokens().size() >= 2) {
      v *= 0.85;
    }
    return v;
  }

  /** The birth years found in published dates of birth. */
  static int[] years(Set<String> dates) {
    List<Integer> ys = new ArrayList<>();
    for (String d : dates) {
      Matcher dm = YEAR.matcher(d);
      while (dm.find()) {
        ys.add(Integer.parseInt(dm.group(1)));
      }
    }
    return ys.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void add(Map<Integer, List<FeatureScore>> ids, int e, FeatureScore f) {
    ids.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
  }

  static String country(String raw) {
    String c = NameNormaliser.latin(raw);
    return COUNTRY_ALIASES.getOrDefault(c, c);
  }
}
