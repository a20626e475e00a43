package org.tidewatch.ais.message;

/**
 * PLACEHOLDER (being replaced by the message-decoding work): one decoded ITU-R M.1371 message. Will
 * become a sealed interface over one record per message type.
 */
public interface AisMessage {
  /** Message type, 1 to 27. */
  int messageType();

  /** Repeat indicator, 0 to 3. */
  int repeatIndicator();

  /** The sender's MMSI (30-bit user ID), as transmitted. */
  int mmsi();
}
