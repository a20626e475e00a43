package org.tidewatch.ais.message;

import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.RejectReason;

/**
 * PLACEHOLDER (being replaced by the message-decoding work): decodes one assembled, armoured AIS
 * payload into a typed message. Reusable, not thread-safe.
 */
public final class AisMessageDecoder {
  private final BitReader bits = new BitReader();

  /**
   * Decodes a complete payload (all fragments concatenated).
   *
   * @throws AisDecodeException with the reason when the payload cannot be decoded
   */
  public AisMessage decode(byte[] armoured, int offset, int length, int fillBits)
      throws AisDecodeException {
    bits.reset(armoured, offset, length, fillBits);
    throw new AisDecodeException(RejectReason.UNKNOWN_MESSAGE_TYPE, "not implemented yet");
  }
}
