package org.tidewatch.server.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.ledger.ReportedCsv;
import org.tidewatch.core.ledger.ReportedDelivery;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.risk.ListedMatch;
import org.tidewatch.core.risk.RiskModel;
import org.tidewatch.engine.detect.EventLog;
import org.tidewatch.engine.infer.InferenceRunner;

/**
 * What inference found over the whole data directory, before any releasability filtering: the
 * detected events it ran on, the deliveries it inferred, and what risk needs besides (the hull
 * registry, the screening of the registry against the sanctions lists, the reported figures).
 * Loaded once at start-up; {@link DerivedAccess} filters it per caller.
 *
 * @param events the detected events ({@code DIR/detect/events.jsonl})
 * @param deliveries the deliveries inferred from all of them
 * @param registry hull particulars by MMSI ({@code DIR/registry.csv}; empty without one)
 * @param listed registry hulls (or their owners) matched on sanctions lists
 * @param reported reported figures ({@code DIR/reported.csv}; empty without one)
 * @param skippedEvents event-log lines that could not be decoded
 */
public record Inference(
    List<DetectedEvent> events,
    List<Delivery> deliveries,
    Map<Integer, Hull> registry,
    List<ListedMatch> listed,
    List<ReportedDelivery> reported,
    int skippedEvents) {

  /** Name of the reported-figures file in a data directory. */
  public static final String REPORTED_FILE = "reported.csv";

  /** Copies the collections. */
  public Inference {
    events = List.copyOf(events);
    deliveries = List.copyOf(deliveries);
    registry = Map.copyOf(registry);
    listed = List.copyOf(listed);
    reported = List.copyOf(reported);
  }

  /** Nothing inferred (no detected events). */
  public static Inference empty() {
    return new Inference(List.of(), List.of(), Map.of(), List.of(), List.of(), 0);
  }

  /**
   * Runs inference over a data directory: empty when {@code detect/events.jsonl} does not exist
   * (detection never ran), so the routes answer with empty results.
   *
   * @param screening screens the registry's hulls against the lists in force (the CLI's screening;
   *     {@code reg -> List.of()} for none)
   */
  public static Inference load(
      Path dataDir, Function<Map<Integer, Hull>, List<ListedMatch>> screening) {
    if (!Files.exists(new EventLog(dataDir).eventsFile())) {
      return empty();
    }
    Map<Integer, Hull> registry = InferenceRunner.readRegistry(dataDir, Optional.empty());
    List<ListedMatch> listed = screening.apply(registry);
    InferenceRunner.Result r =
        InferenceRunner.runDataDir(
            dataDir, Optional.empty(), listed, PlaceIndex.reference(), RiskModel.defaults());
    return new Inference(
        r.events(), r.deliveries(), registry, listed, reported(dataDir), r.skippedEvents());
  }

  private static List<ReportedDelivery> reported(Path dataDir) {
    Path f = dataDir.resolve(REPORTED_FILE);
    if (!Files.exists(f)) {
      return List.of();
    }
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return ReportedCsv.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
