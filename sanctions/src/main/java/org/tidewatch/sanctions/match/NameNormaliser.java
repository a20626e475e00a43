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
          Map.entry("sp z oo", "spzoo"),
          Map.entry("societatea cu raspundere limitata", "srl"),
          Map.entry("societe a responsabilite limitee", "sarl"),
          Map.entry("united states", "us"),
          Map.entry("united kingdom", "uk"),
          Map.entry("gesellschaft mit beschrankter haftung", "gmbh"),
          // company-type phrases of other languages (as rigour's org-type tables keep them)
          Map.entry("sociedad anonima", "sa"),
          Map.entry("sa de cv", "sa"),
          Map.entry("sociedad limitada", "sl"),
          Map.entry("societa per azioni", "spa"),
          Map.entry("societa a responsabilita limitata", "srl"),
          Map.entry("besloten vennootschap", "bv"),
          Map.entry("naamloze vennootschap", "nv"),
          Map.entry("private limited", "ltd"),
          Map.entry("pvt ltd", "ltd"),
          Map.entry("sdn bhd", "sdn bhd"),
          Map.entry("kabushiki kaisha", "kk"),
          Map.entry("obshchestvo s ogranichennoy otvetstvennostyu", "llc"),
          Map.entry("obsestvo s ogranicennoj otvetstvennostu", "llc"),
          Map.entry("aktsionernoe obshchestvo", "jsc"),
          Map.entry("akcionernoe obsestvo", "jsc"),
          Map.entry("otkrytoe aktsionernoe obshchestvo", "ojsc"),
          Map.entry("otkrytoe akcionernoe obsestvo", "ojsc"),
          Map.entry("zakrytoe aktsionernoe obshchestvo", "cjsc"),
          Map.entry("zakrytoe akcionernoe obsestvo", "cjsc"),
          Map.entry("publichnoe aktsionernoe obshchestvo", "pjsc"),
          Map.entry("publicnoe akcionernoe obsestvo", "pjsc"));

  /** Longest phrase first, in a fixed order (Map.of iterates in a per-run random order). */
  private static final List<Map.Entry<String, String>> PHRASE_ORDER =
      PHRASES.entrySet().stream()
          .sorted(
              java.util.Comparator.comparingInt(
                      (Map.Entry<String, String> e) -> -e.getKey().length())
                  .thenComparing(Map.Entry::getKey))
          .toList();

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
          Map.entry("se", "se"),
          Map.entry("ltda", "ltd"),
          Map.entry("lda", "ltd"),
          Map.entry("sas", "sas"),
          Map.entry("sl", "sl"),
          Map.entry("kft", "kft"),
          Map.entry("zrt", "zrt"),
          Map.entry("doo", "doo"),
          Map.entry("sro", "sro"),
          Map.entry("uab", "uab"),
          Map.entry("aps", "aps"),
          Map.entry("pvt", "pvt"),
          Map.entry("tbk", "tbk"),
          Map.entry("wll", "wll"),
          Map.entry("kk", "kk"),
          Map.entry("kgaa", "kgaa"),
          Map.entry("pllc", "pllc"),
          Map.entry("tov", "llc"),
          Map.entry("fzllc", "fzllc"));

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

  /**
   * Honorifics, religious and military titles written before people's names in the lists and in
   * queries (Shaikh, Mullah, Maulvi, General); dropped from people's names only (General Motors).
   */
  private static final Set<String> PERSON_TITLES =
      Set.of(
          "sheikh",
          "shaikh",
          "shaykh",
          "sheik",
          "mullah",
          "mulla",
          "maulvi",
          "mawlawi",
          "maulana",
          "mufti",
          "general",
          "colonel",
          "president",
          "senator",
          "lord",
          "lady");

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
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("thirteen", "13"),
          Map.entry("fourteen", "14"),
          Map.entry("fifteen", "15"),
          Map.entry("sixteen", "16"),
          Map.entry("seventeen", "17"),
          Map.entry("eighteen", "18"),
          Map.entry("nineteen", "19"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fourty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("sixty", "60"),
          Map.entry("seventy", "70"),
          Map.entry("eighty", "80"),
          Map.entry("ninety", "90"),
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
          Map.entry("xii", "12"));

  /** Spellings of the same particle (bin/ibn/ben, al/el, abu/abou) share one folding key. */
  private static final Map<String, String> PARTICLE_KEYS =
      Map.ofEntries(
          Map.entry("bin", "bin"),
          Map.entry("ibn", "bin"),
          Map.entry("ben", "bin"),
          Map.entry("bint", "bin"),
          Map.entry("al", "al"),
          Map.entry("el", "al"),
          Map.entry("abu", "abu"),
          Map.entry("abou", "abu"),
          Map.entry("ul", "al"),
          Map.entry("ud", "al"));

  private static final java.util.regex.Pattern ROMAN =
      java.util.regex.Pattern.compile("^(x{0,3})(ix|iv|v?i{0,3})$");

  private static final List<String> LONG_LEGAL_FORMS =
      List.of("aktiengesellschaft", "corporation", "company", "limited", "incorporated");

  private NameNormaliser() {}

  /**
   * A misspelt or truncated legal form ({@code Aktiengeselschaft}, a last word {@code Compan}) read
   * as the legal form.
   */
  static String spelledOutLegalForm(String w, boolean last) {
    if (w.length() < 5 || LEGAL_FORMS.containsKey(w) || GENERIC.contains(w)) {
      return w;
    }
    for (String f : LONG_LEGAL_FORMS) {
      if (last && w.length() < f.length() && f.startsWith(w)) {
        return f;
      }
      if (Math.abs(f.length() - w.length()) <= 2
          && w.charAt(0) == f.charAt(0)
          && StringSimilarity.damerau(w, f) <= f.length() / 7) {
        return f;
      }
    }
    return w;
  }

  /**
   * The value of a Roman numeral of two or more letters up to 39 ({@code ii}, {@code xiv}), or -1.
   * People's names only read {@code ii}, {@code iii} and {@code iv} after the name ({@code John
   * Smith III}); {@code Xi} and {@code Vi} are names there.
   */
  static int roman(String w, EntityType type, boolean last) {
    if (w.length() == 1 && type != EntityType.PERSON && (w.equals("v") || w.equals("x"))) {
      return w.equals("v") ? 5 : 10;
    }
    if (w.length() < 2 || !ROMAN.matcher(w).matches()) {
      return -1;
    }
    if (type == EntityType.PERSON
        && !(last && (w.equals("ii") || w.equals("iii") || w.equals("iv")))) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < w.length(); i++) {
      int c = w.charAt(i) == 'x' ? 10 : w.charAt(i) == 'v' ? 5 : 1;
      int n =
          i + 1 < w.length() ? (w.charAt(i + 1) == 'x' ? 10 : w.charAt(i + 1) == 'v' ? 5 : 1) : 0;
      v += c < n ? -c : c;
    }
    return v;
  }

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
      } else if (c >= 128 && untransliterated(c)) {
        // a script with no transliteration (Khmer): compared as written
        b.append(c);
      } else if (c == '\u0259' || c == '\u018f') {
        // schwa (Azerbaijani, Kazakh Ә): written a in the lists' Latin spellings (Aliyev)
        b.append('a');
      } else if (c == '\'' || c == '`' || c == '\u2019' || joinsInside(c)) {
        // apostrophes inside names (KY'ONG, O'BRIEN) join, and so do the modifier letters and
        // leftover marks of a transliteration (Kazakh Қ gives K + U+02CC, Arabic ع gives U+02BF,
        // Ethiopic's sixth-order vowel gives U+01DD): they are part of the word, not a separator
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

  /**
   * A character that the transliteration leaves inside a word without an ASCII form: a modifier
   * letter (U+02B0-U+02FF: ʼ ʻ ʿ ˌ), a combining mark, or the turned e of Ethiopic's sixth-order
   * vowel (often silent: አሕመድ is Ahmed).
   */
  private static boolean joinsInside(char c) {
    int t = Character.getType(c);
    return t == Character.MODIFIER_LETTER
        || (c >= '\u02b0' && c <= '\u02ff')
        || c == '\u01dd'
        || ((t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK)
            && Character.UnicodeScript.of(c) == Character.UnicodeScript.INHERITED);
  }

  /** A letter or mark of a script other than Latin that the transliteration left as it was. */
  private static boolean untransliterated(char c) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(c);
    int t = Character.getType(c);
    return sc != Character.UnicodeScript.COMMON
        && sc != Character.UnicodeScript.INHERITED
        && sc != Character.UnicodeScript.LATIN
        && (Character.isLetter(c)
            || t == Character.NON_SPACING_MARK
            || t == Character.COMBINING_SPACING_MARK);
  }

  /**
   * The Han, Hangul and Kana characters of a name written only in those scripts (one character is
   * one syllable), else empty: 김정은 and 김종은 romanise alike but are different names.
   */
  static String syllabic(String raw) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || c == '·' || c == '・' || c == '-') {
        continue;
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      if (sc == Character.UnicodeScript.HAN
          || sc == Character.UnicodeScript.HANGUL
          || sc == Character.UnicodeScript.HIRAGANA
          || sc == Character.UnicodeScript.KATAKANA) {
        b.appendCodePoint(c);
      } else {
        return "";
      }
    }
    return b.toString();
  }

  /**
   * True when the name has letters of Arabic, Hebrew, Syriac or Thaana (scripts without short
   * vowels).
   */
  static boolean abjad(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x0590 && c <= 0x08ff && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The consonant skeleton of a folded word: vowels dropped, and with {@code dropWy} also the
   * letters that write long vowels in Arabic and Hebrew (w, y); doubled letters single ({@code
   * mohamet} and {@code mhmt} are both {@code mhmt}; {@code tawit} (David) and {@code twt} (דוד)
   * are both {@code twt} when w is kept). A name romanised from Arabic or Hebrew script has no
   * short vowels, so it is compared with a Latin-script name through these keys.
   */
  public static String skeleton(String folded, boolean dropWy) {
    StringBuilder b = new StringBuilder(folded.length());
    char prev = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
        continue;
      }
      if (dropWy && (c == 'w' || c == 'y')) {
        continue;
      }
      if (c != prev) {
        b.append(c);
      }
      prev = c;
    }
    return b.toString();
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
    if (type != EntityType.PERSON && s.indexOf(' ') > 0) {
      // misspelt or truncated legal-form words first, so that phrases see them (JOINT STOCK COMPAN)
      String[] ws = s.split(" ");
      for (int i = 0; i < ws.length; i++) {
        ws[i] = spelledOutLegalForm(ws[i], i == ws.length - 1);
      }
      s = String.join(" ", ws);
    }
    for (var e : PHRASE_ORDER) {
      if (s.contains(e.getKey())) {
        s = (" " + s + " ").replace(" " + e.getKey() + " ", " " + e.getValue() + " ").strip();
      }
    }
    String[] words = s.isEmpty() ? new String[0] : s.split(" ");
    List<NameToken> tokens = new ArrayList<>(words.length);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (type != EntityType.PERSON && words.length > 1) {
        w = spelledOutLegalForm(w, i == words.length - 1);
      }
      if (STOPWORDS.contains(w) && words.length > 1) {
        // kept in the space-free form: van der bilt = vanderbilt
        joined.append(fold(w));
        continue;
      }
      if (TITLES.contains(w) && words.length > 1 && type != EntityType.VESSEL) {
        continue;
      }
      if (PERSON_TITLES.contains(w) && words.length > 1 && type == EntityType.PERSON) {
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
      int rom = i > 0 || w.length() > 1 ? roman(w, type, i == words.length - 1) : -1;
      if (rom > 0) {
        number = Integer.toString(rom);
      }
      // forty-four, twenty one: tens followed by a unit make one number
      if (number != null
          && number.length() == 2
          && number.endsWith("0")
          && i + 1 < words.length
          && NUMBER_WORDS.containsKey(words[i + 1])
          && NUMBER_WORDS.get(words[i + 1]).length() == 1) {
        number =
            Integer.toString(
                Integer.parseInt(number) + Integer.parseInt(NUMBER_WORDS.get(words[++i])));
      }
      int before = tokens.size();
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
        tokens.add(new NameToken(w, PARTICLE_KEYS.getOrDefault(w, w), NameToken.Kind.PARTICLE));
      } else if (w.length() == 1) {
        tokens.add(new NameToken(w, w, NameToken.Kind.INITIAL));
      } else {
        tokens.add(new NameToken(w, fold(w), NameToken.Kind.WORD));
      }
      if (tokens.size() > before) {
        NameToken added = tokens.get(tokens.size() - 1);
        joined.append(added.kind() == NameToken.Kind.PARTICLE ? fold(w) : added.folded());
      }
    }
    // letters doubled across a word boundary fold like doubled letters inside a word
    StringBuilder single = new StringBuilder(joined.length());
    for (int i = 0; i < joined.length(); i++) {
      if (i == 0 || joined.charAt(i) != joined.charAt(i - 1)) {
        single.append(joined.charAt(i));
      }
    }
    return new NormalisedName(raw, tokens, single.toString(), type, syllabic(raw), abjad(raw));
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
    // Chinese in Wade-Giles and pinyin: Hsi/Xi/Si (hs before a vowel: Arabic hsn is Hasan)
    String v =
        w.startsWith("x")
            ? "s" + w.substring(1)
            : w.startsWith("hs") && w.length() > 2 && "aeiou".indexOf(w.charAt(2)) >= 0
                ? w.substring(1)
                : w;
    String s =
        v.replace('b', 'p')
            .replace("eo", "o")
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
