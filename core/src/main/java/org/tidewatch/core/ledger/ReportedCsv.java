package org.tidewatch.core.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Product;

/**
 * Reads reported deliveries from CSV. Header (case-insensitive, any order): {@code date} (ISO day
 * or {@code YYYY-MM}), {@code commodity} ({@code refined}, {@code crude}, {@code coal}; default
 * refined), {@code barrels} and/or {@code tonnes} (tonnes of oil are converted at the unspecified
 * refined factor, 7.8 bbl/t, or crude's 7.33), {@code reporter}, {@code source}. Lines starting
 * with {@code #} are comments. A malformed line is refused with its number and reason.
 */
public final class ReportedCsv {
  private ReportedCsv() {}

  /** Parses the file. */
  public static List<ReportedDelivery> read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    List<ReportedDelivery> out = new ArrayList<>();
    Map<String, Integer> col = null;
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = split(line);
      if (col == null) {
        col = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
          col.put(f.get(i).trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        if (!col.containsKey("date")
            || !(col.containsKey("barrels") || col.containsKey("tonnes"))) {
          throw new IOException("line " + n + ": header needs date and barrels or tonnes");
        }
        continue;
      }
      try {
        LocalDate d = date(get(f, col, "date"));
        String c = get(f, col, "commodity");
        Commodity com = c.isEmpty() ? Commodity.REFINED : Commodity.parse(c);
        String b = get(f, col, "barrels");
        String t = get(f, col, "tonnes");
        double q;
        if (com == Commodity.COAL) {
          q = Double.parseDouble(t.isEmpty() ? b : t);
        } else if (!b.isEmpty()) {
          q = Double.parseDouble(b.replace("_", ""));
        } else {
          double factor =
              com == Commodity.CRUDE
                  ? Product.CRUDE_OIL.barrelsPerTonne
                  : Product.REFINED_UNSPECIFIED.barrelsPerTonne;
          q = Double.parseDouble(t) * factor;
        }
        out.add(new ReportedDelivery(d, com, q, get(f, col, "reporter"), get(f, col, "source")));
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new IOException("line " + n + ": " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IOException("line " + n + ": unknown commodity", e);
      }
    }
    return out;
  }

  private static LocalDate date(String s) {
    return s.length() == 7 ? YearMonth.parse(s).atDay(1) : LocalDate.parse(s);
  }

  private static String get(List<String> f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= f.size() ? "" : f.get(i).trim();
  }

  /** Splits one CSV line (RFC 4180 quotes). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }
}
