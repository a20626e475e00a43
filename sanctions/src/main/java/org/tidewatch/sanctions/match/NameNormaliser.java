package org.tidewatch.sanctions.match;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.sanctions.EntityType;

/**
 * Turns a name into comparable tokens: Unicode NFKC; Hangul through {@link HangulRomaniser} (the
 * lists' own spelling), every other script through ICU {@code Any-Latin; Latin-ASCII} (Cyrillic by
 * ICU's default Russian-style rules, Han as pinyin); lower case; apostrophes dropped and other
 * punctuation made a separator; legal forms unified ({@code Company → co}, {@code Limited → ltd},
 * {@code Corporation → corp}, {@code Joint Stock Company → jsc}); vessel prefixes ({@code MV},
 * {@code M/T}) and {@code No.} before a number dropped; Roman numerals and spelled-out numbers
 * turned into digits so that number tokens can be compared exactly.
 */
public final class NameNormaliser {

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private static final Map<String, String> PHRASES =
      Map.ofEntries(
          Map.entry("joint stock company", "jsc"),
          Map.entry("public joint stock company", "pjsc"),
          Map.entry("limited liability company", "llc"),
          Map.entry("public limited company", "plc"),
          Map.entry("societe anonyme", "sa"),
          Map.entry("s a", "sa"),
          Map.entry("p l c", "plc"),
          Map.entry("s p a", "spa"),
          Map.entry("co ltd", "co ltd"),
          Map.entry("sp z o o", "spzoo"),
          Map.entry("gesellschaft mit beschrankter haftung", "gmbh"));

  private static final Map<String, String> LEGAL_FORMS =
      Map.ofEntries(
          Map.entry("company", "co"),
          Map.entry("co", "co"),
          Map.entry("corporation", "corp"),
          Map.entry("corp", "corp"),
          Map.entry("limited", "ltd"),
          Map.entry("ltd", "ltd"),
          Map.entry("incorporated", "inc"),
          Map.entry("inc", "inc"),
          Map.entry("llc", "llc"),
          Map.entry("plc", "plc"),
          Map.entry("jsc", "jsc"),
          Map.entry("pjsc", "pjsc"),
          Map.entry("ojsc", "ojsc"),
          Map.entry("cjsc", "cjsc"),
          Map.entry("ag", "ag"),
          Map.entry("aktiengesellschaft", "ag"),
          Map.entry("gmbh", "gmbh"),
          Map.entry("sa", "sa"),
          Map.entry("sarl", "sarl"),
          Map.entry("spa", "spa"),
          Map.entry("srl", "srl"),
          Map.entry("bv", "bv"),
          Map.entry("nv", "nv"),
          Map.entry("oy", "oy"),
          Map.entry("ab", "ab"),
          Map.entry("as", "as"),
          Map.entry("pte", "pte"),
          Map.entry("pty", "pty"),
          Map.entry("lp", "lp"),
          Map.entry("llp", "llp"),
          Map.entry("ooo", "llc"),
          Map.entry("oao", "ojsc"),
          Map.entry("zao", "cjsc"),
          Map.entry("pao", "pjsc"),
          Map.entry("ao", "jsc"),
          Map.entry("spzoo", "spzoo"),
          Map.entry("sdn", "sdn"),
          Map.entry("bhd", "bhd"),
          Map.entry("fze", "fze"),
          Map.entry("fzco", "fzco"),
          Map.entry("fzc", "fzc"),
          Map.entry("dmcc", "dmcc"),
          Map.entry("kg", "kg"),
          Map.entry("ug", "ug"),
          Map.entry("se", "se"));

  private static final Set<String> GENERIC =
      Set.of(
          "shipping",
          "trading",
          "trade",
          "group",
          "international",
          "intl",
          "holding",
          "holdings",
          "industries",
          "industry",
          "enterprise",
          "enterprises",
          "general",
          "management",
          "maritime",
          "marine",
          "services",
          "service",
          "global",
          "bank",
          "investment",
          "investments",
          "partners",
          "import",
          "export",
          "logistics",
          "navigation",
          "development",
          "corporate",
          "association",
          "organization",
          "organisation",
          "foundation",
          "agency",
          "firm",
          "store",
          "office");

