package org.tidewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.AisStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch demo}: the main job on bundled data. Today it decodes the bundled AIS samples
 * and prints their statistics; it grows with each capability (store, simulator, detectors, ledger,
 * workspace).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the tidewatch pipeline on bundled sample data and print what it found.")
public final class DemoCommand implements Callable<Integer> {
  /** Bundled samples (see NOTICE for their sources and licences). */
  static final String[][] SAMPLES = {
    {"sample.aivdm", "gpsd's hand-checked AIVDM regression load, all 27 message types (BSD-2)"},
    {
      "Ais1000Lines.nm4",
      "Norwegian Coastal Administration open feed, 1,000 tag-blocked lines (NLOD 2.0)"
    }
  };

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.println("tidewatch demo: decoding the bundled AIS samples");
    long totalLines = 0;
    long totalMessages = 0;
    for (String[] sample : SAMPLES) {
      AisStats stats = new AisStats();
      AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
      try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + sample[0])) {
        if (in == null) {
          throw new IllegalStateException("bundled sample missing from the build: " + sample[0]);
        }
        reader.read(in, sample[0]);
      }
      reader.finish();
      stats.checkBalanced(reader.linesRead());
      out.println();
      out.printf("== %s: %s%n", sample[0], sample[1]);
      out.print(stats.table());
      totalLines += reader.linesRead();
      totalMessages += stats.messages();
    }
    out.println();
    out.printf(
        "decoded %,d messages from %,d lines; every line accounted for.%n",
        totalMessages, totalLines);
    out.flush();
    return 0;
  }
}
