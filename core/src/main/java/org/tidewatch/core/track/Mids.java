package org.tidewatch.core.track;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The table of Maritime Identification Digits (ITU-R M.585, ITU Radio Regulations appendix 43): the
 * flag an MMSI claims by its leading digits. Note that the MID gives the flag the transmitter was
 * configured for; a vessel that reflags without reprogramming, or that spoofs, shows a MID flag
 * different from its registered one (a classic sanctions-evasion indicator).
 */
public final class Mids {
  private static final Flag[] BY_MID = load();

  private Mids() {}

  /** The flag of a MID, when the MID is allocated. */
  public static Optional<Flag> flag(int mid) {
    return mid >= 0 && mid < BY_MID.length ? Optional.ofNullable(BY_MID[mid]) : Optional.empty();
  }

  /**
   * The flag an MMSI claims through its MID: for ship stations the first three digits, for coast
   * stations, groups, handhelds, craft, aids to navigation and SAR aircraft the MID inside the
   * number (ITU-R M.585 annexes). Empty for autonomous devices, invalid numbers and unallocated
   * MIDs.
   */
  public static Optional<Flag> flagOfMmsi(int mmsi) {
    int mid =
        switch (MmsiKind.of(mmsi)) {
          case SHIP -> mmsi / 1_000_000;
          case GROUP -> mmsi / 100_000;
          case COAST_STATION -> mmsi / 10_000;
          case HANDHELD -> (mmsi / 100_000) % 1000;
          case CRAFT_ASSOCIATED, AID_TO_NAVIGATION -> (mmsi / 10_000) % 1000;
          case SAR_AIRCRAFT -> (mmsi / 1000) % 1000;
          case AUTONOMOUS_DEVICE, INVALID -> -1;
        };
    return mid < 0 ? Optional.empty() : flag(mid);
  }

  private static Flag[] load() {
    Flag[] table = new Flag[1000];
    try (InputStream in = Mids.class.getResourceAsStream("mid.tsv")) {
      if (in == null) {
        throw new IllegalStateException("mid.tsv missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        int mid = Integer.parseInt(f[0]);
        table[mid] = new Flag(mid, f[1], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
