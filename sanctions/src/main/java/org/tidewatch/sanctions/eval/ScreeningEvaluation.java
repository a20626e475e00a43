package org.tidewatch.sanctions.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tidewatch.core.sanctions.EntityMerger;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.sanctions.match.NameMatcher;
import org.tidewatch.sanctions.match.NameNormaliser;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.sanctions.match.ScreeningQuery;
import org.tidewatch.sanctions.read.ListReaders;
import org.tidewatch.sanctions.read.MalformedListException;

/**
 * Measures screening on the corpus's labelled sets: F1 on nomenklatura's 826 name pairs, recall on
 * DPRK-listed parties under spelling variants, exact-IMO recall, and the false-positive rate on the
 * synthetic negatives.
 */
public final class ScreeningEvaluation {

  /**
   * The two vessel pairs that {@code cases.csv} labels as matches although their names differ by a
   * number (the corpus README flags them); evaluated as non-matches.
   */
  public static final List<List<String>> NUMBER_DIFFERENT_PAIRS =
      List.of(List.of("Zu Zag Bong 6", "Zu Zag Bong 5"), List.of("Snow Storm 1", "Snow Storm 2"));

  /** The list files the index is built from, relative to the corpus's sanctions folder. */
  public static final List<String> LIST_FILES =
      List.of(
          "ofac/sdn-csv-2024-05-03/sdn.csv",
          "un/consolidated-2026-02-27/UN_consolidated.xml",
          "un-1718-vessels/un_vessels.jsonld",
          "eu/dprk-reg-2017-1509/32017R1509.csv");

  private ScreeningEvaluation() {}

  /**
   * Binary classification counts and the usual ratios.
   *
   * @param tp true positives
   * @param fp false positives
   * @param fn false negatives
   * @param tn true negatives
   */
  public record Confusion(int tp, int fp, int fn, int tn) {
    /** Precision. */
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** Recall. */
    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** F1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The pair benchmark result.
   *
   * @param all every pair
   * @param tuning the even rows (the constants were tuned on these)
   * @param heldOut the odd rows (not used for tuning)
   * @param relabelled how many pairs were relabelled as non-matches
   */
  public record PairResult(Confusion all, Confusion tuning, Confusion heldOut, int relabelled) {}

  /** F1 on {@code matching/nomenklatura/cases.csv} at the threshold. */
  public static PairResult pairs(Path casesCsv, NameMatcher matcher, double threshold)
      throws IOException {
    int[][] c = new int[3][4];
    int relabelled = 0;
    int row = 0;
    try (Reader in = Files.newBufferedReader(casesCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        EntityType type =
            switch (r.get("schema")) {
              case "Person" -> EntityType.PERSON;
              case "Vessel" -> EntityType.VESSEL;
              default -> EntityType.COMPANY;
            };
        String n1 = r.get("name1");
        String n2 = r.get("name2");
        boolean truth = r.get("is_match").equalsIgnoreCase("true");
        if (truth && NUMBER_DIFFERENT_PAIRS.contains(List.of(n1, n2))) {
          truth = false;
          relabelled++;
        }
        double s =
            matcher
                .compare(NameNormaliser.normalise(n1, type), NameNormaliser.normalise(n2, type))
                .score();
        boolean predicted = s >= threshold;
        int cell = predicted ? (truth ? 0 : 1) : (truth ? 2 : 3);
        c[0][cell]++;
        c[row % 2 == 0 ? 1 : 2][cell]++;
        row++;
      }
    }
    return new PairResult(conf(c[0]), conf(c[1]), conf(c[2]), relabelled);
  }

  private static Confusion conf(int[] c) {
    return new Confusion(c[0], c[1], c[2], c[3]);
  }

  /** Reads the evaluation lists from the corpus and merges them. */
  public static List<MergedEntity> corpusEntities(Path sanctionsCorpus)
      throws IOException, MalformedListException {
    List<SanctionsEntity> all = new ArrayList<>();
    for (String f : LIST_FILES) {
      all.addAll(ListReaders.read(sanctionsCorpus.resolve(f)).entities());
    }
    return EntityMerger.merge(all);
  }

  /** True for entries on a DPRK program (OFAC DPRK*, UN DPRK, UN 1718, EU-PRK). */
  public static boolean isDprk(SanctionsEntity e) {
    return e.programs().stream()
        .anyMatch(p -> p.startsWith("DPRK") || p.equals("EU-PRK") || p.equals("UN-1718"));
  }

  /**
   * A recall figure.
   *
   * @param queries queries run
   * @param hits queries whose expected entity scored at or above the threshold
   * @param misses up to 20 missed queries, for the report
   */
  public record Recall(int queries, int hits, List<String> misses) {
    /** hits / queries. */
    public double rate() {
      return queries == 0 ? 0 : hits / (double) queries;
    }
  }

