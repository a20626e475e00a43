package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.core.sanctions.Address;
import org.tidewatch.core.sanctions.CallSign;
import org.tidewatch.core.sanctions.CompanyImoNumber;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.LinkKind;
import org.tidewatch.core.sanctions.Mmsi;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;
import org.w3c.dom.Element;

/**
 * Reads OFAC's classic XML ({@code sdnList}: {@code sdn.xml} and the non-SDN {@code
 * consolidated.xml}), namespace-agnostically (the namespace changed between 2018 and 2024). IMO
 * numbers are {@code id} elements of type "Vessel Registration Identification"; vessel particulars
 * are in {@code vesselInfo}.
 */
public final class OfacXmlReader {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private OfacXmlReader() {}

  /** Reads the file; the list id is {@code ofac-sdn} unless the file name says consolidated. */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    Element root = Xml.parse(file).getDocumentElement();
    Optional<LocalDate> published =
        Xml.child(root, "publshInformation")
            .flatMap(p -> Xml.text(p, "Publish_Date"))
            .flatMap(OfacXmlReader::usDate);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String listId = name.contains("cons") ? "ofac-consolidated" : OfacCsvReader.LIST_ID;
    List<SanctionsEntity> out = new ArrayList<>();
    for (Element e : Xml.children(root, "sdnEntry")) {
      out.add(entry(file, listId, e));
    }
    return new ParsedList(listId, ListFormat.OFAC_SDN_XML, published, List.of(file), out);
  }

  private static SanctionsEntity entry(Path file, String listId, Element e)
      throws MalformedListException {
    String uid =
        Xml.text(e, "uid")
            .orElseThrow(() -> new MalformedListException(file, 0, "sdnEntry without uid"));
    EntityType type = OfacCsvReader.type(Xml.text(e, "sdnType").orElse(null));
    SanctionsEntityBuilder b = SanctionsEntity.builder(listId, uid, type);
    String full = fullName(e);
    if (full.isEmpty()) {
      throw new MalformedListException(file, 0, "sdnEntry " + uid + " has no name");
    }
    b.name(full, NameKind.PRIMARY);
    for (Element a : Xml.path(e, "akaList", "aka")) {
      String n = fullName(a);
      String category = Xml.text(a, "category").orElse("");
      String t = Xml.text(a, "type").orElse("").toLowerCase(Locale.ROOT);
      NameKind kind =
          category.equalsIgnoreCase("weak")
              ? NameKind.WEAK_ALIAS
              : t.startsWith("f.k.a") ? NameKind.FORMER : NameKind.ALIAS;
      b.name(n, kind);
    }
    for (Element p : Xml.path(e, "programList", "program")) {
      b.program(p.getTextContent());
    }
    for (Element id : Xml.path(e, "idList", "id")) {
      String idType = Xml.text(id, "idType").orElse("");
      String number = Xml.text(id, "idNumber").orElse("");
      switch (idType) {
        case "Vessel Registration Identification" -> ImoNumber.parse(number).ifPresent(b::imo);
        case "MMSI" -> Mmsi.parse(number).ifPresent(b::mmsi);
        case "Other Vessel Call Sign" -> CallSign.parse(number).ifPresent(b::callSign);
        case "Other Vessel Flag", "Former Vessel Flag" -> b.formerFlag(number);
        default -> {
          if (idType.equalsIgnoreCase("Identification Number") && number.startsWith("IMO")) {
            CompanyImoNumber.parse(number.replaceAll("\\D", "")).ifPresent(b::companyImo);
          }
        }
      }
    }
    Xml.child(e, "vesselInfo")
        .ifPresent(
            v -> {
              Xml.text(v, "callSign").flatMap(CallSign::parse).ifPresent(b::callSign);
              b.vesselType(Xml.text(v, "vesselType").orElse(null));
              Xml.text(v, "vesselFlag")
                  .ifPresent(
                      f -> {
                        b.flag(f);
                        b.country(f);
                      });
              Xml.text(v, "vesselOwner").ifPresent(o -> b.link(LinkKind.OWNER, o));
            });
    for (Element a : Xml.path(e, "addressList", "address")) {
      List<String> lines = new ArrayList<>();
      for (String p : List.of("address1", "address2", "address3", "city", "stateOrProvince")) {
        Xml.text(a, p).ifPresent(lines::add);
      }
      Xml.text(a, "postalCode").ifPresent(lines::add);
      b.address(new Address(lines, Xml.text(a, "country")));
    }
    for (Element n : Xml.path(e, "nationalityList", "nationality")) {
      Xml.text(n, "country").ifPresent(b::country);
    }
    for (Element n : Xml.path(e, "citizenshipList", "citizenship")) {
      Xml.text(n, "country").ifPresent(b::country);
    }
    for (Element d : Xml.path(e, "dateOfBirthList", "dateOfBirthItem")) {
      Xml.text(d, "dateOfBirth").ifPresent(b::birthDate);
    }
    Xml.text(e, "remarks").ifPresent(r -> OfacRemarks.apply(r, b));
    return b.build();
  }

  private static String fullName(Element e) {
    String first = Xml.text(e, "firstName").orElse("");
    String last = Xml.text(e, "lastName").orElse("");
    return (first + " " + last).strip();
  }

  private static Optional<LocalDate> usDate(String s) {
    try {
      return Optional.of(LocalDate.parse(s.strip(), US_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
