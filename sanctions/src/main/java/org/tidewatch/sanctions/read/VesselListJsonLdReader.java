package org.tidewatch.sanctions.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.core.sanctions.SanctionsEntityBuilder;

/**
 * Reads harmonised JSON-LD vessel lists (the ammitto form used for the UN 1718 Committee Designated
 * Vessels List and the EU vessel bans): a {@code @graph} of vessel nodes ({@code entity_type}
 * vessel, {@code names[].full_name}, {@code imo_number}, {@code source_references}) and entry nodes
 * ({@code entity_id}, {@code regime}, {@code period.listed_date}).
 */
public final class VesselListJsonLdReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private VesselListJsonLdReader() {}

  /** Reads the file. */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.newBufferedReader(file));
    } catch (JsonProcessingException e) {
      throw new MalformedListException(
          file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
    }
    JsonNode graph = root.path("@graph");
    if (!graph.isArray()) {
      throw new MalformedListException(file, 0, "no @graph array");
    }
    Map<String, JsonNode> entries = new HashMap<>();
    for (JsonNode n : graph) {
      if (n.hasNonNull("entity_id")) {
        entries.put(n.get("entity_id").asText(), n);
      }
    }
    Map<String, SanctionsEntityBuilder> out = new LinkedHashMap<>();
    String source = "";
    for (JsonNode n : graph) {
      if (!n.hasNonNull("entity_type")) {
        continue;
      }
      String id = n.path("id").asText("");
      String code = n.path("source_references").path(0).path("source_code").asText("");
      if (source.isEmpty()) {
        source = code;
      }
      String ref = n.path("source_references").path(0).path("reference_number").asText(id);
      EntityType type =
          n.get("entity_type").asText().equals("vessel") ? EntityType.VESSEL : EntityType.UNKNOWN;
      SanctionsEntityBuilder b = SanctionsEntity.builder(listId(code), ref, type);
      for (JsonNode nm : n.path("names")) {
        b.name(
            nm.path("full_name").asText(""),
            nm.path("is_primary").asBoolean(false) ? NameKind.PRIMARY : NameKind.ALIAS);
      }
      if (!b.hasName()) {
        throw new MalformedListException(file, 0, "node " + id + " has no name");
      }
      ImoNumber.parse(n.path("imo_number").asText("")).ifPresent(b::imo);
      JsonNode entry = entries.get(id);
      if (entry != null) {
        b.listedOn(
            UnConsolidatedXmlReader.date(entry.path("period").path("listed_date").asText(null))
                .orElse(null));
        b.program(program(code, entry.path("regime").path("code").asText("")));
      } else {
        b.program(program(code, ""));
      }
      out.put(ref, b);
    }
    List<SanctionsEntity> list = new ArrayList<>();
    out.values().forEach(b -> list.add(b.build()));
    return new ParsedList(
        listId(source), ListFormat.VESSEL_LIST_JSONLD, Optional.empty(), List.of(file), list);
  }

  static String listId(String sourceCode) {
    return switch (sourceCode) {
      case "un_vessels" -> "un-1718-vessels";
      case "eu_vessels" -> "eu-vessels";
      case "" -> "vessel-list";
      default -> sourceCode.replace('_', '-');
    };
  }

  private static String program(String sourceCode, String regime) {
    if (sourceCode.equals("un_vessels")) {
      return "UN-1718";
    }
    return regime.isEmpty() ? sourceCode : regime;
  }
}
