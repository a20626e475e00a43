package org.tidewatch.engine.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Where the end-to-end ingest time goes (not a test; run by hand): reading + decoding an NMEA file
 * into records with no store behind it, repeated. Arguments: NMEA file, repetitions.
 */
public final class IngestPhases {
  private IngestPhases() {}

  public static void main(String[] args) throws Exception {
    Path nmea = Path.of(args[0]);
    int reps = Integer.parseInt(args[1]);
    for (int k = 0; k < reps; k++) {
      long[] n = new long[3];
      List<Position> keep = new ArrayList<>();
      RecordSink sink =
          new RecordSink() {
            @Override
            public void position(Position p) {
              n[0]++;
              if (keep.size() < 100_000) {
                keep.add(p);
              } else {
                keep.clear();
              }
            }

            @Override
            public void staticReport(StaticReport s) {
              n[1]++;
            }

            @Override
            public void bad(long line, String reason) {
              n[2]++;
            }
          };
      long t0 = System.nanoTime();
      NmeaRecords records = new NmeaRecords(sink, "x", 1, Releasability.UNMARKED, Optional.empty());
      AisReader reader = new AisReader(AisReaderOptions.defaults(), records);
      try (InputStream in = Files.newInputStream(nmea)) {
        reader.read(in, "x");
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "decode to records: %,d positions %,d static %,d bad in %.2f s = %,.0f positions/s%n",
          n[0], n[1], n[2], s, n[0] / s);
    }
  }
}
