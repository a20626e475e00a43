package org.tidewatch.bench.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;

/**
 * A seeded generator of synthetic list entries with realistic name distributions, to grow the real
 * corpus lists to a million entities for the screening benchmark.
 *
 * <p>Name parts are drawn from the words of the real lists' own names (given names from the first
 * word of people's names, family names from the last, company and vessel words from theirs), each
 * pool ranked by frequency and sampled Zipf-like (rank {@code r} with weight {@code 1/(r+1)}), so
 * that common names are common; one part in three is instead a pronounceable made-up word from a
 * syllable table, so the vocabulary grows with the list as real vocabularies do. People get 2-4
 * parts and one alias in four, companies 1-3 words, a generic word and a legal form, vessels 1-2
 * words, often a number, and a valid IMO number. Entity types follow the corpus mix (about half
 * people, 45 % companies, 5 % vessels).
 */
public final class SyntheticEntities {

  private static final String[] ONSETS = {
    "", "b", "ch", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t", "v",
    "y", "z", "br", "tr", "st", "gr"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ia", "eo", "yo"};
  private static final String[] CODAS = {"", "", "", "n", "ng", "r", "l", "s", "m", "k", "v"};
  private static final String[] GENERIC = {
    "shipping",
    "trading",
    "group",
    "international",
    "holding",
    "industries",
    "marine",
    "logistics",
    "investment",
    "energy",
    "petroleum",
    "general"
  };
  private static final String[] LEGAL = {
    "LLC", "Ltd", "Co., Ltd.", "JSC", "S.A.", "GmbH", "FZE", "Limited", "Corp.", "Inc."
  };

  private final SplittableRandom rnd;
  private final Pool given;
  private final Pool family;
  private final Pool org;

  /** A generator seeded with {@code seed}, drawing name parts from the real entities' names. */
  public SyntheticEntities(List<MergedEntity> real, long seed) {
    this.rnd = new SplittableRandom(seed);
    Map<String, Integer> g = new LinkedHashMap<>();
    Map<String, Integer> f = new LinkedHashMap<>();
    Map<String, Integer> o = new LinkedHashMap<>();
    for (MergedEntity m : real) {
      for (var n : m.names()) {
        String[] w = n.value().replaceAll("[^\\p{IsLatin} ]", " ").trim().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
          continue;
        }
        if (m.type() == EntityType.PERSON) {
          g.merge(cap(w[0]), 1, Integer::sum);
          f.merge(cap(w[w.length - 1]), 1, Integer::sum);
        } else {
          for (String x : w) {
            if (x.length() > 2) {
              o.merge(cap(x), 1, Integer::sum);
            }
          }
        }
      }
    }
    given = new Pool(g);
    family = new Pool(f);
    org = new Pool(o);
  }

  /** {@code count} synthetic entities with ids {@code syn:0 ...}. */
  public List<MergedEntity> generate(int count) {
    List<MergedEntity> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double u = rnd.nextDouble();
      EntityType type =
          u < 0.50 ? EntityType.PERSON : u < 0.95 ? EntityType.COMPANY : EntityType.VESSEL;
      var b = SanctionsEntity.builder("synthetic", Integer.toString(i), type);
      switch (type) {
        case PERSON -> {
          b.name(personName(), NameKind.PRIMARY);
          if (rnd.nextInt(4) == 0) {
            b.name(personName(), NameKind.ALIAS);
          }
          b.birthDate(Integer.toString(1940 + rnd.nextInt(60)));
        }
        case COMPANY -> b.name(companyName(), NameKind.PRIMARY);
        default -> {
          b.name(vesselName(), NameKind.PRIMARY);
          b.imo(new ImoNumber(imo()));
        }
      }
      out.add(new MergedEntity("syn:" + i, type, List.of(b.build())));
    }
    return out;
  }

  /** A person's name: given name(s) and family name. */
  public String personName() {
    int parts = 2 + (rnd.nextInt(10) < 3 ? 1 : 0) + (rnd.nextInt(20) == 0 ? 1 : 0);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      s.append(i == 0 ? "" : " ").append(part(i == parts - 1 ? family : given));
    }
    return s.toString();
  }

  /** A company name: words, a generic word, a legal form. */
  public String companyName() {
    int words = 1 + rnd.nextInt(3);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? "" : " ").append(part(org));
    }
    if (rnd.nextBoolean()) {
      s.append(' ').append(cap(GENERIC[rnd.nextInt(GENERIC.length)]));
    }
    return s.append(' ').append(LEGAL[rnd.nextInt(LEGAL.length)]).toString();
  }

  /** A vessel name: one or two words, often a number. */
  public String vesselName() {
    String s = part(org).toUpperCase(Locale.ROOT);
    if (rnd.nextInt(3) == 0) {
      s += " " + part(org).toUpperCase(Locale.ROOT);
    }
    if (rnd.nextBoolean()) {
      s += " " + (1 + rnd.nextInt(99));
    }
    return s;
  }

  private String part(Pool p) {
    return rnd.nextInt(3) == 0 ? cap(madeUpWord()) : p.draw(rnd);
  }

  private String madeUpWord() {
    int syl = 1 + rnd.nextInt(3);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < syl; i++) {
      s.append(ONSETS[rnd.nextInt(ONSETS.length)])
          .append(VOWELS[rnd.nextInt(VOWELS.length)])
          .append(CODAS[rnd.nextInt(CODAS.length)]);
    }
    return s.length() < 3 ? s + "an" : s.toString();
  }

  private String imo() {
    int base = 100000 + rnd.nextInt(900000);
    String d = Integer.toString(base);
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (d.charAt(i) - '0') * (7 - i);
    }
    return d + (sum % 10);
  }

  private static String cap(String w) {
    return w.isEmpty()
        ? w
        : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Words ranked by frequency, drawn Zipf-like. */
  private static final class Pool {
    final String[] words;
    final double[] cumulative;

    Pool(Map<String, Integer> counts) {
      words =
          counts.entrySet().stream()
              .sorted((a, b) -> b.getValue() - a.getValue())
              .map(Map.Entry::getKey)
              .toArray(String[]::new);
      cumulative = new double[words.length];
      double c = 0;
      for (int r = 0; r < words.length; r++) {
        c += 1.0 / (r + 1);
        cumulative[r] = c;
      }
    }

    String draw(SplittableRandom rnd) {
      double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
      int i = java.util.Arrays.binarySearch(cumulative, x);
      return words[Math.min(words.length - 1, i >= 0 ? i : -i - 1)];
    }
  }
}
