package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.sanctions.Address;
import org.tidewatch.core.sanctions.CallSign;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;

/**
 * Reads OFAC's legacy CSV: {@code SDN.CSV} (12 columns, no header: ent_num, SDN_Name, SDN_Type,
 * Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; null marker
 * {@code -0-}; a trailing 0x1A byte), optionally with {@code ALT.CSV}, {@code ADD.CSV} and {@code
 * SDN_COMMENTS.CSV} joined by ent_num. Vessel identifiers come from Remarks ({@link OfacRemarks}).
 */
public final class OfacCsvReader {

  /** The list id of the SDN list. */
  public static final String LIST_ID = "ofac-sdn";

  private OfacCsvReader() {}

  /** Reads an SDN.CSV with optional companion files (each may be null). */
  public static ParsedList read(
      Path sdn, @Nullable Path alt, @Nullable Path add, @Nullable Path comments)
      throws IOException, MalformedListException {
    Map<String, String> overflow = new HashMap<>();
    if (comments != null) {
      for (List<String> r : rows(comments, 2)) {
        overflow.merge(r.get(0), r.get(1), String::concat);
      }
    }
    Map<String, SanctionsEntityBuilder> byId = new LinkedHashMap<>();
    try (Reader in = reader(sdn);
        CSVParser p = CSVFormat.DEFAULT.builder().setTrim(false).build().parse(in)) {
      for (CSVRecord r : iterate(sdn, p)) {
        if (isTrailer(r)) {
          continue;
        }
        long line = p.getCurrentLineNumber();
        if (r.size() != 12) {
          throw new MalformedListException(
              sdn, line, "expected 12 columns in SDN.CSV, found " + r.size());
        }
        String id = r.get(0).strip();
        if (!id.chars().allMatch(Character::isDigit) || id.isEmpty()) {
          throw new MalformedListException(sdn, line, "ent_num is not a number: " + id);
        }
        String name = value(r.get(1));
        if (name == null) {
          throw new MalformedListException(sdn, line, "entry " + id + " has no name");
        }
        SanctionsEntityBuilder b = SanctionsEntity.builder(LIST_ID, id, type(value(r.get(2))));
        b.name(name, NameKind.PRIMARY);
        String programs = value(r.get(3));
        if (programs != null) {
          for (String pr : programs.replace("[", "").split("\\]")) {
            b.program(pr);
          }
        }
        String callSign = value(r.get(5));
        if (callSign != null) {
          CallSign.parse(callSign).ifPresent(b::callSign);
        }
        b.vesselType(value(r.get(6)));
        String flag = value(r.get(9));
        b.flag(flag);
        b.country(flag);
        String remarks = value(r.get(11));
        String more = overflow.get(id);
        if (remarks != null || more != null) {
          OfacRemarks.apply((remarks == null ? "" : remarks) + (more == null ? "" : more), b);
        }
        byId.put(id, b);
      }
    }
    if (alt != null) {
      for (List<String> r : rows(alt, 5)) {
        SanctionsEntityBuilder b = byId.get(r.get(0));
        String n = value(r.get(3));
        if (b != null && n != null) {
          String t = r.get(2).strip().toLowerCase(java.util.Locale.ROOT);
          b.name(n, t.equals("fka") ? NameKind.FORMER : NameKind.ALIAS);
        }
      }
    }
    if (add != null) {
      for (List<String> r : rows(add, 6)) {
        SanctionsEntityBuilder b = byId.get(r.get(0));
        if (b != null) {
          List<String> lines = new ArrayList<>();
          Optional.ofNullable(value(r.get(2))).ifPresent(lines::add);
          Optional.ofNullable(value(r.get(3))).ifPresent(lines::add);
          b.address(new Address(lines, Optional.ofNullable(value(r.get(4)))));
        }
      }
    }
    List<SanctionsEntity> out = new ArrayList<>(byId.size());
    byId.values().forEach(b -> out.add(b.build()));
    List<Path> files = new ArrayList<>();
    files.add(sdn);
    for (Path f : new Path[] {alt, add, comments}) {
      if (f != null) {
        files.add(f);
      }
    }
    return new ParsedList(LIST_ID, ListFormat.OFAC_SDN_CSV, Optional.empty(), files, out);
  }

  private static List<List<String>> rows(Path file, int columns)
      throws IOException, MalformedListException {
    List<List<String>> out = new ArrayList<>();
    try (Reader in = reader(file);
        CSVParser p = CSVFormat.DEFAULT.parse(in)) {
      for (CSVRecord r : iterate(file, p)) {
        if (isTrailer(r)) {
          continue;
        }
        if (r.size() != columns) {
          throw new MalformedListException(
              file,
              p.getCurrentLineNumber(),
              "expected " + columns + " columns, found " + r.size());
        }
        List<String> row = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
          row.add(i == 0 ? r.get(0).strip() : r.get(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** Materialises records, turning commons-csv parse failures into a refusal with the line. */
  private static List<CSVRecord> iterate(Path file, CSVParser p) throws MalformedListException {
    List<CSVRecord> out = new ArrayList<>();
    try {
      for (CSVRecord r : p) {
        out.add(r);
      }
    } catch (UncheckedIOException e) {
      throw new MalformedListException(
          file, p.getCurrentLineNumber(), "CSV syntax: " + e.getCause().getMessage());
    } catch (IllegalStateException e) {
      throw new MalformedListException(
          file, p.getCurrentLineNumber(), "CSV syntax: " + e.getMessage());
    }
    return out;
  }

  private static boolean isTrailer(CSVRecord r) {
    return r.size() == 1 && r.get(0).replace("\u001a", "").isBlank();
  }

  private static Reader reader(Path file) throws IOException {
    // 2024 files are ASCII; older ones carry Latin-1 bytes. ISO-8859-1 never fails to decode.
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return new java.io.StringReader(text);
  }

  /** Null for the {@code -0-} null marker and blanks, the trimmed value otherwise. */
  static @Nullable String value(String raw) {
    String s = raw.strip();
    return s.isEmpty() || s.equals("-0-") ? null : s;
  }

  static EntityType type(@Nullable String sdnType) {
    if (sdnType == null) {
      return EntityType.COMPANY;
    }
    return switch (sdnType.toLowerCase(java.util.Locale.ROOT)) {
      case "individual" -> EntityType.PERSON;
      case "vessel" -> EntityType.VESSEL;
      case "aircraft" -> EntityType.AIRCRAFT;
      case "entity" -> EntityType.COMPANY;
      default -> EntityType.UNKNOWN;
    };
  }
}
