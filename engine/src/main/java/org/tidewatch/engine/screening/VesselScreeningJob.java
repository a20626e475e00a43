package org.tidewatch.engine.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.store.VesselQuery;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.sanctions.match.ScreeningQuery;
import org.tidewatch.sanctions.read.MalformedListException;

/**
 * Screens every MMSI of the track store against the sanctions lists in force and keeps the results
 * in {@link ScreeningFile#of DIR/screening/vessels.jsonl}.
 *
 * <p>Each vessel is screened on every name, IMO number and call sign its identity timeline holds
 * (each claim on its own, so that a match can be shown to exactly the callers cleared for the claim
 * it came from) and on the MMSI itself, restricted to vessels for names. Every match at or above
 * the threshold is kept (at most {@link #PER_CLAIM} per claim).
 *
 * <p>Staleness is detected, not guessed: the results record the version in force of each list, the
 * store state ({@link StoreState}), the threshold and the build of the screening code ({@link
 * ScreenerBuild}); a run with the same basis does nothing. A run after a store change with the same
 * lists, threshold and code screens only the vessels whose claims changed (a digest per vessel) and
 * reuses the others. When the lists cannot be loaded (a stored file no longer parses), the previous
 * results stay in force and the outcome says why.
 */
public final class VesselScreeningJob {
  /** The most matches kept per claim. */
  public static final int PER_CLAIM = 3;

  /**
   * How to run.
   *
   * @param threshold the screening threshold; empty keeps the one of the previous results (or the
   *     screener's default when there are none)
   * @param force screen every vessel even when the results are up to date
   */
  public record Options(Optional<Double> threshold, boolean force) {
    public static Options defaults() {
      return new Options(Optional.empty(), false);
    }
  }

  /** Where the screener comes from (the server passes the one it already loaded). */
  @FunctionalInterface
  public interface ListsSource {
    ListsInForce load() throws IOException, MalformedListException;
  }

  /** What a run did. */
  public sealed interface Outcome {
    /** The results now in force, if any. */
    Optional<ScreeningResults> results();

    /** Nothing to do: the results were made from the lists and store as they are. */
    record UpToDate(ScreeningResults current) implements Outcome {
      @Override
      public Optional<ScreeningResults> results() {
        return Optional.of(current);
      }
    }

    /**
     * Screened and saved.
     *
     * @param reason why (what changed)
     * @param reused vessels whose previous result was kept (their claims did not change)
     * @param screenCpu_ms CPU time of this thread screening (the lists' loading excluded)
     * @param processCpu_ms CPU time of the whole process over the run (the store's reads of the
     *     identity timelines run partly on the database's own threads), or -1 when the JVM cannot
     *     tell
     */
    record Screened(
        ScreeningResults current, String reason, int reused, long screenCpu_ms, long processCpu_ms)
        implements Outcome {
      @Override
      public Optional<ScreeningResults> results() {
        return Optional.of(current);
      }
    }

    /** No sanctions list was ingested: nothing to screen against. */
    record NoLists(Optional<ScreeningResults> previous) implements Outcome {
      @Override
      public Optional<ScreeningResults> results() {
        return previous;
      }
    }

    /** The lists could not be loaded; the previous results (if any) stay in force. */
    record Failed(String reason, Optional<ScreeningResults> previous) implements Outcome {
      @Override
      public Optional<ScreeningResults> results() {
        return previous;
      }
    }
  }

  private VesselScreeningJob() {}

  /**
   * Why the results kept in {@code dataDir} are stale, or empty when they are up to date (or when
   * there is nothing to screen against). Cheap: reads the catalogue, the store's sources and the
   * header of the results.
   */
  public static Optional<String> staleness(TrackStore store, Path dataDir) throws IOException {
    Map<String, String> versions = ListsInForce.versions(dataDir);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    Optional<ScreeningBasis> kept;
    try {
      kept = ScreeningFile.readBasis(ScreeningFile.of(dataDir));
    } catch (IOException e) {
      return Optional.of("the results kept are unreadable (" + e.getMessage() + ")");
    }
    if (kept.isEmpty()) {
      return Optional.of("no vessel was screened yet");
    }
    return kept.get()
        .differenceTo(
            new ScreeningBasis(
                versions, StoreState.of(store), kept.get().threshold(), ScreenerBuild.id()));
  }

