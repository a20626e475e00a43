package org.tidewatch.cli.infer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.ledger.Ledger;
import org.tidewatch.core.ledger.ReportedDelivery;
import org.tidewatch.core.ledger.Scenario;
import org.tidewatch.engine.detect.Json;

/** The ledger as a table and as JSON. */
final class LedgerFormat {
  private LedgerFormat() {}

  static String table(Ledger l) {
    String u = l.commodity().unit.symbol;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%d %s ledger: cap %,.0f %s (%s)%n",
            l.year(),
            l.commodity().name().toLowerCase(Locale.ROOT),
            l.cap(),
            u,
            l.commodity().source));
    b.append(
        String.format(
            Locale.ROOT,
            "%-10s %-24s %-18s %-26s %10s %10s %10s %12s %5s%n",
            "date",
            "delivery",
            "mode",
            "carrier / giver",
            "central",
            "low",
            "high",
            "cumulative",
            "conf"));
    for (Ledger.Line line : l.lines()) {
      Delivery d = line.delivery();
      b.append(
          String.format(
              Locale.ROOT,
              "%-10s %-24s %-18s %-26s %,10.0f %,10.0f %,10.0f %,12.0f %5.2f%n",
              line.date(),
              d.id(),
              d.mode(),
              d.carrier().isPresent()
                  ? d.carrier().getAsInt()
                      + (d.giver().isPresent() ? " / " + d.giver().getAsInt() : "")
                  : "? / " + d.giver().orElse(0),
              line.values().get(Scenario.CENTRAL),
              line.values().get(Scenario.LOW),
              line.values().get(Scenario.HIGH),
              line.cumulative().get(Scenario.CENTRAL),
              d.confidence()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%d deliveries%s%n",
            l.deliveries(),
            l.unquantified() > 0 ? " (" + l.unquantified() + " not quantified)" : ""));
    b.append(
        String.format(
            Locale.ROOT, "%-18s %14s %8s  %s%n", "scenario", "total " + u, "of cap", "cap passed"));
    for (Scenario s : Scenario.values()) {
      double t = l.totals().get(s);
      b.append(
          String.format(
              Locale.ROOT,
              "%-18s %,14.0f %8s  %s%n",
              s.label,
              t,
              l.cap() > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * t / l.cap()) : "-",
              l.capPassed().get(s).map(LocalDate::toString).orElse("not passed")));
    }
    Ledger.Reported r = l.reported();
    if (r.entries().isEmpty()) {
      b.append("reported: none entered (--reported FILE.csv)\n");
    } else {
      b.append(
          String.format(
              Locale.ROOT,
              "reported: %d entries, %,.0f %s%s; inferred central minus reported %,.0f %s%n",
              r.entries().size(),
              r.total(),
              u,
              r.capPassed().map(d -> ", cap passed " + d).orElse(""),
              l.inferredMinusReported(),
              u));
      for (ReportedDelivery x : r.entries()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %s %,12.0f %s  %s  %s%n",
                x.date(),
                x.quantity(),
                u,
                x.reporter(),
                x.source()));
      }
    }
    return b.toString();
  }

  static String json(Ledger l) {
    StringBuilder b = new StringBuilder();
    b.append("{\"year\":").append(l.year());
    b.append(",\"commodity\":").append(Json.quote(l.commodity().name().toLowerCase(Locale.ROOT)));
    b.append(",\"unit\":").append(Json.quote(l.commodity().unit.symbol));
    b.append(",\"cap\":").append(Json.number(l.cap()));
    b.append(",\"capSource\":").append(Json.quote(l.commodity().source));
    b.append(",\"deliveries\":").append(l.deliveries());
    b.append(",\"unquantified\":").append(l.unquantified());
    b.append(",\"totals\":{");
    String sep = "";
    for (Scenario s : Scenario.values()) {
      b.append(sep)
          .append(Json.quote(key(s)))
          .append(':')
          .append(Json.number(Math.round(l.totals().get(s))));
      sep = ",";
    }
    b.append("},\"capPassed\":{");
    sep = "";
    for (Scenario s : Scenario.values()) {
      Optional<LocalDate> d = l.capPassed().get(s);
      b.append(sep)
          .append(Json.quote(key(s)))
          .append(':')
          .append(d.map(x -> Json.quote(x.toString())).orElse("null"));
      sep = ",";
    }
    b.append("},\"lines\":[");
    sep = "";
    for (Ledger.Line line : l.lines()) {
      Delivery d = line.delivery();
      b.append(sep).append("{\"date\":").append(Json.quote(line.date().toString()));
      b.append(",\"id\":").append(Json.quote(d.id()));
      b.append(",\"mode\":").append(Json.quote(d.mode().name()));
      b.append(",\"carrier\":")
          .append(d.carrier().isPresent() ? Integer.toString(d.carrier().getAsInt()) : "null");
      b.append(",\"giver\":")
          .append(d.giver().isPresent() ? Integer.toString(d.giver().getAsInt()) : "null");
      b.append(",\"loading\":").append(Json.quote(d.loadingPlace()));
      b.append(",\"discharge\":").append(Json.quote(d.dischargePlace()));
      b.append(",\"product\":").append(Json.quote(d.volume().product().name()));
      b.append(",\"barrelsPerTonne\":").append(Json.number(d.volume().barrelsPerTonne()));
      b.append(",\"method\":").append(Json.quote(d.volume().method().name()));
      b.append(",\"basis\":").append(Json.quote(d.volume().basis()));
      b.append(",\"confidence\":").append(Json.number(Math.round(d.confidence() * 100) / 100.0));
      b.append(",\"reasons\":[")
          .append(String.join(",", d.reasons().stream().map(Json::quote).toList()))
          .append(']');
      b.append(",\"events\":[")
          .append(String.join(",", d.eventIds().stream().map(Json::quote).toList()))
          .append(']');
      for (String part : List.of("values", "cumulative")) {
        b.append(",\"").append(part).append("\":{");
        String s2 = "";
        for (Scenario s : Scenario.values()) {
          double v = (part.equals("values") ? line.values() : line.cumulative()).get(s);
          b.append(s2).append(Json.quote(key(s))).append(':').append(Json.number(Math.round(v)));
          s2 = ",";
        }
        b.append('}');
      }
      b.append('}');
      sep = ",";
    }
    b.append("],\"reported\":{\"total\":").append(Json.number(l.reported().total()));
    b.append(",\"capPassed\":")
        .append(l.reported().capPassed().map(x -> Json.quote(x.toString())).orElse("null"));
    b.append(",\"inferredMinusReported\":")
        .append(Json.number(Math.round(l.inferredMinusReported())));
    b.append(",\"entries\":[");
    sep = "";
    for (ReportedDelivery r : l.reported().entries()) {
      b.append(sep)
          .append("{\"date\":")
          .append(Json.quote(r.date().toString()))
          .append(",\"quantity\":")
          .append(Json.number(r.quantity()))
          .append(",\"reporter\":")
          .append(Json.quote(r.reporter()))
          .append(",\"source\":")
          .append(Json.quote(r.source()))
          .append('}');
      sep = ",";
    }
    return b.append("]}}").toString();
  }

  static String key(Scenario s) {
    return switch (s) {
      case CENTRAL -> "central";
      case LOW -> "low";
      case HIGH -> "high";
      case ONE_THIRD -> "oneThird";
      case HALF -> "half";
      case NINETY_PERCENT -> "ninetyPercent";
    };
  }

  static Commodity commodity(String s) {
    try {
      return Commodity.parse(s);
    } catch (IllegalArgumentException e) {
      throw new org.tidewatch.cli.UserError("--product: '" + s + "' is not refined, crude or coal");
    }
  }
}
