package org.tidewatch.ais.gpsd;

import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.StaticDataReportA;
import org.tidewatch.ais.message.StaticDataReportB;

/**
 * Emulates {@code gpsdecode}'s output stream over a sequence of decoded messages: which records are
 * written, not only how. gpsd keeps one message-24 context per radio channel (A or {@code 1}, B or
 * {@code 2}); a part B whose MMSI matches a queued part A is written as one merged record. Without
 * {@code -s} ({@code split = false}) a part A is held back and a part B without its part A is not
 * written; with {@code -s} every part A is written too. Not thread-safe.
 */
public final class GpsdStream {
  private final GpsdJsonWriter writer;
  private final boolean split;
  private final GpsdType24Queue[] queues = {new GpsdType24Queue(), new GpsdType24Queue()};

  /**
   * @param writer the record writer (device, scaled or not, gpsd flavour)
   * @param split {@code true} for {@code gpsdecode -s}
   */
  public GpsdStream(GpsdJsonWriter writer, boolean split) {
    this.writer = writer;
    this.split = split;
  }

  /**
   * Appends the record gpsd would write for {@code m}, received on {@code channel}, to {@code out}.
   *
   * @return {@code true} when a record was written, {@code false} when gpsd writes nothing
   */
  public boolean write(AisMessage m, char channel, StringBuilder out) {
    GpsdType24Queue queue = queues[channel == 'B' || channel == '2' ? 1 : 0];
    if (m instanceof StaticDataReportA a) {
      queue.add(a);
      if (!split) {
        return false;
      }
      writer.write(a, out);
      return true;
    }
    if (m instanceof StaticDataReportB b) {
      String shipName = queue.match(b);
      if (shipName != null) {
        writer.writeMerged24(shipName, b, out);
        return true;
      }
      if (!split) {
        return false;
      }
    }
    writer.write(m, out);
    return true;
  }
}
