package org.tidewatch.cli.infer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.risk.ListedMatch;
import org.tidewatch.core.risk.RiskModel;
import org.tidewatch.core.sanctions.EntityMerger;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.engine.infer.InferenceRunner;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.sanctions.match.ScreeningQuery;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;
import org.tidewatch.sanctions.store.SanctionsStore;

/**
 * Loads what inference needs from a data directory: detected events ({@code DIR/detect/}), the
 * registry ({@code --registry FILE} or {@code DIR/registry.csv}) and, when sanctions lists were
 * ingested into {@code DIR}, screening of every registry hull and its owner and manager.
 */
public final class InferenceSession {
  private InferenceSession() {}

  public static InferenceRunner.Result open(Path data, Optional<Path> registry) {
    if (!Files.isDirectory(data)) {
      throw new UserError("no such data directory: " + data);
    }
    try {
      Map<Integer, Hull> reg = InferenceRunner.readRegistry(data, registry);
      List<ListedMatch> listed = screen(data, reg);
      return InferenceRunner.runDataDir(
          data, registry, listed, PlaceIndex.reference(), RiskModel.defaults());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** Screens the registry against the lists in force in {@code data}, if any were ingested. */
  public static List<ListedMatch> screen(Path data, Map<Integer, Hull> registry) {
    List<ListedMatch> out = new ArrayList<>();
    List<SanctionsEntity> all = new ArrayList<>();
    try {
      for (ParsedList p : new SanctionsStore(data).loadCurrent()) {
        all.addAll(p.entities());
      }
    } catch (IOException | MalformedListException | RuntimeException e) {
      return out;
    }
    if (all.isEmpty()) {
      return out;
    }
    Screener s = new Screener(new ScreeningIndex(EntityMerger.merge(all)));
    for (Hull h :
        registry.values().stream().sorted((a, b) -> Integer.compare(a.mmsi(), b.mmsi())).toList()) {
      ScreeningQuery q =
          new ScreeningQuery(
              Optional.of(h.name()),
              h.imo().isPresent()
                  ? Optional.of(Integer.toString(h.imo().getAsInt()))
                  : Optional.empty(),
              Optional.of(Integer.toString(h.mmsi())),
              Optional.empty(),
              Optional.of(EntityType.VESSEL),
              Optional.empty(),
              Optional.empty());
      for (ScreeningMatch m : s.screen(q, Screener.DEFAULT_THRESHOLD, 1)) {
        out.add(
            new ListedMatch(
                h.mmsi(),
                false,
                m.entity().caption(),
                String.join(", ", m.entity().listIds()),
                m.score(),
                m.explanation()));
      }
      for (Optional<String> company : List.of(h.owner(), h.manager())) {
        if (company.isPresent()) {
          for (ScreeningMatch m :
              s.screen(
                  ScreeningQuery.ofName(company.get()).withType(EntityType.COMPANY),
                  Screener.DEFAULT_THRESHOLD,
                  1)) {
            out.add(
                new ListedMatch(
                    h.mmsi(),
                    true,
                    m.entity().caption() + " (" + company.get() + ")",
                    String.join(", ", m.entity().listIds()),
                    m.score(),
                    m.explanation()));
          }
        }
      }
    }
    return out;
  }
}
