package org.tidewatch.sanctions.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidewatch.core.sanctions.CallSign;
import org.tidewatch.core.sanctions.CompanyImoNumber;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.LinkKind;
import org.tidewatch.core.sanctions.Mmsi;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;

/**
 * Parses the Remarks column of OFAC's legacy CSV (and the {@code remarks} of the classic XML),
 * where OFAC puts what has no column of its own: "Vessel Registration Identification IMO 8660313",
 * "MMSI 572469210", "f.k.a. 'ALPHA'", "a.k.a. 'BNC'", "Former Vessel Flag Malta", "Linked To: KOREA
 * ACHIM SHIPPING CO.", "Identification Number IMO 1790183" (a company IMO number), "DOB 13 Oct
 * 1944", "nationality Korea, North". Items are separated by "; " and may be prefixed "alt.".
 */
final class OfacRemarks {

  private static final Pattern ALIAS = Pattern.compile("^([afn])\\.k\\.a\\.,? '(.+)'\\.?$");
  private static final Pattern DIGITS7 = Pattern.compile("(\\d{5,7})");
  private static final Pattern MMSI = Pattern.compile("^MMSI (\\d{9})");

  private OfacRemarks() {}

  /** Splits remarks into items at top-level "; " (not inside quotes). */
  static List<String> items(String remarks) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < remarks.length(); i++) {
      char c = remarks.charAt(i);
      if (c == '\'') {
        // an apostrophe inside a word (PEOPLE'S) does not open a quote
        boolean prevLetter = i > 0 && Character.isLetter(remarks.charAt(i - 1));
        boolean nextLetter = i + 1 < remarks.length() && Character.isLetter(remarks.charAt(i + 1));
        if (!(prevLetter && nextLetter)) {
          quoted = !quoted;
        }
      }
      if (c == ';' && !quoted) {
        add(out, cur);
        continue;
      }
      cur.append(c);
    }
    add(out, cur);
    return out;
  }

  private static void add(List<String> out, StringBuilder cur) {
    String s = cur.toString().strip();
    cur.setLength(0);
    if (s.startsWith("alt. ")) {
      s = s.substring(5);
    }
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /** Applies every recognised item to the builder; everything else stays in the remarks text. */
  static void apply(String remarks, SanctionsEntityBuilder b) {
    b.remarks(remarks);
    for (String it : items(remarks)) {
      Matcher a = ALIAS.matcher(it);
      if (a.find()) {
        NameKind kind = a.group(1).equals("f") ? NameKind.FORMER : NameKind.ALIAS;
        b.name(a.group(2), kind);
        continue;
      }
      String lower = it.toLowerCase(Locale.ROOT);
      if (lower.startsWith("vessel registration identification")) {
        ImoNumber.parse(it).ifPresent(b::imo);
      } else if (lower.startsWith("identification number imo")) {
        Matcher m = DIGITS7.matcher(it);
        if (m.find()) {
          CompanyImoNumber.parse(m.group(1)).ifPresent(b::companyImo);
        }
      } else if (lower.startsWith("mmsi ")) {
        Matcher m = MMSI.matcher(it);
        if (m.find()) {
          Mmsi.parse(m.group(1)).ifPresent(b::mmsi);
        }
      } else if (lower.startsWith("former vessel flag ")) {
        b.formerFlag(trimDot(it.substring("former vessel flag ".length())));
      } else if (lower.startsWith("other vessel flag ")) {
        b.formerFlag(trimDot(it.substring("other vessel flag ".length())));
      } else if (lower.startsWith("other vessel call sign ")) {
        // a second call sign; the first one comes from the Call_Sign column
        CallSign.parse(trimDot(it.substring("other vessel call sign ".length())))
            .ifPresent(b::callSign);
      } else if (lower.startsWith("vessel type ") || lower.startsWith("other vessel type ")) {
        b.vesselType(trimDot(it.substring(it.indexOf("ype ") + 4)));
      } else if (lower.startsWith("linked to: ")) {
        b.link(LinkKind.LINKED_TO, trimDot(it.substring("linked to: ".length())));
      } else if (lower.startsWith("dob ")) {
        b.birthDate(trimDot(it.substring(4)));
      } else if (lower.startsWith("nationality ")) {
        b.country(trimDot(it.substring("nationality ".length())));
      } else if (lower.startsWith("citizen ")) {
        b.country(trimDot(it.substring("citizen ".length())));
      }
    }
    if (b.type() == EntityType.UNKNOWN) {
      b.type(EntityType.COMPANY);
    }
  }

  static String trimDot(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
  }
}
