package org.tidewatch.ais.sentence;

import org.tidewatch.ais.message.AisMessage;

/**
 * Receives everything {@link AisReader} makes of its input, in input order. Every input line is
 * reported exactly once: as one of the {@link Reception#sentenceCount()} lines of a decoded
 * message, in a {@link Rejection}, or as a non-AIS line.
 */
public interface AisListener {
  /** A decoded message and how it was received. */
  void onMessage(AisMessage message, Reception reception);

  /** Lines that did not give a message, with the reason. */
  void onRejected(Rejection rejection);

  /** A line that is not an AIS sentence (comment, blank, other NMEA, receiver header). */
  default void onNonAis(NonAisKind kind, long lineNumber) {}
}
