package org.tidewatch.engine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The input formats of {@code tidewatch ingest ais}, detected from content, not names. */
public enum InputFormat {
  /** NMEA 0183 / IEC 61162 AIVDM/AIVDO sentences, with or without tag blocks or wrappers. */
  NMEA,
  /** The US MarineCadastre (NOAA/USCG) AIS CSV. */
  CSV,
  /** Parquet with the MarineCadastre columns. */
  PARQUET;

  /** The lower-case name used in provenance and messages. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the file starts with the gzip magic bytes. */
  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Detects the format from the first bytes (decompressed when gzip). */
  public static InputFormat detect(Path file) throws IOException {
    byte[] head = new byte[4096];
    int n;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = isGzip(file) ? new GZIPInputStream(raw) : raw) {
      n = in.readNBytes(head, 0, head.length);
    } catch (java.io.EOFException e) {
      return NMEA; // a truncated gzip too short to sniff: the NMEA reader reports it
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
      return PARQUET;
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    int eol = text.indexOf('\n');
    String first = (eol < 0 ? text : text.substring(0, eol)).toUpperCase(Locale.ROOT);
    if (first.contains("MMSI") && first.contains("BASEDATETIME")) {
      return CSV;
    }
    return NMEA;
  }
}
