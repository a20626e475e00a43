package org.tidewatch.sanctions.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.sanctions.ListVersion;
import org.tidewatch.sanctions.read.ListReaders;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;

/**
 * The list versions kept under {@code <data>/sanctions/}: every ingested file is copied to {@code
 * lists/<listId>/<versionId>/} and {@code catalog.json} records the versions of each list and which
 * one is in force. A file is parsed completely before anything is written, so a malformed file
 * never replaces the version in force.
 */
public final class SanctionsStore {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;

  /** A store under {@code dataDir/sanctions}. */
  public SanctionsStore(Path dataDir) {
    this.root = dataDir.resolve("sanctions");
  }

  /** The directory holding the store. */
  public Path root() {
    return root;
  }

  /**
   * The outcome of ingesting one list.
   *
   * @param version the version
   * @param isNew false when this exact content was already the version in force
   */
  public record Ingested(ListVersion version, boolean isNew) {}

  /** Reads, validates and records the files; all or nothing. */
  public List<Ingested> ingest(List<Path> files, Instant now)
      throws IOException, MalformedListException {
    List<ParsedList> parsed = ListReaders.readAll(files);
    Map<String, Object> catalog = readCatalog();
    List<Ingested> out = new ArrayList<>();
    for (ParsedList p : parsed) {
      String sha = sha256(p.files());
      ListVersion v =
          new ListVersion(
              p.listId(),
              p.format().name(),
              p.publishedOn(),
              sha,
              p.entities().size(),
              p.files().stream().map(f -> f.getFileName().toString()).toList(),
              now);
      Map<String, Object> entry = listEntry(catalog, p.listId());
      boolean isNew = !v.versionId().equals(entry.get("current"));
      if (isNew) {
        Path dir = root.resolve("lists").resolve(p.listId()).resolve(v.versionId());
        Files.createDirectories(dir);
        for (Path f : p.files()) {
          Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        versions(entry).removeIf(m -> v.versionId().equals(m.get("versionId")));
        versions(entry).add(toMap(v));
        entry.put("current", v.versionId());
      }
      out.add(new Ingested(v, isNew));
    }
    writeCatalog(catalog);
    return out;
  }

  /** Every recorded version, by list, oldest first. */
  public Map<String, List<ListVersion>> versions() throws IOException {
    Map<String, List<ListVersion>> out = new LinkedHashMap<>();
    Map<String, Object> catalog = readCatalog();
    for (var e : lists(catalog).entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> entry = (Map<String, Object>) e.getValue();
      List<ListVersion> vs = new ArrayList<>();
      versions(entry).forEach(m -> vs.add(fromMap(e.getKey(), m)));
      out.put(e.getKey(), vs);
    }
    return out;
  }

  /** The version in force of each list. */
  public Map<String, ListVersion> current() throws IOException {
    Map<String, ListVersion> out = new LinkedHashMap<>();
    Map<String, Object> catalog = readCatalog();
    for (var e : versions().entrySet()) {
      Object cur = listEntry(catalog, e.getKey()).get("current");
      e.getValue().stream()
          .filter(v -> v.versionId().equals(cur))
          .findFirst()
          .ifPresent(v -> out.put(e.getKey(), v));
    }
    return out;
  }

  /** The stored files of a version. */
  public List<Path> files(ListVersion v) {
    Path dir = root.resolve("lists").resolve(v.listId()).resolve(v.versionId());
    return v.files().stream().map(dir::resolve).toList();
  }

  /** Re-reads the versions in force. */
  public List<ParsedList> loadCurrent() throws IOException, MalformedListException {
    List<ParsedList> out = new ArrayList<>();
    for (ListVersion v : current().values()) {
      out.addAll(ListReaders.readAll(files(v)));
    }
    return out;
  }

  private Map<String, Object> readCatalog() throws IOException {
    Path f = root.resolve("catalog.json");
    if (!Files.exists(f)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lists", new LinkedHashMap<String, Object>());
      return m;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = JSON.readValue(f.toFile(), LinkedHashMap.class);
    return m;
  }

  private void writeCatalog(Map<String, Object> catalog) throws IOException {
    Files.createDirectories(root);
    Path tmp = root.resolve("catalog.json.tmp");
    JSON.writeValue(tmp.toFile(), catalog);
    Files.move(
        tmp,
        root.resolve("catalog.json"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lists(Map<String, Object> catalog) {
    return (Map<String, Object>) catalog.computeIfAbsent("lists", k -> new LinkedHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> listEntry(Map<String, Object> catalog, String listId) {
    return (Map<String, Object>) lists(catalog).computeIfAbsent(listId, k -> new LinkedHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> versions(Map<String, Object> entry) {
    return (List<Map<String, Object>>) entry.computeIfAbsent("versions", k -> new ArrayList<>());
  }

  private static Map<String, Object> toMap(ListVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("versionId", v.versionId());
    m.put("format", v.format());
    m.put("publishedOn", v.publishedOn().map(LocalDate::toString).orElse(null));
    m.put("sha256", v.sha256());
    m.put("entryCount", v.entryCount());
    m.put("files", v.files());
    m.put("ingestedAt", v.ingestedAt().toString());
    return m;
  }

  @SuppressWarnings("unchecked")
  private static ListVersion fromMap(String listId, Map<String, Object> m) {
    Object pub = m.get("publishedOn");
    return new ListVersion(
        listId,
        (String) m.get("format"),
        pub == null ? Optional.empty() : Optional.of(LocalDate.parse((String) pub)),
        (String) m.get("sha256"),
        ((Number) m.get("entryCount")).intValue(),
        (List<String>) m.get("files"),
        Instant.parse((String) m.get("ingestedAt")));
  }

  static String sha256(List<Path> files) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
