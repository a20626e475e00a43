package org.tidewatch.engine.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.ExtendedClassBPositionReport;
import org.tidewatch.ais.message.LongRangePositionReport;
import org.tidewatch.ais.message.PositionReport;
import org.tidewatch.ais.message.StaticAndVoyageData;
import org.tidewatch.ais.message.StaticDataReportA;
import org.tidewatch.ais.message.StaticDataReportB;
import org.tidewatch.ais.sentence.PositionFieldsListener;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Turns decoded AIS messages into stored records: positions from types 1-3, 18, 19 and 27, static
 * reports from types 5, 19 and 24 (ITU-R M.1371-5). Times come from the reception (tag block {@code
 * c:}, receiver header or trailing time); a message without one takes the last time seen in the
 * file, or {@code --time-from} before the first, or refuses the file.
 */
final class NmeaRecords implements PositionFieldsListener {
  private final RecordSink sink;
  private final String source;
  private final long runId;
  private final Releasability marking;
  private final Optional<Instant> timeFrom;
  // the last receive time seen: lastMillis when lastIsMillis (a position's, kept as a number),
  // else lastTime (a message's, or --time-from before any)
  private Instant lastTime;
  private long lastMillis;
  private boolean lastIsMillis;
  long messagesWithoutPosition;

  NmeaRecords(
      RecordSink sink,
      String source,
      long runId,
      Releasability marking,
      Optional<Instant> timeFrom) {
    this.sink = sink;
    this.source = source;
    this.runId = runId;
    this.marking = marking;
    this.timeFrom = timeFrom;
  }

  @Override
  public void onRejected(Rejection r) {
    sink.bad(r.lineNumber(), r.reason() + (r.detail().isEmpty() ? "" : ": " + r.detail()));
  }

  private Instant time(Reception r) {
    if (r.receivedAt().isPresent()) {
      lastTime = r.receivedAt().get();
      lastIsMillis = false;
    } else if (lastIsMillis) {
      lastTime = Instant.ofEpochMilli(lastMillis);
      lastIsMillis = false;
    } else if (lastTime == null) {
      lastTime = timeFrom.orElseThrow(() -> missingTime(r.firstLine()));
    }
    return lastTime;
  }

  private MissingTimesException missingTime(long line) {
    return new MissingTimesException(
        source
            + ": line "
            + line
            + " has no receive time (no tag block c:, receiver header or trailing time) and no"
            + " earlier line had one; give --time-from to say when the file was recorded");
  }

  /**
   * Positions of types 1-3, 18 and 27, field by field from the decoder (no message or reception
   * records): the same records as {@link #onMessage} made of them before, see {@link
   * PositionFieldsListener}.
   */
  @Override
  public void onPosition(
      int messageType,
      int mmsi,
      double latitude_deg,
      double longitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      int trueHeading_deg,
      int navigationStatus,
      long firstLine,
      int sentenceCount,
      long receivedAt_epochMs,
      boolean hasReceivedAt) {
    if (Double.isNaN(latitude_deg) || Double.isNaN(longitude_deg)) {
      messagesWithoutPosition++;
      return;
    }
    if (!Position.isValidCoordinate(latitude_deg, longitude_deg)) {
      sink.bad(firstLine, "impossible coordinates " + latitude_deg + ", " + longitude_deg);
      return;
    }
    long epochSecond;
    int nano;
    if (hasReceivedAt || lastIsMillis) {
      if (hasReceivedAt) {
        lastMillis = receivedAt_epochMs;
        lastIsMillis = true;
      }
      epochSecond = Math.floorDiv(lastMillis, 1000L);
      nano = (int) Math.floorMod(lastMillis, 1000L) * 1_000_000;
    } else {
      if (lastTime == null) {
        lastTime = timeFrom.orElseThrow(() -> missingTime(firstLine));
      }
      epochSecond = lastTime.getEpochSecond();
      nano = lastTime.getNano();
    }
    long hash =
        Position.contentHash(
            mmsi,
            epochSecond,
            nano,
            latitude_deg,
            longitude_deg,
            speedOverGround_kn,
            courseOverGround_deg,
            trueHeading_deg,
            navigationStatus);
    sink.position(
        mmsi,
        epochSecond,
        nano,
        latitude_deg,
        longitude_deg,
        speedOverGround_kn,
        courseOverGround_deg,
        trueHeading_deg,
        navigationStatus,
        messageType,
        source,
        firstLine,
        runId,
        hash,
        marking);
  }

