package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Recognises a list file's format from its first few kilobytes, never from its name: XML by its
 * root element, JSON by its shape, CSV by its header or its column pattern.
 */
public final class FormatDetector {

  private static final Pattern OFAC_SDN_ROW =
      Pattern.compile("^\\d+,\"[^\"]*\",(-0- ?|\"[^\"]*\"),");
  private static final Pattern OFAC_ALT_ROW =
      Pattern.compile("^\\d+,\\d+,\"(aka|fka|nka)\",", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFAC_ADD_ROW = Pattern.compile("^\\d+,\\d+,(-0- ?|\"[^\"]*\"),");
  private static final Pattern OFAC_COMMENTS_ROW = Pattern.compile("^\\d+,\"");
  private static final Pattern XML_ROOT =
      Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");

  private FormatDetector() {}

  /** Detects the format of {@code file}, or refuses it. */
  public static ListFormat detect(Path file) throws IOException, MalformedListException {
    byte[] head = new byte[16384];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n == 0) {
      throw new MalformedListException(file, 1, "empty file");
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String t = text.stripLeading();
    if (t.startsWith("<")) {
      return detectXml(file, t);
    }
    if (t.startsWith("{") || t.startsWith("[")) {
      if (t.contains("\"@graph\"")) {
        return ListFormat.VESSEL_LIST_JSONLD;
      }
      if (t.contains("\"schema\"") && t.contains("\"properties\"")) {
        return ListFormat.FTM_JSONL;
      }
      throw new MalformedListException(
          file, 1, "JSON that is neither a JSON-LD vessel list nor FollowTheMoney entities");
    }
    String first = t.lines().findFirst().orElse("");
    if (first.startsWith("celex,") && first.contains("schema") && first.contains("imoNumber")) {
      return ListFormat.EU_JOURNAL_CSV;
    }
    if (OFAC_ALT_ROW.matcher(first).find()) {
      return ListFormat.OFAC_ALT_CSV;
    }
    if (OFAC_SDN_ROW.matcher(first).find()) {
      return ListFormat.OFAC_SDN_CSV;
    }
    if (OFAC_ADD_ROW.matcher(first).find()) {
      return ListFormat.OFAC_ADD_CSV;
    }
    if (OFAC_COMMENTS_ROW.matcher(first).find()) {
      return ListFormat.OFAC_COMMENTS_CSV;
    }
    throw new MalformedListException(
        file, 1, "unrecognised list format (first line: " + abbreviate(first) + ")");
  }

  private static ListFormat detectXml(Path file, String t) throws MalformedListException {
    var m = XML_ROOT.matcher(t);
    while (m.find()) {
      String name = m.group(2);
      if (t.charAt(m.start() + 1) == '?' || t.charAt(m.start() + 1) == '!') {
        continue;
      }
      switch (name) {
        case "CONSOLIDATED_LIST":
          return ListFormat.UN_CONSOLIDATED_XML;
        case "sdnList":
          return ListFormat.OFAC_SDN_XML;
        case "sanctionsData":
          return ListFormat.OFAC_ENHANCED_XML;
        default:
          throw new MalformedListException(file, 1, "unrecognised XML root element <" + name + ">");
      }
    }
    throw new MalformedListException(file, 1, "XML without a root element");
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
