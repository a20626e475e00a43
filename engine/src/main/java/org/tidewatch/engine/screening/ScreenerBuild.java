package org.tidewatch.engine.screening;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.tidewatch.sanctions.match.Screener;

/**
 * Which build of the screening code made a result: a SHA-256 over every class and resource of the
 * sanctions module ({@code org/tidewatch/sanctions/}: readers, normalisation, matching), read from
 * the jar or class directory the {@link Screener} was loaded from, and over the job's own rules
 * ({@link #JOB_RULES}). A matcher tuned in a new release gives another id, so results made by the
 * old one are stale. Computed once per JVM (a few tens of milliseconds).
 */
public final class ScreenerBuild {
  private static final String PREFIX = "org/tidewatch/sanctions/";

  /**
   * The rules {@link VesselScreeningJob} adds to the screener's, part of the id: change it when
   * they change, so that results made by the old rules are stale.
   */
  static final String JOB_RULES = "claims screened apart; name score halved on an IMO conflict";

  private static volatile String id;

  private ScreenerBuild() {}

  /** The id of the screening code in use (16 hex digits), or {@code unknown} when unreadable. */
  public static String id() {
    String s = id;
    if (s == null) {
      s = compute();
      id = s;
    }
    return s;
  }

  private static String compute() {
    try {
      CodeSource cs = Screener.class.getProtectionDomain().getCodeSource();
      if (cs == null) {
        return "unknown";
      }
      Path where = Path.of(cs.getLocation().toURI());
      MessageDigest md = StoreState.sha256();
      if (Files.isDirectory(where)) {
        Path root = where.resolve(PREFIX);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
          md.update(where.relativize(f).toString().replace('\\', '/').getBytes());
          md.update(Files.readAllBytes(f));
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          List<JarEntry> entries = new ArrayList<>();
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry j = e.nextElement();
            if (!j.isDirectory() && j.getName().startsWith(PREFIX)) {
              entries.add(j);
            }
          }
          entries.sort(java.util.Comparator.comparing(JarEntry::getName));
          for (JarEntry j : entries) {
            md.update(j.getName().getBytes());
            try (InputStream in = jar.getInputStream(j)) {
              md.update(in.readAllBytes());
            }
          }
        }
      }
      md.update(JOB_RULES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