  private static final Set<String> STOPWORDS =
      Set.of("the", "of", "and", "for", "de", "del", "la", "le", "et", "und", "der", "die", "das");

  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "bin", "ben", "ibn", "bint", "abu", "abou", "ould", "van", "von", "da", "di",
          "du", "dos", "das", "y", "ul", "ud");

  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "hon", "herr", "frau", "mme", "mlle");

  private static final Set<String> VESSEL_PREFIXES =
      Set.of("mv", "mt", "ms", "ss", "mts", "mvs", "fv", "m/v", "m/t");

  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("first", "1"),
          Map.entry("second", "2"),
          Map.entry("third", "3"),
          Map.entry("fourth", "4"),
          Map.entry("fifth", "5"),
          Map.entry("1st", "1"),
          Map.entry("2nd", "2"),
          Map.entry("3rd", "3"),
          Map.entry("4th", "4"),
          Map.entry("5th", "5"),
          Map.entry("ii", "2"),
          Map.entry("iii", "3"),
          Map.entry("iv", "4"),
          Map.entry("vi", "6"),
          Map.entry("vii", "7"),
          Map.entry("viii", "8"),
          Map.entry("ix", "9"),
          Map.entry("xi", "11"),
          Map.entry("xii", "12"));

  private NameNormaliser() {}

  /** Transliterates and cleans a name to lower-case ASCII words separated by single spaces. */
  public static String latin(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    if (HangulRomaniser.containsHangul(s)) {
      s = HangulRomaniser.romanise(s);
    }
    boolean ascii = s.chars().allMatch(c -> c < 128);
    if (!ascii) {
      s = TO_LATIN.get().transliterate(s);
    }
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c == '\'' || c == '`' || c == '\u2019' || c == '\u02bc' || c == '\u02bb') {
        // apostrophes inside names (KY'ONG, O'BRIEN) join
      } else if (c == '.'
          && i > 0
          && i + 1 < s.length()
          && Character.isLetter(s.charAt(i + 1))
          && i >= 1
          && Character.isLetter(s.charAt(i - 1))
          && (i < 2 || !Character.isLetter(s.charAt(i - 2)))) {
        // p.l.c, s.a. : single letters separated by dots join up
      } else {
        b.append(' ');
      }
    }
    return b.toString().strip().replaceAll(" +", " ");
  }

  /** Normalises a name for comparison, knowing (when it is known) what kind of party it names. */
  public static NormalisedName normalise(String raw, EntityType type) {
    String r = raw;
    // OFAC and UN write people "LAST, First Middle": read them in natural order
    if (type == EntityType.PERSON && r.indexOf(',') > 0 && r.indexOf(',') == r.lastIndexOf(',')) {
      int c = r.indexOf(',');
      r = r.substring(c + 1) + " " + r.substring(0, c);
    }
    String s = latin(r);
    for (var e : PHRASES.entrySet()) {
      if (s.contains(e.getKey())) {
        s = (" " + s + " ").replace(" " + e.getKey() + " ", " " + e.getValue() + " ").strip();
      }
    }
    String[] words = s.isEmpty() ? new String[0] : s.split(" ");
    List<NameToken> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (STOPWORDS.contains(w) && words.length > 1) {
        continue;
      }
      if (TITLES.contains(w) && words.length > 1 && type != EntityType.VESSEL) {
        continue;
      }
      if (i == 0
          && words.length > 1
          && VESSEL_PREFIXES.contains(w)
          && (type == EntityType.VESSEL || type == EntityType.UNKNOWN)) {
        continue;
      }
      if (w.equals("no") && i + 1 < words.length && isDigits(words[i + 1])) {
        continue;
      }
      String number = NUMBER_WORDS.get(w);
      if (isDigits(w)) {
        tokens.add(new NameToken(stripZeros(w), stripZeros(w), NameToken.Kind.NUMBER));
      } else if (number != null && (words.length > 1)) {
        tokens.add(new NameToken(number, number, NameToken.Kind.NUMBER));
      } else if (type != EntityType.PERSON && LEGAL_FORMS.containsKey(w)) {
        String f = LEGAL_FORMS.get(w);
        tokens.add(new NameToken(f, f, NameToken.Kind.LEGAL_FORM));
      } else if (type != EntityType.PERSON && GENERIC.contains(w)) {
        tokens.add(new NameToken(w, fold(w), NameToken.Kind.GENERIC));
      } else if (type != EntityType.VESSEL && PARTICLES.contains(w) && words.length > 1) {
        tokens.add(new NameToken(w, w, NameToken.Kind.PARTICLE));
      } else if (w.length() == 1) {
        tokens.add(new NameToken(w, w, NameToken.Kind.INITIAL));
      } else {
        tokens.add(new NameToken(w, fold(w), NameToken.Kind.WORD));
      }
    }
    StringBuilder joined = new StringBuilder();
    for (NameToken t : tokens) {
      joined.append(t.folded());
    }
    return new NormalisedName(raw, tokens, joined.toString());
  }

  /**
   * A phonetic folding key that makes romanisation variants equal: {@code eo→o}, {@code eu→u},
   * {@code ch/j/tch→j}, {@code g→k}, {@code d→t}, {@code b→p}, {@code l→r}, {@code sh→s}, {@code
   * ph→f}, {@code kh→k}, doubled letters single, and the Korean surname 리/이 in all its spellings
   * (RI, LI, YI, LEE, RHEE, I) as {@code ri}. Used for indexing and as a second comparison.
   */
  public static String fold(String w) {
    switch (w) {
      case "li", "lee", "yi", "rhee", "ri", "rhi", "yee" -> {
        return "ri";
      }
      default -> {}
    }
    String s =
        w.replace("eo", "o")
            .replace("eu", "u")
            .replace("tch", "j")
            .replace("ch", "j")
            .replace("sh", "s")
            .replace("ph", "f")
            .replace("kh", "k")
            .replace("dh", "d")
            .replace("th", "t")
            .replace("ou", "u")
            .replace("ee", "i");
    StringBuilder b = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c =
          switch (s.charAt(i)) {
            case 'g', 'q', 'c' -> 'k';
            case 'd' -> 't';
            case 'b' -> 'p';
            case 'l' -> 'r';
            case 'v' -> 'w';
            case 'z' -> 's';
            case 'y' -> i == s.length() - 1 ? 'i' : 'y';
            default -> s.charAt(i);
          };
      if (c != prev) {
        b.append(c);
      }
      prev = c;
    }
    return b.toString();
  }

  private static boolean isDigits(String w) {
    return !w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String stripZeros(String w) {
    String s = w.replaceFirst("^0+(?=\\d)", "");
    return s;
  }
}
