package org.tidewatch.ais.sentence;

/** Kinds of input lines that are not AIS sentences; they are counted, not rejected. */
public enum NonAisKind {
  BLANK,
  COMMENT,
  /** Proprietary receiver header lines such as Gatehouse {@code $PGHP}. */
  RECEIVER_HEADER,
  /** Other NMEA sentences ({@code $GPRMC}, {@code $BSALR}, ...). */
  OTHER_NMEA,
  /** Anything else. */
  OTHER
}
