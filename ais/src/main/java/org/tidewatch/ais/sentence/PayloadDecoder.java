package org.tidewatch.ais.sentence;

import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.message.AisMessage;

/** The message-decoding step as seen by {@link AisReader} (a seam for tests). */
@FunctionalInterface
interface PayloadDecoder {
  AisMessage decode(byte[] armoured, int offset, int length, int fillBits)
      throws AisDecodeException;
}
