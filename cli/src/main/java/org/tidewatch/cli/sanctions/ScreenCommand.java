package org.tidewatch.cli.sanctions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.sanctions.match.ScreeningQuery;
import org.tidewatch.sanctions.read.MalformedListException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidewatch screen}: screen one counterparty, or a CSV of them, against the lists. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen a vessel, company or person against the sanctions lists in force.",
      "Batch: --batch IN.csv --out OUT.csv (columns name, imo, mmsi, call_sign, type, country,"
          + " birth_date; any may be missing)."
    })
public final class ScreenCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "./tidewatch-data", description = "Data directory.")
  Path data = Path.of("./tidewatch-data");

  @Option(names = "--name", description = "Name to screen.")
  @Nullable String name;

  @Option(names = "--imo", description = "IMO ship or company number.")
  @Nullable String imo;

  @Option(names = "--mmsi", description = "MMSI.")
  @Nullable String mmsi;

  @Option(names = "--call-sign", description = "Call sign.")
  @Nullable String callSign;

  @Option(names = "--type", description = "vessel, company or person.")
  @Nullable String type;

  @Option(names = "--country", description = "Country (nationality, flag, jurisdiction).")
  @Nullable String country;

  @Option(names = "--dob", description = "Date or year of birth.")
  @Nullable String dob;

  @Option(
      names = "--threshold",
      defaultValue = "0.70",
      description = "Minimum score (default 0.70).")
  double threshold = Screener.DEFAULT_THRESHOLD;

  @Option(names = "--limit", defaultValue = "10", description = "Maximum matches per query.")
  int limit = 10;

  @Option(names = "--batch", description = "CSV file of queries.")
  @Nullable Path batch;

  @Option(names = "--out", description = "CSV file for batch results (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    try {
      if (batch == null && name == null && imo == null && mmsi == null && callSign == null) {
        System.err.println("give --name, --imo, --mmsi, --call-sign or --batch FILE");
        return 2;
      }
      Optional<EntityType> t = parseType(type);
      Screener screener = ScreeningSession.open(data);
      if (batch != null) {
        return batch(screener);
      }
      ScreeningQuery q =
          new ScreeningQuery(
              Optional.ofNullable(name),
              Optional.ofNullable(imo),
              Optional.ofNullable(mmsi),
              Optional.ofNullable(callSign),
              t,
              Optional.ofNullable(country),
              Optional.ofNullable(dob));
      List<ScreeningMatch> res = screener.screen(q, threshold, limit);
      if (res.isEmpty()) {
        System.out.printf(Locale.ROOT, "no match at or above %.2f%n", threshold);
        return 0;
      }
      for (ScreeningMatch m : res) {
        var e = m.entity();
        System.out.printf(
            Locale.ROOT,
            "%.3f  %-8s %s%s  lists: %s  programs: %s%n",
            m.score(),
            e.type().name().toLowerCase(Locale.ROOT),
            e.caption(),
            e.imo().map(i -> "  IMO " + i.value()).orElse(""),
            String.join(", ", e.sources().stream().map(s -> s.key()).toList()),
            String.join(", ", e.programs()));
        m.features()
            .forEach(
                f ->
                    System.out.printf(
                        Locale.ROOT,
                        "       %-11s %+.2f  %s%n",
                        f.feature(),
                        f.score(),
                        f.detail()));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } catch (MalformedListException | IOException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private int batch(Screener screener) throws IOException {
    Path in = batch;
    if (in == null || !Files.isRegularFile(in)) {
      throw new IOException("no such file: " + in);
    }
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        Writer w =
            out == null
                ? new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p =
            new CSVPrinter(
                w instanceof BufferedWriter ? w : new BufferedWriter(w), CSVFormat.DEFAULT)) {
      p.printRecord(
          "row",
          "query_name",
          "score",
          "entity_id",
          "type",
          "matched_name",
          "caption",
          "imo",
          "lists",
          "programs",
          "explanation");
      int row = 0;
      for (CSVRecord rec :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        row++;
        ScreeningQuery q =
            new ScreeningQuery(
                col(rec, "name"),
                col(rec, "imo"),
                col(rec, "mmsi"),
                col(rec, "call_sign"),
                parseType(col(rec, "type").orElse(null)),
                col(rec, "country"),
                col(rec, "birth_date"));
        List<ScreeningMatch> res = screener.screen(q, threshold, limit);
        if (res.isEmpty()) {
          p.printRecord(row, q.name().orElse(""), "", "", "", "", "", "", "", "", "no match");
        }
        for (ScreeningMatch m : res) {
          var e = m.entity();
          p.printRecord(
              row,
              q.name().orElse(""),
              String.format(Locale.ROOT, "%.3f", m.score()),
              e.id(),
              e.type().name().toLowerCase(Locale.ROOT),
              m.matchedName(),
              e.caption(),
              e.imo().map(i -> i.value()).orElse(""),
              String.join(" ", e.sources().stream().map(s -> s.key()).toList()),
              String.join(" ", e.programs()),
              m.explanation());
        }
      }
      p.flush();
      if (out != null) {
        System.err.println("screened " + row + " rows into " + out);
      }
    }
    return 0;
  }

  private static Optional<String> col(CSVRecord r, String name) {
    return r.isMapped(name) && r.isSet(name) && !r.get(name).isBlank()
        ? Optional.of(r.get(name).strip())
        : Optional.empty();
  }

  static Optional<EntityType> parseType(@Nullable String t) {
    if (t == null || t.isBlank()) {
      return Optional.empty();
    }
    return switch (t.strip().toLowerCase(Locale.ROOT)) {
      case "vessel", "ship" -> Optional.of(EntityType.VESSEL);
      case "company", "organisation", "organization", "entity" -> Optional.of(EntityType.COMPANY);
      case "person", "individual" -> Optional.of(EntityType.PERSON);
      default ->
          throw new IllegalArgumentException("--type must be vessel, company or person, not " + t);
    };
  }
}
