package org.tidewatch.ais;

/**
 * Why an input line (or a group of fragment lines) did not become a decoded AIS message.
 *
 * <p>Every input line ends up in exactly one bucket: part of a decoded message (counted by message
 * type), rejected for one of these reasons, or not AIS at all (see {@code NonAisKind}). The counts
 * add up to the lines read; {@code tidewatch decode --stats} prints them.
 */
public enum RejectReason {
  /** The NMEA checksum after {@code *} does not match the XOR of the sentence body. */
  BAD_CHECKSUM("checksum mismatch"),
  /** A line that starts like an AIS sentence but lacks fields, has a bad field or no checksum. */
  MALFORMED_SENTENCE("malformed sentence"),
  /** A {@code \...\} tag block that cannot be parsed. */
  MALFORMED_TAG_BLOCK("malformed tag block"),
  /** Fragment count 0, fragment number 0 or above the count, or more than 9 fragments. */
  BAD_FRAGMENT_NUMBER("bad fragment number"),
  /** A fragment that arrived out of order, or a duplicate fragment number, breaking its group. */
  FRAGMENT_OUT_OF_SEQUENCE("fragment out of sequence"),
  /** Fragments of a multipart message that never completed (expired or left at end of input). */
  ORPHAN_FRAGMENT("orphan fragment"),
  /** An empty payload field. */
  EMPTY_PAYLOAD("empty payload"),
  /** A payload character outside the six-bit armouring alphabet. */
  BAD_PAYLOAD_CHARACTER("bad payload character"),
  /** The fill-bit field is not a digit from 0 to 5. */
  BAD_FILL_BITS("bad fill bits"),
  /** Message type 0 or above 27. */
  UNKNOWN_MESSAGE_TYPE("unknown message type"),
  /**
   * A field that selects the message layout holds a value the standard leaves undefined (message 24
   * part number 2 or 3), so the rest cannot be read.
   */
  UNDEFINED_VARIANT("undefined message variant"),
  /** Fewer bits than the shortest decodable form of the message type. */
  TOO_SHORT("payload too short"),
  /**
   * The message decoder failed on this payload: a defect in tidewatch, never a property of the
   * input. Counted so the stream goes on; please report it with the line.
   */
  DECODER_FAILURE("decoder failure (a tidewatch defect)");

  private final String label;

  RejectReason(String label) {
    this.label = label;
  }

  /** A short human-readable label, used in statistics and error reports. */
  public String label() {
    return label;
  }
}