  /** Runs with the lists in force loaded from {@code dataDir}. */
  public static Outcome run(
      TrackStore store, Path dataDir, Options o, ScreeningListener listener, Clock clock)
      throws IOException {
    return run(store, dataDir, o, () -> ListsInForce.load(dataDir), listener, clock);
  }

  /**
   * Screens the store's vessels when the results are stale (or always with {@link Options#force()})
   * and saves them.
   *
   * @throws IOException when the results cannot be written
   */
  public static Outcome run(
      TrackStore store,
      Path dataDir,
      Options o,
      ListsSource lists,
      ScreeningListener listener,
      Clock clock)
      throws IOException {
    Path file = ScreeningFile.of(dataDir);
    Optional<ScreeningResults> previous;
    String unreadable = null;
    try {
      previous = ScreeningFile.read(file);
    } catch (IOException e) {
      previous = Optional.empty();
      unreadable = "the results kept are unreadable (" + e.getMessage() + ")";
    }
    Map<String, String> versions = ListsInForce.versions(dataDir);
    if (versions.isEmpty()) {
      return new Outcome.NoLists(previous);
    }
    double threshold =
        o.threshold()
            .orElse(previous.map(p -> p.basis().threshold()).orElse(Screener.DEFAULT_THRESHOLD));
    ScreeningBasis basis =
        new ScreeningBasis(versions, StoreState.of(store), threshold, ScreenerBuild.id());
    String reason;
    if (previous.isEmpty()) {
      reason = unreadable != null ? unreadable : "no vessel was screened yet";
    } else {
      Optional<String> d = previous.get().basis().differenceTo(basis);
      if (d.isEmpty() && !o.force()) {
        return new Outcome.UpToDate(previous.get());
      }
      reason = d.orElse("asked to screen again");
    }
    ListsInForce loaded;
    try {
      loaded = lists.load();
    } catch (IOException | MalformedListException | RuntimeException e) {
      return new Outcome.Failed(
          "cannot load the sanctions lists in force: " + e.getMessage(), previous);
    }
    // the catalogue may have moved on while the lists were read: record what was loaded
    basis = new ScreeningBasis(loaded.versions(), basis.storeState(), threshold, basis.screener());
    ScreeningBasis now = basis;
    boolean reuse =
        !o.force()
            && previous.isPresent()
            && previous.get().basis().lists().equals(now.lists())
            && previous.get().basis().threshold() == threshold
            && previous.get().basis().screener().equals(now.screener());
    Map<Integer, VesselResult> old = reuse ? previous.get().vessels() : Map.of();

    long t0 = System.nanoTime();
    Instant at = clock.instant();
    List<VesselSummary> all =
        store
            .identities()
            .search(
                new VesselQuery(OptionalInt.empty(), Optional.empty(), Optional.empty()),
                Integer.MAX_VALUE);
    // every vessel's names, IMO numbers and call signs in one pass (not one lookup per vessel)
    Map<Integer, List<IdentityClaim>> claimsByMmsi = new HashMap<>();
    store
        .identities()
        .claims(SCREENED_KINDS, t -> claimsByMmsi.put(t.mmsi(), screenable(t.claims())));
    listener.started(reason, all.size());
    Map<Integer, VesselResult> out = new HashMap<>();
    int done = 0;
    int listed = 0;
    int rescreened = 0;
    long screenCpu = 0;
    long process0 = processCpuNanos();
    for (VesselSummary s : all) {
      List<IdentityClaim> claims = claimsByMmsi.getOrDefault(s.mmsi(), List.of());
      long c1 = cpuNanos();
      String digest = digest(s.mmsi(), claims);
      VesselResult prev = old.get(s.mmsi());
      VesselResult r;
      if (prev != null && prev.claimsDigest().equals(digest)) {
        r = prev;
      } else {
        r = screen(loaded.screener(), s.mmsi(), claims, digest, threshold);
        rescreened++;
      }
      screenCpu += cpuNanos() - c1;
      out.put(s.mmsi(), r);
      done++;
      if (r.listed()) {
        listed++;
      }
      listener.progress(done, all.size(), listed);
    }
    ScreeningResults results =
        new ScreeningResults(basis, at, (System.nanoTime() - t0) / 1_000_000, rescreened, out);
    listener.finished(results);
    ScreeningFile.write(file, results);
    long process1 = processCpuNanos();
    return new Outcome.Screened(
        results,
        reason,
        all.size() - rescreened,
        screenCpu / 1_000_000,
        process0 < 0 || process1 < 0 ? -1 : (process1 - process0) / 1_000_000);
  }

  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** The kinds of claim screened: names, IMO numbers and call signs. */
  static final Set<ClaimKind> SCREENED_KINDS =
      Set.of(ClaimKind.NAME, ClaimKind.IMO, ClaimKind.CALL_SIGN);