  @Override
  public void onMessage(AisMessage m, Reception r) {
    switch (m) {
      case PositionReport p ->
          position(
              r,
              p.mmsi(),
              p.messageType(),
              p.latitude_deg(),
              p.longitude_deg(),
              p.speedOverGround_kn(),
              p.courseOverGround_deg(),
              p.trueHeading_deg(),
              status(p.navigationStatusCode()));
      case ClassBPositionReport p ->
          position(
              r,
              p.mmsi(),
              p.messageType(),
              p.latitude_deg(),
              p.longitude_deg(),
              p.speedOverGround_kn(),
              p.courseOverGround_deg(),
              p.trueHeading_deg(),
              OptionalInt.empty());
      case ExtendedClassBPositionReport p -> {
        position(
            r,
            p.mmsi(),
            p.messageType(),
            p.latitude_deg(),
            p.longitude_deg(),
            p.speedOverGround_kn(),
            p.courseOverGround_deg(),
            p.trueHeading_deg(),
            OptionalInt.empty());
        statics(
            r,
            p.mmsi(),
            19,
            text(p.shipName()),
            Optional.empty(),
            OptionalInt.empty(),
            p.shipTypeCode(),
            p.toBow_m(),
            p.toStern_m(),
            p.toPort_m(),
            p.toStarboard_m(),
            OptionalDouble.empty(),
            Optional.empty());
      }
      case LongRangePositionReport p ->
          position(
              r,
              p.mmsi(),
              27,
              p.latitude_deg(),
              p.longitude_deg(),
              toDouble(p.speedOverGround_kn()),
              toDouble(p.courseOverGround_deg()),
              OptionalInt.empty(),
              status(p.navigationStatusCode()));
      case StaticAndVoyageData s ->
          statics(
              r,
              s.mmsi(),
              5,
              text(s.shipName()),
              text(s.callSign()),
              s.imoNumber(),
              s.shipTypeCode(),
              s.toBow_m(),
              s.toStern_m(),
              s.toPort_m(),
              s.toStarboard_m(),
              s.draught_m(),
              text(s.destination()));
      case StaticDataReportA s ->
          statics(
              r,
              s.mmsi(),
              24,
              text(s.shipName()),
              Optional.empty(),
              OptionalInt.empty(),
              0,
              0,
              0,
              0,
              0,
              OptionalDouble.empty(),
              Optional.empty());
      case StaticDataReportB s ->
          statics(
              r,
              s.mmsi(),
              24,
              Optional.empty(),
              text(s.callSign()),
              OptionalInt.empty(),
              s.shipTypeCode(),
              s.toBow_m(),
              s.toStern_m(),
              s.toPort_m(),
              s.toStarboard_m(),
              OptionalDouble.empty(),
              Optional.empty());
      default -> {
        // base stations, binary, safety and other messages are not stored as tracks
      }
    }
  }

  // navigation status codes are 4 bits: one shared immutable value each
  private static final OptionalInt[] STATUS = new OptionalInt[16];

  static {
    for (int i = 0; i < STATUS.length; i++) {
      STATUS[i] = OptionalInt.of(i);
    }
  }

  private static OptionalInt status(int code) {
    return code >= 0 && code < STATUS.length ? STATUS[code] : OptionalInt.of(code);
  }

  private static OptionalDouble toDouble(OptionalInt v) {
    return v.isPresent() ? OptionalDouble.of(v.getAsInt()) : OptionalDouble.empty();
  }

  static Optional<String> text(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private void position(
      Reception r,
      int mmsi,
      int type,
      OptionalDouble lat,
      OptionalDouble lon,
      OptionalDouble sog,
      OptionalDouble cog,
      OptionalInt heading,
      OptionalInt status) {
    // one mapping for both paths: the record's fields as the decoder's fast path gives them
    onPosition(
        type,
        mmsi,
        lat.orElse(Double.NaN),
        lon.orElse(Double.NaN),
        sog.orElse(Double.NaN),
        cog.orElse(Double.NaN),
        heading.orElse(-1),
        status.orElse(-1),
        r.firstLine(),
        r.sentenceCount(),
        r.receivedAt().map(Instant::toEpochMilli).orElse(0L),
        r.receivedAt().isPresent());
  }

  private void statics(
      Reception r,
      int mmsi,
      int type,
      Optional<String> name,
      Optional<String> callSign,
      OptionalInt imo,
      int shipType,
      int a,
      int b,
      int c,
      int d,
      OptionalDouble draught,
      Optional<String> destination) {
    Instant t = time(r);
    OptionalInt st = shipType > 0 ? OptionalInt.of(shipType) : OptionalInt.empty();
    OptionalInt len = a > 0 && b > 0 ? OptionalInt.of(a + b) : OptionalInt.empty();
    OptionalInt beam = c > 0 && d > 0 ? OptionalInt.of(c + d) : OptionalInt.empty();
    long hash =
        StaticReport.contentHash(mmsi, t, name, callSign, imo, st, len, beam, draught, destination);
    sink.staticReport(
        new StaticReport(
            mmsi,
            t,
            type,
            name,
            callSign,
            imo,
            st,
            len,
            beam,
            draught,
            destination,
            new Provenance(source, r.firstLine(), runId, hash, marking)));
  }
}
