package org.tidewatch.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidewatch.ais.gpsd.GpsdFlavor;
import org.tidewatch.ais.gpsd.GpsdJsonWriter;
import org.tidewatch.ais.gpsd.GpsdStream;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.json.MessageJsonWriter;
import org.tidewatch.ais.sentence.AisListener;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.AisStats;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidewatch decode}: AIS NMEA to JSON, in constant memory. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {
      "Decode AIS NMEA 0183 sentences (plain or .gz files, or - for standard input).",
      "Writes one JSON object per message to standard output; rejections go to standard error"
          + " with file and line."
    })
public final class DecodeCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format {
    /** gpsdecode-compatible JSON. */
    gpsd,
    /** tidewatch's own typed model as JSON lines. */
    jsonl,
    /** no message output (with --stats: statistics only). */
    none
  }

  /** Which gpsd release's output to reproduce. */
  public enum GpsdVersion {
    current(GpsdFlavor.CURRENT),
    v3_22(GpsdFlavor.GPSD_3_22);

    final GpsdFlavor flavor;

    GpsdVersion(GpsdFlavor flavor) {
      this.flavor = flavor;
    }
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "NMEA files (.gz read), - for stdin")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "gpsd",
      description = "gpsd, jsonl or none (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--unscaled", description = "gpsd format: raw integer units, as gpsdecode -u")
  boolean unscaled;

  @Option(
      names = "--split24",
      description = "gpsd format: write message 24 part A records too, as gpsdecode -s")
  boolean split24;

  @Option(
      names = "--gpsd-version",
      defaultValue = "current",
      description = "gpsd format: reproduce 'current' gpsd or 'v3_22' (default: ${DEFAULT-VALUE})")
  GpsdVersion gpsdVersion;

  @Option(names = "--stats", description = "print counts per message type and rejection reason")
  boolean stats;

  @Option(
      names = "--accept-bad-checksum",
      description = "decode sentences whose NMEA checksum does not match (marked in jsonl)")
  boolean acceptBadChecksum;

  @Option(
      names = "--max-errors",
      defaultValue = "20",
      description =
          "rejections printed to stderr, per run (default: ${DEFAULT-VALUE}; all counted)")
  int maxErrors;

  @Override
  public Integer call() throws IOException {
    for (String f : files) {
      if (!f.equals("-") && !Files.isReadable(Path.of(f))) {
        throw new UserError("cannot read input file: " + f);
      }
    }
    PrintStream err = System.err;
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    Output sink = new Output(out, err);
    AisStats stats = new AisStats(sink);
    AisReaderOptions options =
        AisReaderOptions.defaults().withAcceptBadChecksums(acceptBadChecksum);
    AisReader reader = new AisReader(options, stats);
    for (String f : files) {
      if (f.equals("-")) {
        reader.read(System.in, "stdin");
      } else {
        reader.read(Path.of(f));
      }
    }
    reader.finish();
    out.flush();
    if (sink.printed < sink.rejected) {
      err.printf(
          "... %,d more rejections not shown (--max-errors)%n", sink.rejected - sink.printed);
    }
    if (stats.rejectedLines() > 0 && !this.stats) {
      err.printf(
          "%,d lines rejected of %,d read (use --stats for the breakdown)%n",
          stats.rejectedLines(), reader.linesRead());
    }
    if (this.stats) {
      err.print(stats.table());
      stats.checkBalanced(reader.linesRead());
    }
    return 0;
  }

  private final class Output implements AisListener {
    private final OutputStream out;
    private final PrintStream err;
    private final StringBuilder sb = new StringBuilder(512);
    private final GpsdStream gpsd;
    long rejected;
    long printed;

    Output(OutputStream out, PrintStream err) {
      this.out = out;
      this.err = err;
      String device = "stdin";
      this.gpsd =
          new GpsdStream(new GpsdJsonWriter(device, !unscaled, gpsdVersion.flavor), split24);
    }

    @Override
    public void onMessage(AisMessage message, Reception reception) {
      if (format == Format.none) {
        return;
      }
      sb.setLength(0);
      if (format == Format.gpsd) {
        if (!gpsd.write(message, reception.channel(), sb)) {
          return;
        }
        sb.append("\r\n"); // gpsd ends its JSON reports with CR LF
      } else {
        MessageJsonWriter.write(message, sb);
        sb.append('\n');
      }
      try {
        // JSON output is ASCII apart from text fields, which are six-bit ASCII too
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void onRejected(Rejection r) {
      rejected++;
      if (printed < maxErrors) {
        printed++;
        err.printf("%s:%d: %s: %s%n", r.source(), r.lineNumber(), r.reason().label(), r.detail());
      }
    }
  }
}
