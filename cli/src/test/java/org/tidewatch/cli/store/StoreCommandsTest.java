package org.tidewatch.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.cli.UserError;
import picocli.CommandLine;

/** The store commands, run in-process on their own (the root command registers them). */
class StoreCommandsTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // as the root command's handler does: user errors print their message, no stack trace
    cl.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          if (e instanceof UserError) {
            c.getErr().println("tidewatch: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path csv() throws IOException {
    Path f = tmp.resolve("mc.csv");
    Files.writeString(
        f,
        "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,"
            + "Length,Width,Draft,Cargo,TransceiverClass\n"
            + "636021061,2023-01-11T00:00:00,26.09241,-80.04806,8.8,272.7,270,MSC NAISHA III,"
            + "IMO9307839,5LCB4,70,0,208,30,8.0,70,A\n"
            + "636021061,2023-01-11T00:10:00,26.09250,-80.07120,8.9,272.5,270,MSC NAISHA III,"
            + "IMO9307839,5LCB4,70,0,208,30,8.0,70,A\n"
            + "636021061,2023-01-11T00:20:00,96.0,-80.09,8.9,272.5,270,MSC NAISHA III,"
            + "IMO9307839,5LCB4,70,0,208,30,8.0,70,A\n"
            + "367752440,2023-01-11T00:00:03,43.07917,-70.75733,0.0,360.0,511,SAN JOSE,,"
            + "WDI9818,31,0,,,,52,A\n");
    return f;
  }

  @Test
  void ingest_vessels_track_export() throws IOException {
    Path data = tmp.resolve("data");
    String d = data.toString();
    Run r = run(new IngestCommand(), "ais", "--data", d, "--no-progress", csv().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 positions").contains("1 bad rows").contains(":4: impossible");

    Run again = run(new IngestCommand(), "ais", "--data", d, "--no-progress", csv().toString());
    assertThat(again.out()).contains("already ingested");

    Run v = run(new VesselsCommand(), "--data", d, "--name", "naisha", "--history");
    assertThat(v.code()).isZero();
    assertThat(v.out()).contains("636021061").contains("9307839").contains("LR").contains("NAME");

    Run t = run(new TrackCommand(), "--data", d, "636021061", "--from", "2023-01-11");
    assertThat(t.out().lines().count()).isEqualTo(3);

    for (String fmt : new String[] {"csv", "geojson", "kml", "parquet"}) {
      Path out = tmp.resolve("tracks." + fmt);
      Run e =
          run(new ExportCommand(), "tracks", "--data", d, "--format", fmt, "-o", out.toString());
      assertThat(e.code()).as(fmt + e.err()).isZero();
      assertThat(Files.size(out)).isPositive();
    }
    assertThat(Files.readString(tmp.resolve("tracks.geojson")))
        .contains("\"LineString\"")
        .contains("[-80.04806,26.09241]");
    assertThat(Files.readString(tmp.resolve("tracks.kml"))).contains("<coordinates>");

    Run info = run(new StoreCommand(), "info", "--data", d);
    assertThat(info.code()).as(info.err()).isZero();
    assertThat(info.out())
        .contains("positions        3 (2023-01-11T00:00:00Z to 2023-01-11T00:10:00Z)")
        .contains("appended since 3")
        .contains("vessels (MMSIs)  2")
        .contains("bad rows         1")
        .contains("ingest runs      2")
        .doesNotContain("interrupted:");
    Run opt = run(new StoreCommand(), "optimize", "--data", d);
    assertThat(opt.code()).as(opt.err()).isZero();
    assertThat(opt.out())
        .contains("rewrote 3 positions in vessel order")
        .contains("tail 3 -> 0")
        .contains("compacted the database file");
    assertThat(run(new StoreCommand(), "info", "--data", d).out())
        .contains("in vessel order 3; appended since 0");
    assertThat(run(new TrackCommand(), "--data", d, "636021061", "--from", "2023-01-11").out())
        .isEqualTo(t.out()); // the same answer after the rewrite
  }

  @Test
  void userErrors_areReportedClearly() {
    Run r = run(new TrackCommand(), "--data", tmp.resolve("none").toString(), "1");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("no tidewatch data");
    Run bad =
        run(
            new IngestCommand(),
            "ais",
            "--data",
            tmp.toString(),
            "--time-from",
            "yesterday",
            "x.nmea");
    assertThat(bad.err()).contains("--time-from");
  }
}
