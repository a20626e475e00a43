package org.tidewatch.core.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tidewatch.core.detect.draught.DraughtDetector;
import org.tidewatch.core.detect.encounter.EncounterDetector;
import org.tidewatch.core.detect.gap.GapDetector;
import org.tidewatch.core.detect.gap.ReceptionModel;
import org.tidewatch.core.detect.identity.IdentityDetector;
import org.tidewatch.core.detect.identity.ReappearanceDetector;
import org.tidewatch.core.detect.loitering.LoiteringDetector;
import org.tidewatch.core.detect.portcall.PortCallDetector;
import org.tidewatch.core.detect.spoofing.SpoofingDetector;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * All detectors behind one {@link EventTimeBuffer}: reports go in in any order within the lateness
 * bound, detectors see them in event-time order, events come out. Deterministic: the same reports
 * give the same events in the same order, whatever their arrival order within the bound.
 */
public final class DetectorPipeline {
  /** Watermark granularity: detectors hear of time passing at most once per this many seconds. */
  private static final long WATERMARK_STEP_S = 300;

  private final EventTimeBuffer buffer;
  private final VesselRegistry registry;
  private final List<Detector> detectors;
  private final Consumer<DetectedEvent> out;
  private final EncounterDetector encounters;
  private long lastWatermark = Long.MIN_VALUE;
  private long released;

  /** The default detector set over the given places. */
  public DetectorPipeline(PlaceIndex places, Duration lateness, Consumer<DetectedEvent> out) {
    this(places, lateness, m -> Optional.empty(), out);
  }

  /**
   * The default detector set, told when each MMSI was first seen before this run's input (a store's
   * vessel summaries): a run that starts with a warm-up replay must not take an MMSI it meets late
   * in the replay for a new one.
   */
  public DetectorPipeline(
      PlaceIndex places,
      Duration lateness,
      Function<Integer, Optional<Instant>> knownSince,
      Consumer<DetectedEvent> out) {
    this.buffer = new EventTimeBuffer(lateness);
    this.registry = new VesselRegistry();
    this.out = out;
    this.encounters = new EncounterDetector(EncounterDetector.Params.DEFAULTS, places, registry);
    this.detectors =
        List.of(
            new PortCallDetector(PortCallDetector.Params.DEFAULTS, places),
            encounters,
            new LoiteringDetector(LoiteringDetector.Params.DEFAULTS, places, registry),
            new GapDetector(GapDetector.Params.DEFAULTS, registry, new ReceptionModel()),
            new SpoofingDetector(SpoofingDetector.Params.DEFAULTS),
            new IdentityDetector(IdentityDetector.Params.DEFAULTS),
            new ReappearanceDetector(ReappearanceDetector.Params.DEFAULTS, registry, knownSince),
            new DraughtDetector(DraughtDetector.Params.DEFAULTS, places));
  }

  /** A pipeline over given detectors (they share {@link #registry()}). */
  public DetectorPipeline(
      Duration lateness,
      VesselRegistry registry,
      List<Detector> detectors,
      Consumer<DetectedEvent> out) {
    this.buffer = new EventTimeBuffer(lateness);
    this.registry = registry;
    this.out = out;
    this.encounters = null;
    this.detectors = List.copyOf(detectors);
  }

  /** The shared vessel registry. */
  public VesselRegistry registry() {
    return registry;
  }

  /** Distance computations of the encounter pairing so far (0 without the default set). */
  public long pairComparisons() {
    return encounters == null ? 0 : encounters.comparisons();
  }

  /** Accepts a position; false when it was late and dropped. */
  public boolean accept(Position p) {
    boolean ok = buffer.add(p);
    buffer.drain(this::dispatch);
    watermark(buffer.watermark());
    return ok;
  }

  /** Accepts a static report; false when it was late and dropped. */
  public boolean accept(StaticReport s) {
    boolean ok = buffer.add(s);
    buffer.drain(this::dispatch);
    watermark(buffer.watermark());
    return ok;
  }

  /** Ends the input at {@code end}: flushes the buffer and every detector's open state. */
  public void finish(Instant end) {
    buffer.flush(this::dispatch);
    for (Detector d : detectors) {
      d.onWatermark(end, out);
    }
    for (Detector d : detectors) {
      d.finish(end, out);
    }
  }

  /** Reports dropped as late. */
  public long late() {
    return buffer.late();
  }

  /** Reports released to the detectors. */
  public long released() {
    return released;
  }

  private void watermark(Instant w) {
    if (w.equals(Instant.MIN)) {
      return;
    }
    long s = w.getEpochSecond() / WATERMARK_STEP_S;
    if (s > lastWatermark) {
      lastWatermark = s;
      Instant at = Instant.ofEpochSecond(s * WATERMARK_STEP_S);
      for (Detector d : detectors) {
        d.onWatermark(at, out);
      }
    }
  }

  private void dispatch(Object o) {
    released++;
    if (o instanceof Position p) {
      if (p.speedOverGround_kn().isPresent()) {
        registry.speed(p.mmsi(), p.speedOverGround_kn().getAsDouble());
      }
      for (Detector d : detectors) {
        d.onPosition(p, out);
      }
    } else {
      StaticReport s = (StaticReport) o;
      if (s.shipType().isPresent()) {
        registry.shipType(s.mmsi(), s.shipType().getAsInt());
      }
      for (Detector d : detectors) {
        d.onStatic(s, out);
      }
    }
  }
}
