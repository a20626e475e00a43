package org.tidewatch.sanctions.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidewatch.core.sanctions.EntityType;

/**
 * Deterministic spelling variants of a listed name, of the kinds seen between lists and in customer
 * data for DPRK names: Revised-Romanization vowels (CHON → CHEON, KUM → KEUM), voiced and unvoiced
 * consonants (K/G, P/B, CH/J, T/D), the surname RI as LI or LEE, syllables joined or hyphenated
 * (CHON MA SAN → CHONMASAN, Jong Un → Jong-un), mixed case, and one dropped letter in the longest
 * word. Numbers are never changed: a different number is a different vessel.
 */
public final class SpellingVariants {

  private SpellingVariants() {}

  /** The name itself plus its variants (distinct, in a fixed order). */
  public static List<String> of(String name, EntityType type) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    String up = name.toUpperCase(Locale.ROOT);
    out.add(titleCase(name));
    out.add(shortWords(up, "O", "EO"));
    out.add(shortWords(up, "U", "EU"));
    out.add(swapFirst(up, "K", "G"));
    out.add(swapFirst(up, "CH", "J"));
    out.add(swapFirst(up, "P", "B"));
    out.add(up.startsWith("RI ") ? "LEE " + up.substring(3) : up);
    String[] words = up.split(" ");
    if (words.length >= 2 && words.length <= 4 && type != EntityType.COMPANY) {
      StringBuilder joined = new StringBuilder();
      for (String w : words) {
        if (!joined.isEmpty() && (isNumber(w) || isNumber(joined.substring(joined.length() - 1)))) {
          joined.append(' ');
        }
        joined.append(w);
      }
      out.add(joined.toString());
    }
    if (type == EntityType.PERSON && words.length == 3) {
      out.add(words[0] + " " + words[1] + "-" + words[2].toLowerCase(Locale.ROOT));
    }
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() > words[longest].length()) {
        longest = i;
      }
    }
    if (words.length > 0 && words[longest].length() >= 6 && !isNumber(words[longest])) {
      String w = words[longest];
      int mid = w.length() / 2;
      words[longest] = w.substring(0, mid) + w.substring(mid + 1);
      out.add(String.join(" ", words));
    }
    out.remove("");
    return new ArrayList<>(out);
  }

  /** Romanisation vowel variants apply to Korean syllables: words of at most four letters. */
  private static String shortWords(String s, String from, String to) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(w.length() <= 4 && !w.contains(to) ? w.replace(from, to) : w);
    }
    return b.toString();
  }

  private static String swapFirst(String s, String from, String to) {
    int i = s.indexOf(from);
    return i < 0 ? s : s.substring(0, i) + to + s.substring(i + from.length());
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }
}
