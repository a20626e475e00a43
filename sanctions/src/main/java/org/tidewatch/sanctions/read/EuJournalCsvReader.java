package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tidewatch.core.sanctions.Address;
import org.tidewatch.core.sanctions.CompanyImoNumber;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.Mmsi;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;

/**
 * Reads the OpenSanctions transcription of EU Official Journal sanctions annexes (columns {@code
 * celex, recordId, programKey, annex, measure, startDate, reason, schema, name, alias, ...,
 * imoNumber, mmsi, flag, address, ...}). Vessel former names sit in parentheses in {@code name}
 * ("Chong Bong (Greenlight) (Blue Nouvelle)"); a vessel appearing in several annexes is one entry
 * (keyed by IMO), as are repeated rows of one record id.
 */
public final class EuJournalCsvReader {

  private static final Pattern PARENS = Pattern.compile("\\(([^()]+)\\)");
  private static final Pattern EU_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final List<String> REQUIRED = List.of("celex", "schema", "name", "imoNumber");

  private EuJournalCsvReader() {}

  /** Reads the file. */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    Map<String, SanctionsEntityBuilder> byKey = new LinkedHashMap<>();
    String celex = "";
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      for (String col : REQUIRED) {
        if (!p.getHeaderMap().containsKey(col)) {
          throw new MalformedListException(file, 1, "missing column " + col);
        }
      }
      int width = p.getHeaderNames().size();
      var it = p.iterator();
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new MalformedListException(
              file, p.getCurrentLineNumber(), "CSV syntax: " + e.getMessage());
        }
        long line = p.getCurrentLineNumber();
        if (r.size() != width) {
          throw new MalformedListException(
              file, line, "expected " + width + " columns, found " + r.size());
        }
        celex = r.get("celex");
        String schema = r.get("schema");
        String rawName = r.get("name").strip();
        if (rawName.isEmpty()) {
          throw new MalformedListException(file, line, "row without a name");
        }
        EntityType type = type(schema);
        String stripped = rawName;
        List<String> former = new ArrayList<>();
        if (type == EntityType.VESSEL) {
          Matcher m = PARENS.matcher(rawName);
          while (m.find()) {
            former.add(m.group(1).strip());
          }
          stripped = PARENS.matcher(rawName).replaceAll("").strip();
        }
        String mainName = stripped;
        Optional<ImoNumber> imo =
            type == EntityType.VESSEL ? ImoNumber.parse(r.get("imoNumber")) : Optional.empty();
        // record ids are numbered per annex; vessels listed in several annexes are one hull
        String key =
            type == EntityType.VESSEL
                ? imo.map(ImoNumber::value).orElse("vessel:" + mainName.toLowerCase(Locale.ROOT))
                : r.get("annex").strip() + "/" + r.get("recordId").strip();
        SanctionsEntityBuilder b =
            byKey.computeIfAbsent(
                key, k -> SanctionsEntity.builder("eu-" + r.get("celex"), k, type));
        b.name(mainName.isEmpty() ? rawName : mainName, NameKind.PRIMARY);
        former.forEach(f -> b.name(f, NameKind.FORMER));
        split(r.get("alias")).forEach(a -> b.name(a, NameKind.ALIAS));
        split(r.get("weakAlias")).forEach(a -> b.name(a, NameKind.WEAK_ALIAS));
        split(r.get("previousName")).forEach(a -> b.name(a, NameKind.FORMER));
        imo.ifPresent(b::imo);
        if (type != EntityType.VESSEL) {
          CompanyImoNumber.parse(r.get("imoNumber")).ifPresent(b::companyImo);
          // the transcription puts IMO company numbers of shipping firms in registrationNumber
          String context = (rawName + " " + r.get("reason")).toLowerCase(Locale.ROOT);
          if (context.contains("shipping")
              || context.contains("maritime")
              || context.contains("vessel")
              || context.contains("tanker")) {
            CompanyImoNumber.parse(r.get("registrationNumber")).ifPresent(b::companyImo);
          }
        }
        split(r.get("mmsi")).forEach(m -> Mmsi.parse(m).ifPresent(b::mmsi));
        b.flag(r.get("flag"));
        b.program(r.get("programKey"));
        b.program(r.get("annex").isBlank() ? null : "Annex " + r.get("annex"));
        split(r.get("country")).forEach(b::country);
        split(r.get("nationality")).forEach(b::country);
        split(r.get("birthDate")).forEach(b::birthDate);
        split(r.get("address")).forEach(a -> b.address(new Address(List.of(a), Optional.empty())));
        b.listedOn(euDate(r.get("startDate")).orElse(null));
        b.remarks(r.get("reason"));
      }
    }
    List<SanctionsEntity> out = new ArrayList<>();
    byKey.values().forEach(b -> out.add(b.build()));
    return new ParsedList(
        "eu-" + celex, ListFormat.EU_JOURNAL_CSV, Optional.empty(), List.of(file), out);
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static EntityType type(String schema) {
    return switch (schema) {
      case "Person" -> EntityType.PERSON;
      case "Vessel" -> EntityType.VESSEL;
      case "Airplane" -> EntityType.AIRCRAFT;
      case "LegalEntity", "Organization", "Company" -> EntityType.COMPANY;
      default -> EntityType.UNKNOWN;
    };
  }

  static Optional<LocalDate> euDate(String s) {
    Matcher m = EU_DATE.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
