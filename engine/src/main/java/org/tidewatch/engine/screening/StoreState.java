package org.tidewatch.engine.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.store.TrackStore;

/**
 * The state of a track store as far as vessel identities go: a SHA-256 over every source (id,
 * content hash, committed record count, positions, static reports). Identity claims are written
 * only when a batch is committed, and every commit advances its source's committed count, so equal
 * states mean equal identity timelines; the digest costs one catalogue query, not a scan.
 */
public final class StoreState {
  private StoreState() {}

  /** The store's current state. */
  public static String of(TrackStore store) {
    return of(store.ingest().sources());
  }

  static String of(List<SourceState> sources) {
    MessageDigest md = sha256();
    sources.stream()
        .sorted(Comparator.comparingLong(SourceState::sourceId))
        .forEach(
            s ->
                md.update(
                    (s.sourceId()
                            + ":"
                            + s.file().sha256()
                            + ":"
                            + s.committedSequence()
                            + ":"
                            + s.positions()
                            + ":"
                            + s.staticReports()
                            + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