  /**
   * Recall on DPRK-listed vessels, companies and people: each listed name (primary and aliases) of
   * every DPRK entry, and spelling variants of it ({@link SpellingVariants}), queried by name and
   * type only; a hit when the entity that carries the name is returned at or above the threshold.
   */
  public static Recall dprkRecall(Screener screener, double threshold) {
    int q = 0;
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (MergedEntity m : screener.index().entities()) {
      if (m.sources().stream().noneMatch(ScreeningEvaluation::isDprk)) {
        continue;
      }
      for (var name : m.names()) {
        for (String variant : SpellingVariants.of(name.value(), m.type())) {
          q++;
          List<ScreeningMatch> res =
              screener.screen(ScreeningQuery.ofName(variant).withType(m.type()), threshold, 10);
          if (res.stream().anyMatch(r -> r.entity().id().equals(m.id()))) {
            hits++;
          } else if (misses.size() < 20) {
            misses.add(variant + " -> " + m.caption());
          }
        }
      }
    }
    return new Recall(q, hits, misses);
  }

  /** Exact-IMO recall: every listed vessel IMO, queried alone, must return its vessel. */
  public static Recall imoRecall(Screener screener, double threshold) {
    int q = 0;
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (MergedEntity m : screener.index().entities()) {
      if (m.imo().isEmpty()) {
        continue;
      }
      q++;
      ScreeningQuery query =
          new ScreeningQuery(
              java.util.Optional.empty(),
              java.util.Optional.of(m.imo().get().value()),
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.Optional.empty());
      List<ScreeningMatch> res = screener.screen(query, threshold, 5);
      if (!res.isEmpty() && res.get(0).entity().id().equals(m.id())) {
        hits++;
      } else if (misses.size() < 20) {
        misses.add(m.imo().get().value());
      }
    }
    return new Recall(q, hits, misses);
  }

  /**
   * UN-listed people from yente's candidate-generation positives (clean or typo-treated),
   * restricted to a nationality; a hit when any UN consolidated DPRK entry is returned.
   */
  public static Recall positives(Screener screener, Path csv, String nationality, double threshold)
      throws IOException {
    int q = 0;
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (CSVRecord r : rows(csv, Integer.MAX_VALUE)) {
      if (!r.get("nationality").equalsIgnoreCase(nationality)) {
        continue;
      }
      q++;
      List<ScreeningMatch> res =
          screener.screen(
              ScreeningQuery.ofName(r.get("full_name")).withType(EntityType.PERSON), threshold, 10);
      if (res.stream()
          .anyMatch(m -> m.entity().sources().stream().anyMatch(ScreeningEvaluation::isDprk))) {
        hits++;
      } else if (misses.size() < 20) {
        misses.add(r.get("full_name"));
      }
    }
    return new Recall(q, hits, misses);
  }

  /**
   * A false-positive figure.
   *
   * @param queries negatives screened
   * @param falsePositives negatives with any match at or above the threshold
   * @param examples up to 20 examples (query -> matched name)
   */
  public record FalsePositives(int queries, int falsePositives, List<String> examples) {
    /** falsePositives / queries. */
    public double rate() {
      return queries == 0 ? 0 : falsePositives / (double) queries;
    }
  }

  /**
   * The false-positive rate on synthetic non-sanctioned people: each row screened as a person by
   * name, with its date of birth and nationality as qualifiers when {@code qualifiers} is set.
   */
  public static FalsePositives negatives(
      Screener screener, Path csv, int maxRows, boolean qualifiers, double threshold)
      throws IOException {
    int q = 0;
    int fp = 0;
    List<String> ex = new ArrayList<>();
    for (CSVRecord r : rows(csv, maxRows)) {
      q++;
      ScreeningQuery query = ScreeningQuery.ofName(r.get("full_name")).withType(EntityType.PERSON);
      if (qualifiers) {
        if (!r.get("date_of_birth").isBlank()) {
          query = query.withBirthDate(r.get("date_of_birth"));
        }
        if (!r.get("nationality").isBlank()) {
          query = query.withCountry(r.get("nationality"));
        }
      }
      List<ScreeningMatch> res = screener.screen(query, threshold, 1);
      if (!res.isEmpty()) {
        fp++;
        if (ex.size() < 20) {
          ex.add(
              r.get("full_name")
                  + " -> "
                  + res.get(0).matchedName()
                  + String.format(Locale.ROOT, " (%.2f)", res.get(0).score()));
        }
      }
    }
    return new FalsePositives(q, fp, ex);
  }

  private static List<CSVRecord> rows(Path csv, int max) throws IOException {
    List<CSVRecord> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        if (out.size() >= max) {
          break;
        }
        out.add(r);
      }
    }
    return out;
  }

  /** Counts of entries by list, for the report. */
  public static Map<String, Integer> countsByList(List<MergedEntity> merged) {
    Map<String, Integer> out = new LinkedHashMap<>();
    merged.forEach(m -> m.sources().forEach(s -> out.merge(s.listId(), 1, Integer::sum)));
    return out;
  }
}
