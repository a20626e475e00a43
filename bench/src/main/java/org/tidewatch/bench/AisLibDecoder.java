package org.tidewatch.bench;

import dk.dma.ais.message.AisMessage;
import dk.dma.ais.sentence.Vdm;

/**
 * DMA AisLib 2.8.5 used the way its own examples do: one {@link Vdm} per message, {@code parse} per
 * line until it returns 0, then {@link AisMessage#getInstance}. Lines AisLib cannot parse (non-VDM,
 * bad checksum, bad payload) are counted as rejected.
 */
final class AisLibDecoder {
  private Vdm vdm = new Vdm();
  long messages;
  long rejected;
  long typeSum;

  void line(String line) {
    try {
      int r = vdm.parse(line);
      if (r == 0) {
        AisMessage m = AisMessage.getInstance(vdm);
        messages++;
        typeSum += m.getMsgId();
        vdm = new Vdm();
      }
    } catch (Exception e) {
      rejected++;
      vdm = new Vdm();
    }
  }
}
