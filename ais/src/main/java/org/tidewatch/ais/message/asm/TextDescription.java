package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * Text description, IMO SN.1/Circ.289 section 9: type 6, DAC 1, FI 30 (addressed) or type 8, DAC 1,
 * FI 29 (broadcast). A message linkage ID followed by six-bit text up to the end of the message.
 *
 * @param messageType 6 or 8
 * @param linkageId message linkage ID (10 bits)
 * @param text the text, ending at the first {@code @} and without trailing spaces
 */
public record TextDescription(int messageType, int linkageId, String text)
    implements ApplicationPayload {

  static TextDescription decode(int messageType, BitReader b, int dataStart) {
    return new TextDescription(
        messageType, b.uint(dataStart, 10), AsmBits.textToEnd(b, dataStart + 10));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return messageType == 6 ? 30 : 29;
  }
}
