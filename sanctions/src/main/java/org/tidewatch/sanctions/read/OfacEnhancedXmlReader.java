package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.core.sanctions.Address;
import org.tidewatch.core.sanctions.CallSign;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.LinkKind;
import org.tidewatch.core.sanctions.Mmsi;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;
import org.w3c.dom.Element;

/**
 * Reads OFAC's Enhanced XML ({@code sanctionsData}): entities with typed names and translations,
 * addresses, and features typed by OFAC reference values (Vessel Registration Identification, MMSI,
 * Vessel Call Sign, Vessel Flag, Other/Former Vessel Flag, VESSEL TYPE, Birthdate, Nationality
 * Country ...). Relationships are taken as links.
 */
public final class OfacEnhancedXmlReader {

  /** The list id: the enhanced export is filtered differently from the legacy SDN files. */
  public static final String LIST_ID = "ofac-enhanced";

  private OfacEnhancedXmlReader() {}

  /** Reads the file. */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    Element root = Xml.parse(file).getDocumentElement();
    Optional<LocalDate> published =
        Xml.child(root, "publicationInfo")
            .flatMap(p -> Xml.text(p, "dataAsOf"))
            .filter(s -> s.length() >= 10)
            .flatMap(s -> UnConsolidatedXmlReader.date(s.substring(0, 10)));
    List<SanctionsEntity> out = new ArrayList<>();
    for (Element e : Xml.path(root, "entities", "entity")) {
      out.add(entry(file, e));
    }
    return new ParsedList(LIST_ID, ListFormat.OFAC_ENHANCED_XML, published, List.of(file), out);
  }

  private static SanctionsEntity entry(Path file, Element e) throws MalformedListException {
    String id = e.getAttribute("id");
    if (id.isBlank()) {
      throw new MalformedListException(file, 0, "entity without id");
    }
    String t =
        Xml.child(e, "generalInfo")
            .flatMap(g -> Xml.text(g, "entityType"))
            .orElse("")
            .toLowerCase(Locale.ROOT);
    EntityType type = OfacCsvReader.type(t);
    SanctionsEntityBuilder b = SanctionsEntity.builder(LIST_ID, id, type);
    for (Element n : Xml.path(e, "names", "name")) {
      boolean primary = Xml.text(n, "isPrimary").orElse("").equals("true");
      boolean low = Xml.text(n, "isLowQuality").orElse("").equals("true");
      String alias = Xml.text(n, "aliasType").orElse("").toUpperCase(Locale.ROOT);
      NameKind kind =
          primary
              ? NameKind.PRIMARY
              : low
                  ? NameKind.WEAK_ALIAS
                  : alias.startsWith("F.K.A") ? NameKind.FORMER : NameKind.ALIAS;
      for (Element tr : Xml.path(n, "translations", "translation")) {
        boolean latin = Xml.text(tr, "script").orElse("Latin").equals("Latin");
        Xml.text(tr, "formattedFullName")
            .ifPresent(v -> b.name(v, latin ? kind : NameKind.ORIGINAL_SCRIPT));
      }
    }
    if (!b.hasName()) {
      throw new MalformedListException(file, 0, "entity " + id + " has no name");
    }
    for (Element p : Xml.path(e, "sanctionsPrograms", "sanctionsProgram")) {
      b.program(p.getTextContent());
    }
    for (Element a : Xml.path(e, "addresses", "address")) {
      List<String> lines = new ArrayList<>();
      for (Element part :
          Xml.path(a, "translations", "translation", "addressParts", "addressPart")) {
        Xml.text(part, "value").ifPresent(lines::add);
      }
      b.address(new Address(lines, Xml.text(a, "country")));
    }
    for (Element f : Xml.path(e, "features", "feature")) {
      String ft = Xml.text(f, "type").orElse("");
      String v = Xml.text(f, "value").orElse("");
      switch (ft) {
        case "Vessel Registration Identification" -> ImoNumber.parse(v).ifPresent(b::imo);
        case "MMSI" -> Mmsi.parse(v).ifPresent(b::mmsi);
        case "Vessel Call Sign", "Other Vessel Call Sign" ->
            CallSign.parse(v).ifPresent(b::callSign);
        case "Vessel Flag" -> {
          b.flag(v);
          b.country(v);
        }
        case "Other Vessel Flag", "Former Vessel Flag" -> b.formerFlag(v);
        case "VESSEL TYPE", "Other Vessel Type" -> b.vesselType(v);
        case "Birthdate" -> b.birthDate(v);
        case "Nationality Country", "Citizenship Country" -> b.country(v);
        default -> {}
      }
    }
    for (Element r : Xml.path(e, "relationships", "relationship")) {
      Xml.text(r, "relatedEntity").ifPresent(target -> b.link(LinkKind.LINKED_TO, target));
    }
    if (type == EntityType.VESSEL || b.type() == EntityType.VESSEL) {
      b.type(EntityType.VESSEL);
    }
    return b.build();
  }
}