  /** The claims screened: names, IMO numbers and call signs. */
  static List<IdentityClaim> screenable(List<IdentityClaim> claims) {
    return claims.stream().filter(c -> SCREENED_KINDS.contains(c.kind())).toList();
  }

  /** Screens one vessel on each claim and its MMSI. */
  static VesselResult screen(
      Screener s, int mmsi, List<IdentityClaim> claims, String digest, double threshold) {
    List<ClaimMatch> matches = new ArrayList<>();
    List<String> imos =
        claims.stream()
            .filter(c -> c.kind() == ClaimKind.IMO)
            .map(IdentityClaim::value)
            // a real ship number (AIS often carries 0 or junk there): checksum-valid, not 0…
            .filter(v -> ImoNumber.isValid(v) && v.charAt(0) != '0')
            .sorted()
            .toList();
    for (IdentityClaim c : claims) {
      ScreeningQuery q =
          switch (c.kind()) {
            case NAME ->
                query(Optional.of(c.value()), Optional.empty(), Optional.empty(), Optional.empty());
            case IMO ->
                query(Optional.empty(), Optional.of(c.value()), Optional.empty(), Optional.empty());
            case CALL_SIGN ->
                query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(c.value()));
            default -> throw new IllegalArgumentException("not screened: " + c.kind());
          };
      List<ScreeningMatch> found = s.screen(q, threshold, PER_CLAIM);
      int from = matches.size();
      add(matches, c.kind().name(), c.value(), found);
      if (c.kind() == ClaimKind.NAME && !imos.isEmpty()) {
        // a listed hull's name on a vessel claiming other IMO numbers: halved, as the Screener
        // halves a name score when the query's IMO differs (same name, another hull)
        for (int i = 0; i < found.size(); i++) {
          MergedEntity e = found.get(i).entity();
          if (e.type() == EntityType.VESSEL && e.imo().isPresent()) {
            String listed = e.imo().get().value();
            if (!imos.contains(listed)) {
              matches.set(from + i, matches.get(from + i).withImoConflict(listed, imos));
            }
          }
        }
      }
    }
    String m = Integer.toString(mmsi);
    add(
        matches,
        "MMSI",
        m,
        s.screen(
            query(Optional.empty(), Optional.empty(), Optional.of(m), Optional.empty()),
            threshold,
            PER_CLAIM));
    return new VesselResult(mmsi, digest, claims.size() + 1, matches);
  }

  private static ScreeningQuery query(
      Optional<String> name, Optional<String> imo, Optional<String> mmsi, Optional<String> cs) {
    return new ScreeningQuery(
        name, imo, mmsi, cs, Optional.of(EntityType.VESSEL), Optional.empty(), Optional.empty());
  }

  private static void add(
      List<ClaimMatch> out, String kind, String value, List<ScreeningMatch> matches) {
    for (ScreeningMatch m : matches) {
      out.add(
          new ClaimMatch(
              kind,
              value,
              m.entity().id(),
              m.entity().caption(),
              m.entity().type().name(),
              List.copyOf(new java.util.TreeSet<>(m.entity().listIds())),
              List.copyOf(new java.util.TreeSet<>(m.entity().programs())),
              Math.round(m.score() * 1e4) / 1e4,
              m.matchedName(),
              m.explanation(),
              null));
    }
  }

  /** A digest of the MMSI and its screened claims (kind and value, order-independent). */
  static String digest(int mmsi, List<IdentityClaim> claims) {
    List<String> parts = new ArrayList<>();
    for (IdentityClaim c : claims) {
      parts.add(c.kind().name() + "\u0000" + c.value());
    }
    parts.sort(null);
    MessageDigest md = StoreState.sha256();
    md.update(Integer.toString(mmsi).getBytes(StandardCharsets.UTF_8));
    for (String p : parts) {
      md.update((byte) '\n');
      md.update(p.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest(), 0, 12);
  }
}
