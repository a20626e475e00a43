package org.tidewatch.ais.sentence;

import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.LongRangePositionReport;
import org.tidewatch.ais.message.PositionReport;

/**
 * An {@link AisListener} that takes position reports as primitive fields: for messages of types 1,
 * 2, 3, 18 and 27, {@link AisReader} calls {@link #onPosition} <em>instead of</em> {@link
 * #onMessage}, without allocating a message record or a {@link Reception}. Every other message
 * (including type 19, which also carries static data), every rejection and every non-AIS line
 * arrives as for a plain {@link AisListener}, in input order.
 *
 * <p>The contract is exact equivalence: a payload gives {@code onPosition} exactly when {@link
 * #onMessage} would have received a {@link PositionReport}, {@link ClassBPositionReport} or {@link
 * LongRangePositionReport} (rejections — too short, bad character, unknown type, decoder failure —
 * are the same {@link Rejection}s), with the record's values bit for bit and its empty optionals as
 * the absent values below. Units are those of the records.
 *
 * <p>{@link AisReader} asks {@link #wantsPositionFields()} once, when it is constructed.
 */
public interface PositionFieldsListener extends AisListener {
  /**
   * A position report (message type 1, 2, 3, 18 or 27).
   *
   * @param messageType 1, 2, 3 (Class A), 18 (Class B) or 27 (long range)
   * @param mmsi the sender's MMSI (30-bit user ID), as transmitted
   * @param latitude_deg degrees north, {@code NaN} when "not available" (91°) was sent; other
   *     impossible values are passed through (the caller validates)
   * @param longitude_deg degrees east, {@code NaN} when "not available" (181°) was sent
   * @param speedOverGround_kn knots (1/10 knot resolution; whole knots for type 27), {@code NaN}
   *     when not available (1023, or 63 for type 27)
   * @param courseOverGround_deg degrees (1/10 degree resolution; whole degrees for type 27), {@code
   *     NaN} when not available (3600, or 511 for type 27); codes above 360° are passed through
   * @param trueHeading_deg whole degrees as sent (0-359, values up to 510 passed through), {@code
   *     -1} when not available (511) and always {@code -1} for type 27, which has no heading
   * @param navigationStatus the 4-bit navigational status code (0-15) of types 1-3 and 27; {@code
   *     -1} for type 18, which has none
   * @param firstLine 1-based line number of the message's first sentence, as {@link
   *     Reception#firstLine()}
   * @param sentenceCount input lines that made the message, as {@link Reception#sentenceCount()}
   * @param receivedAt_epochMs the receive time in milliseconds since the epoch when {@code
   *     hasReceivedAt}: exactly {@code Reception.receivedAt().get().toEpochMilli()}; 0 otherwise
   * @param hasReceivedAt whether there is a receive time ({@code Reception.receivedAt()} present)
   */
  void onPosition(
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
      boolean hasReceivedAt);

  /**
   * Whether {@link AisReader} should use {@link #onPosition}; when {@code false} every message goes
   * to {@link #onMessage} (decorators such as {@link AisStats} answer for their delegate).
   */
  default boolean wantsPositionFields() {
    return true;
  }

  /**
   * Never called for the position types while {@link #wantsPositionFields()} is true; called for
   * every other message.
   */
  @Override
  void onMessage(AisMessage message, Reception reception);
}
