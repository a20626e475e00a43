package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads list files of any supported format. OFAC's legacy companions (ALT, ADD, SDN_COMMENTS) are
 * joined to the SDN.CSV given with them, or found beside it in the same directory.
 */
public final class ListReaders {

  private ListReaders() {}

  /** Reads one file (an SDN.CSV picks up companions from its directory). */
  public static ParsedList read(Path file) throws IOException, MalformedListException {
    List<ParsedList> all = readAll(List.of(file));
    return all.get(0);
  }

  /** Reads the files, grouping OFAC legacy companions with their SDN.CSV. */
  public static List<ParsedList> readAll(List<Path> files)
      throws IOException, MalformedListException {
    Map<Path, ListFormat> formats = new LinkedHashMap<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IOException("no such file: " + f);
      }
      formats.put(f, FormatDetector.detect(f));
    }
    List<ParsedList> out = new ArrayList<>();
    Map<ListFormat, Path> companions = new EnumMap<>(ListFormat.class);
    formats.forEach(
        (f, fmt) -> {
          if (fmt == ListFormat.OFAC_ALT_CSV
              || fmt == ListFormat.OFAC_ADD_CSV
              || fmt == ListFormat.OFAC_COMMENTS_CSV) {
            companions.put(fmt, f);
          }
        });
    boolean sdnSeen = false;
    for (var e : formats.entrySet()) {
      Path f = e.getKey();
      switch (e.getValue()) {
        case UN_CONSOLIDATED_XML -> out.add(UnConsolidatedXmlReader.read(f));
        case VESSEL_LIST_JSONLD -> out.add(VesselListJsonLdReader.read(f));
        case OFAC_SDN_XML -> out.add(OfacXmlReader.read(f));
        case OFAC_ENHANCED_XML -> out.add(OfacEnhancedXmlReader.read(f));
        case EU_JOURNAL_CSV -> out.add(EuJournalCsvReader.read(f));
        case FTM_JSONL -> out.add(FtmJsonLinesReader.read(f));
        case OFAC_SDN_CSV -> {
          sdnSeen = true;
          out.add(
              OfacCsvReader.read(
                  f,
                  companion(f, companions, ListFormat.OFAC_ALT_CSV, "alt.csv"),
                  companion(f, companions, ListFormat.OFAC_ADD_CSV, "add.csv"),
                  companion(f, companions, ListFormat.OFAC_COMMENTS_CSV, "sdn_comments.csv")));
        }
        case OFAC_ALT_CSV, OFAC_ADD_CSV, OFAC_COMMENTS_CSV -> {}
      }
    }
    if (!companions.isEmpty() && !sdnSeen) {
      Path f = companions.values().iterator().next();
      throw new MalformedListException(
          f, 0, "an OFAC ALT/ADD/SDN_COMMENTS file is read only together with its SDN.CSV");
    }
    return out;
  }

  private static @Nullable Path companion(
      Path sdn, Map<ListFormat, Path> given, ListFormat fmt, String name)
      throws IOException, MalformedListException {
    Path g = given.get(fmt);
    if (g != null) {
      return g;
    }
    Path dir = sdn.toAbsolutePath().getParent();
    if (dir == null) {
      return null;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)
            && FormatDetector.detect(p) == fmt) {
          return p;
        }
      }
    }
    return null;
  }
}
