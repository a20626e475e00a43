package org.tidewatch.ais.sentence;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.LongRangePositionReport;
import org.tidewatch.ais.message.PositionReport;

/**
 * Two recording listeners whose event lists must be equal: {@link Plain} maps {@code onMessage} the
 * way the engine's ingest does (types 1-3, 18 and 27 to primitive position fields), {@link Fast}
 * records {@link PositionFieldsListener#onPosition}.
 */
final class PositionEvents {
  private PositionEvents() {}

  /** One event of the listener protocol. Doubles compare bit for bit (record equality). */
  sealed interface Event {}

  record Pos(
      int type,
      int mmsi,
      double lat,
      double lon,
      double sog,
      double cog,
      int heading,
      int status,
      long firstLine,
      int sentenceCount,
      long time_ms,
      boolean hasTime)
      implements Event {}

  record Other(AisMessage message, Reception reception) implements Event {}

  record Rejected(Rejection rejection) implements Event {}

  record NonAis(NonAisKind kind, long line) implements Event {}

  abstract static class Recorder implements AisListener {
    final List<Event> events = new ArrayList<>();

    @Override
    public void onRejected(Rejection rejection) {
      events.add(new Rejected(rejection));
    }

    @Override
    public void onNonAis(NonAisKind kind, long lineNumber) {
      events.add(new NonAis(kind, lineNumber));
    }
  }

  /** A plain listener mapping the position records as the engine's {@code NmeaRecords} does. */
  static final class Plain extends Recorder {
    @Override
    public void onMessage(AisMessage m, Reception r) {
      long t = r.receivedAt().map(i -> i.toEpochMilli()).orElse(0L);
      boolean timed = r.receivedAt().isPresent();
      Event e =
          switch (m) {
            case PositionReport p ->
                new Pos(
                    p.messageType(),
                    p.mmsi(),
                    p.latitude_deg().orElse(Double.NaN),
                    p.longitude_deg().orElse(Double.NaN),
                    p.speedOverGround_kn().orElse(Double.NaN),
                    p.courseOverGround_deg().orElse(Double.NaN),
                    p.trueHeading_deg().orElse(-1),
                    p.navigationStatusCode(),
                    r.firstLine(),
                    r.sentenceCount(),
                    t,
                    timed);
            case ClassBPositionReport p ->
                new Pos(
                    p.messageType(),
                    p.mmsi(),
                    p.latitude_deg().orElse(Double.NaN),
                    p.longitude_deg().orElse(Double.NaN),
                    p.speedOverGround_kn().orElse(Double.NaN),
                    p.courseOverGround_deg().orElse(Double.NaN),
                    p.trueHeading_deg().orElse(-1),
                    -1,
                    r.firstLine(),
                    r.sentenceCount(),
                    t,
                    timed);
            case LongRangePositionReport p ->
                new Pos(
                    27,
                    p.mmsi(),
                    p.latitude_deg().orElse(Double.NaN),
                    p.longitude_deg().orElse(Double.NaN),
                    // NmeaRecords.toDouble: whole knots / degrees as doubles
                    p.speedOverGround_kn().isPresent()
                        ? p.speedOverGround_kn().getAsInt()
                        : Double.NaN,
                    p.courseOverGround_deg().isPresent()
                        ? p.courseOverGround_deg().getAsInt()
                        : Double.NaN,
                    -1,
                    p.navigationStatusCode(),
                    r.firstLine(),
                    r.sentenceCount(),
                    t,
                    timed);
            default -> new Other(m, r);
          };
      events.add(e);
    }
  }

  /** The fast listener: records {@code onPosition}; a position record in onMessage is a bug. */
  static class Fast extends Recorder implements PositionFieldsListener {
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
      events.add(
          new Pos(
              messageType,
              mmsi,
              latitude_deg,
              longitude_deg,
              speedOverGround_kn,
              courseOverGround_deg,
              trueHeading_deg,
              navigationStatus,
              firstLine,
              sentenceCount,
              receivedAt_epochMs,
              hasReceivedAt));
    }

    @Override
    public void onMessage(AisMessage m, Reception r) {
      if (m instanceof PositionReport
          || m instanceof ClassBPositionReport
          || m instanceof LongRangePositionReport) {
        throw new AssertionError("position record on the slow path: " + m);
      }
      events.add(new Other(m, r));
    }
  }
}
