package org.tidewatch.sanctions.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Reads OpenSanctions FollowTheMoney entities, one JSON object per line ({@code id, schema,
 * properties{...}, datasets}). Things (Person, Company, Organization, LegalEntity, Vessel,
 * Airplane) become entries; Ownership, Directorship and UnknownLink become links on both parties;
 * Sanction entities contribute programs and listing dates to the sanctioned entity.
 */
public final class FtmJsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FtmJsonLinesReader() {}

  /** Reads the file. */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    Map<String, JsonNode> things = new LinkedHashMap<>();
    List<JsonNode> relations = new ArrayList<>();
    String dataset = "";
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long no = 0;
      while ((line = in.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new MalformedListException(file, no, "invalid JSON: " + e.getOriginalMessage());
        }
        if (!n.hasNonNull("id") || !n.hasNonNull("schema")) {
          throw new MalformedListException(file, no, "entity without id or schema");
        }
        if (dataset.isEmpty() && n.path("datasets").isArray() && !n.path("datasets").isEmpty()) {
          dataset = n.path("datasets").get(0).asText();
        }
        switch (n.get("schema").asText()) {
          case "Ownership",
              "Directorship",
              "UnknownLink",
              "Sanction",
              "Family",
              "Associate",
              "Occupancy",
              "Membership",
              "Representation",
              "Employment",
              "Address",
              "Identification",
              "Passport" ->
              relations.add(n);
          default -> things.put(n.get("id").asText(), n);
        }
      }
    }
    String listId =
        dataset.isEmpty() ? "opensanctions" : "opensanctions-" + dataset.replace('_', '-');
    Map<String, SanctionsEntityBuilder> builders = new LinkedHashMap<>();
    for (JsonNode n : things.values()) {
      EntityType type = type(n.get("schema").asText());
      SanctionsEntityBuilder b = SanctionsEntity.builder(listId, n.get("id").asText(), type);
      JsonNode p = n.path("properties");
      values(p, "name").forEach(v -> b.name(v, NameKind.PRIMARY));
      values(p, "alias").forEach(v -> b.name(v, NameKind.ALIAS));
      values(p, "weakAlias").forEach(v -> b.name(v, NameKind.WEAK_ALIAS));
      values(p, "previousName").forEach(v -> b.name(v, NameKind.FORMER));
      if (!b.hasName()) {
        continue;
      }
      for (String imo : values(p, "imoNumber")) {
        if (type == EntityType.VESSEL) {
          ImoNumber.parse(imo).ifPresent(b::imo);
        } else {
          CompanyImoNumber.parse(imo.replaceAll("\\D", "")).ifPresent(b::companyImo);
        }
      }
      values(p, "mmsi").forEach(v -> Mmsi.parse(v).ifPresent(b::mmsi));
      values(p, "callSign").forEach(v -> CallSign.parse(v).ifPresent(b::callSign));
      values(p, "flag")
          .forEach(
              v -> {
                b.flag(v);
                b.country(v);
              });
      values(p, "pastFlags").forEach(b::formerFlag);
      values(p, "type").forEach(b::vesselType);
      for (String k : List.of("country", "nationality", "citizenship", "jurisdiction")) {
        values(p, k).forEach(b::country);
      }
      values(p, "birthDate").forEach(b::birthDate);
      values(p, "address").forEach(a -> b.address(new Address(List.of(a), Optional.empty())));
      values(p, "program").forEach(b::program);
      values(p, "notes").forEach(b::remarks);
      builders.put(n.get("id").asText(), b);
    }
    for (JsonNode r : relations) {
      JsonNode p = r.path("properties");
      switch (r.get("schema").asText()) {
        case "Ownership" -> link(builders, things, p, "asset", "owner", LinkKind.OWNER);
        case "Directorship" ->
            link(builders, things, p, "organization", "director", LinkKind.DIRECTOR);
        case "UnknownLink" -> link(builders, things, p, "object", "subject", LinkKind.LINKED_TO);
        case "Sanction" -> {
          for (String id : values(p, "entity")) {
            SanctionsEntityBuilder b = builders.get(id);
            if (b != null) {
              values(p, "program").forEach(b::program);
              values(p, "startDate").stream()
                  .findFirst()
                  .flatMap(
                      d -> UnConsolidatedXmlReader.date(d.length() >= 10 ? d.substring(0, 10) : d))
                  .ifPresent(b::listedOn);
            }
          }
        }
        default -> {}
      }
    }
    List<SanctionsEntity> out = new ArrayList<>();
    builders.values().forEach(b -> out.add(b.build()));
    return new ParsedList(listId, ListFormat.FTM_JSONL, Optional.empty(), List.of(file), out);
  }

  private static void link(
      Map<String, SanctionsEntityBuilder> builders,
      Map<String, JsonNode> things,
      JsonNode p,
      String subjectProp,
      String targetProp,
      LinkKind kind) {
    for (String s : values(p, subjectProp)) {
      for (String t : values(p, targetProp)) {
        SanctionsEntityBuilder sb = builders.get(s);
        SanctionsEntityBuilder tb = builders.get(t);
        if (sb != null) {
          sb.link(kind, caption(things, t));
        }
        if (tb != null && kind == LinkKind.OWNER) {
          tb.link(LinkKind.ASSET, caption(things, s));
        }
      }
    }
  }

  private static String caption(Map<String, JsonNode> things, String id) {
    JsonNode n = things.get(id);
    if (n == null) {
      return id;
    }
    List<String> names = values(n.path("properties"), "name");
    return names.isEmpty() ? id : names.get(0);
  }

  private static List<String> values(JsonNode props, String key) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : props.path(key)) {
      if (v.isTextual() && !v.asText().isBlank()) {
        out.add(v.asText());
      }
    }
    return out;
  }

  private static EntityType type(String schema) {
    return switch (schema) {
      case "Person" -> EntityType.PERSON;
      case "Vessel" -> EntityType.VESSEL;
      case "Airplane" -> EntityType.AIRCRAFT;
      case "Company", "Organization", "LegalEntity", "PublicBody" -> EntityType.COMPANY;
      default -> EntityType.UNKNOWN;
    };
  }
}
