package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.sanctions.Address;
import org.tidewatch.core.sanctions.CompanyImoNumber;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.LinkKind;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;
import org.w3c.dom.Element;

/**
 * Reads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} with {@code
 * INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}). Entries are keyed by their reference number
 * ({@code KPe.061}); values are trimmed (the file carries stray spaces). The list has no vessel
 * records: DPRK ship-owning companies carry their IMO company number and their tankers' names only
 * in {@code COMMENTS1}, from which the company number and "owner of ... tanker X" links are taken.
 */
public final class UnConsolidatedXmlReader {

  /** The list id used for this list. */
  public static final String LIST_ID = "un-sc-consolidated";

  private static final Pattern COMPANY_IMO =
      Pattern.compile("IMO (?:number|no\\.?)\\s*:?\\s*(\\d{5,7})", Pattern.CASE_INSENSITIVE);
  private static final Pattern OWNED_VESSEL =
      Pattern.compile(
          "(?:owner|operator|manager) of (?:the )?(?:DPRK(?:-flagged)? )?(?:oil )?"
              + "(?:tanker|vessel|ship|cargo ship)s? ((?:[A-Z0-9]+ ?)+)\\b");

  private UnConsolidatedXmlReader() {}

  /** Reads the file. */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    Element root = Xml.parse(file).getDocumentElement();
    if (!"CONSOLIDATED_LIST".equals(Xml.local(root))) {
      throw new MalformedListException(file, 1, "root element is not CONSOLIDATED_LIST");
    }
    Optional<LocalDate> published = Optional.empty();
    String generated = root.getAttribute("dateGenerated");
    if (generated.length() >= 10) {
      published = date(generated.substring(0, 10));
    }
    List<SanctionsEntity> out = new ArrayList<>();
    for (Element e : Xml.path(root, "INDIVIDUALS", "INDIVIDUAL")) {
      out.add(entry(file, e, EntityType.PERSON, "INDIVIDUAL"));
    }
    for (Element e : Xml.path(root, "ENTITIES", "ENTITY")) {
      out.add(entry(file, e, EntityType.COMPANY, "ENTITY"));
    }
    return new ParsedList(LIST_ID, ListFormat.UN_CONSOLIDATED_XML, published, List.of(file), out);
  }

  private static SanctionsEntity entry(Path file, Element e, EntityType type, String prefix)
      throws MalformedListException {
    String ref =
        Xml.text(e, "REFERENCE_NUMBER")
            .or(() -> Xml.text(e, "DATAID"))
            .orElseThrow(
                () -> new MalformedListException(file, 0, prefix + " without REFERENCE_NUMBER"));
    SanctionsEntityBuilder b = SanctionsEntity.builder(LIST_ID, ref, type);
    List<String> parts = new ArrayList<>();
    for (String p : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      Xml.text(e, p).ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      throw new MalformedListException(file, 0, prefix + " " + ref + " has no name");
    }
    b.name(String.join(" ", parts), NameKind.PRIMARY);
    Xml.text(e, "NAME_ORIGINAL_SCRIPT").ifPresent(n -> b.name(n, NameKind.ORIGINAL_SCRIPT));
    for (Element a : Xml.children(e, prefix + "_ALIAS")) {
      String quality = Xml.text(a, "QUALITY").orElse("");
      NameKind kind =
          quality.equalsIgnoreCase("Low")
              ? NameKind.WEAK_ALIAS
              : quality.equalsIgnoreCase("f.k.a.") ? NameKind.FORMER : NameKind.ALIAS;
      Xml.text(a, "ALIAS_NAME").ifPresent(n -> b.name(n, kind));
    }
    Xml.text(e, "UN_LIST_TYPE").ifPresent(b::program);
    b.listedOn(Xml.text(e, "LISTED_ON").flatMap(UnConsolidatedXmlReader::date).orElse(null));
    for (Element n : Xml.path(e, "NATIONALITY", "VALUE")) {
      b.country(n.getTextContent());
    }
    for (Element a : Xml.children(e, prefix + "_ADDRESS")) {
      List<String> lines = new ArrayList<>();
      for (String p : List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE")) {
        Xml.text(a, p).ifPresent(lines::add);
      }
      b.address(new Address(lines, Xml.text(a, "COUNTRY")));
    }
    for (Element d : Xml.children(e, "INDIVIDUAL_DATE_OF_BIRTH")) {
      Xml.text(d, "DATE").or(() -> Xml.text(d, "YEAR")).ifPresent(b::birthDate);
      Xml.text(d, "FROM_YEAR").ifPresent(b::birthDate);
      Xml.text(d, "TO_YEAR").ifPresent(b::birthDate);
    }
    String comments = Xml.text(e, "COMMENTS1").orElse("");
    b.remarks(comments);
    if (type == EntityType.COMPANY) {
      Matcher m = COMPANY_IMO.matcher(comments);
      while (m.find()) {
        CompanyImoNumber.parse(m.group(1)).ifPresent(b::companyImo);
      }
      Matcher v = OWNED_VESSEL.matcher(comments);
      while (v.find()) {
        String vessel = v.group(1).strip();
        if (vessel.length() >= 3 && !vessel.equals("DPRK")) {
          b.link(LinkKind.ASSET, vessel);
        }
      }
    }
    return b.build();
  }

  static Optional<LocalDate> date(@Nullable String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
