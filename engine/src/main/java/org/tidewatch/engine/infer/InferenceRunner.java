package org.tidewatch.engine.infer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.DeliveryInference;
import org.tidewatch.core.delivery.FirstReport;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.delivery.TransferArea;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.risk.ListedMatch;
import org.tidewatch.core.risk.RiskAssessment;
import org.tidewatch.core.risk.RiskModel;
import org.tidewatch.core.risk.RiskScore;
import org.tidewatch.engine.detect.EventLog;
import org.tidewatch.engine.detect.EventRow;

/**
 * Runs inference over detected events: deliveries ({@link DeliveryInference}) and vessel risk
 * ({@link RiskAssessment}), with the hull registry and screening results as inputs.
 */
public final class InferenceRunner {
  private InferenceRunner() {}

  /**
   * What inference found.
   *
   * @param deliveries inferred deliveries, by time
   * @param risk risk per vessel, highest first
   * @param events the events it ran on
   * @param skippedEvents event-log lines that could not be decoded
   */
  public record Result(
      List<Delivery> deliveries,
      List<RiskScore> risk,
      List<DetectedEvent> events,
      int skippedEvents) {}

  /** Runs on typed events. */
  public static Result run(
      List<? extends DetectedEvent> events,
      Map<Integer, Hull> registry,
      List<ListedMatch> listed,
      PlaceIndex places,
      RiskModel model) {
    return run(events, registry, listed, places, model, Map.of());
  }

  /**
   * Runs on typed events, knowing each MMSI's first report in the data ({@link FirstReports}): a
   * DPRK-linked tanker first heard long after the data began is a dark receiver candidate.
   */
  public static Result run(
      List<? extends DetectedEvent> events,
      Map<Integer, Hull> registry,
      List<ListedMatch> listed,
      PlaceIndex places,
      RiskModel model,
      Map<Integer, FirstReport> firstReports) {
    List<Place> dprk = DeliveryInference.dprkPorts(places.places());
    DeliveryInference inf =
        new DeliveryInference(
            DeliveryInference.Params.DEFAULTS,
            places,
            m -> Optional.ofNullable(registry.get(m)),
            model.areas().stream()
                .map(
                    a ->
                        new TransferArea(
                            a.name(), a.latitude_deg(), a.longitude_deg(), a.radius_m()))
                .toList());
    List<Delivery> ds = inf.infer(events, firstReports);
    List<RiskScore> risk =
        new RiskAssessment(model, dprk, m -> Optional.ofNullable(registry.get(m)))
            .assess(events, ds, new TreeSet<>(registry.keySet()), listed);
    return new Result(ds, risk, List.copyOf(events), 0);
  }

  /**
   * Runs on a data directory: events from {@code DIR/detect/events.jsonl} and each vessel's first
   * report from {@code DIR/detect/first-reports.csv} (both written by {@code tidewatch detect}),
   * the registry from {@code registry} (or {@code DIR/registry.csv} when present).
   */
  public static Result runDataDir(
      Path dataDir,
      Optional<Path> registry,
      List<ListedMatch> listed,
      PlaceIndex places,
      RiskModel model) {
    EventLog log = new EventLog(dataDir);
    if (!Files.exists(log.eventsFile())) {
      throw new IllegalArgumentException(
          "no detected events in " + dataDir + " (run: tidewatch detect --data " + dataDir + ")");
    }
    List<EventRow> rows = new ArrayList<>(log.load().values());
    EventDecoder.Decoded dec = EventDecoder.decode(rows);
    Map<Integer, Hull> reg = readRegistry(dataDir, registry);
    Path first = log.eventsFile().resolveSibling(FirstReports.FILE);
    Map<Integer, FirstReport> firstReports;
    try {
      firstReports = Files.exists(first) ? FirstReports.fromCsv(first) : Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Result r = run(dec.events(), reg, listed, places, model, firstReports);
    return new Result(r.deliveries(), r.risk(), r.events(), dec.skipped());
  }

  /** The registry: the given file, else {@code DIR/registry.csv}, else none. */
  public static Map<Integer, Hull> readRegistry(Path dataDir, Optional<Path> registry) {
    Path f = registry.orElse(dataDir.resolve("registry.csv"));
    if (!Files.exists(f)) {
      if (registry.isPresent()) {
        throw new IllegalArgumentException("no such registry file: " + f);
      }
      return Map.of();
    }
    try {
      return RegistryCsv.read(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
