package org.tidewatch.cli.store;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.store.VesselQuery;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch vessels}: finds vessels by MMSI, IMO or name, with identity history. */
@Command(
    name = "vessels",
    mixinStandardHelpOptions = true,
    description = "Find vessels in the store by MMSI, IMO number or name; show identity history.")
public final class VesselsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--mmsi", paramLabel = "MMSI", description = "exact MMSI")
  Integer mmsi;

  @Option(names = "--imo", paramLabel = "IMO", description = "IMO number ever claimed")
  String imo;

  @Option(names = "--name", paramLabel = "TEXT", description = "part of any name ever used")
  String name;

  @Option(names = "--history", description = "print each vessel's identity timeline")
  boolean history;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "at most N vessels (default: ${DEFAULT-VALUE})")
  int limit;

  @Override
  public Integer call() {
    Optional<String> imoDigits = Optional.ofNullable(imo).map(i -> i.replaceAll("(?i)imo|\\s", ""));
    if (imoDigits.isPresent() && !imoDigits.get().matches("\\d{7}")) {
      throw new UserError("--imo: '" + imo + "' is not a seven-digit IMO number");
    }
    VesselQuery q =
        new VesselQuery(
            mmsi == null ? OptionalInt.empty() : OptionalInt.of(mmsi),
            imoDigits,
            Optional.ofNullable(name));
    PrintWriter out = spec.commandLine().getOut();
    try (DuckDbTrackStore s = store.openExisting()) {
      List<VesselSummary> found = s.identities().search(q, limit);
      if (found.isEmpty()) {
        out.println("no vessel found");
        return 1;
      }
      out.printf(
          "%-9s  %-24s %-8s %-7s %-4s %-4s %10s  %-20s  %-20s%n",
          "MMSI",
          "NAME",
          "CALLSIGN",
          "IMO",
          "TYPE",
          "FLAG",
          "POSITIONS",
          "FIRST SEEN",
          "LAST SEEN");
      for (VesselSummary v : found) {
        out.printf(
            "%09d  %-24s %-8s %-7s %-4s %-4s %10d  %-20s  %-20s%n",
            v.mmsi(),
            v.name().orElse("-"),
            v.callSign().orElse("-"),
            v.imo().orElse("-"),
            v.shipType().orElse("-"),
            v.midFlag().map(f -> f.iso2()).orElse("-"),
            v.positions(),
            v.firstSeen(),
            v.lastSeen());
        if (history) {
          IdentityTimeline t = s.identities().timeline(v.mmsi());
          for (IdentityClaim c : t.claims()) {
            out.printf(
                "    %-10s %-24s %s .. %s  (%d reports)%s%n",
                c.kind(),
                c.value(),
                c.firstSeen(),
                c.lastSeen(),
                c.reports(),
                c.imoCheckDigitValid().map(ok -> ok ? "" : "  INVALID IMO CHECK DIGIT").orElse(""));
          }
        }
      }
    }
    out.flush();
    return 0;
  }
}
