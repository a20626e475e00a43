package org.tidewatch.ais.message.asm;

/**
 * PLACEHOLDER (being replaced by the binary-application work): the decoded content of a binary
 * application message (type 6 or 8) identified by its DAC and FI.
 */
public interface ApplicationPayload {
  /** Designated area code. */
  int dac();

  /** Function identifier. */
  int fi();
}
