package org.tidewatch.cli.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.cli.TidewatchCommand;
import picocli.CommandLine;

class DetectionCommandsTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = TidewatchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    // "detection" is mounted under "evaluate" in the tidewatch root command
    String[] full =
        args[0].equals("detection")
            ? java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("evaluate"), java.util.Arrays.stream(args))
                .toArray(String[]::new)
            : args;
    int code = cl.execute(full);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void withoutData_userErrors(@TempDir Path dir) {
    Run d = run("detect", "--data", dir.toString());
    assertThat(d.code()).isEqualTo(2);
    assertThat(d.err()).contains("no tidewatch data");
    Run e = run("events", "--data", dir.toString());
    assertThat(e.code()).isEqualTo(2);
    assertThat(e.err()).contains("run: tidewatch detect");
    Run v = run("detection");
    assertThat(v.code()).isEqualTo(2);
    assertThat(v.err()).contains("--truth");
  }

  @Test
  void evaluateSimulation_printsTableAndJson(@TempDir Path dir) throws Exception {
    Path sim = Files.createDirectories(dir.resolve("sim"));
    StringBuilder csv =
        new StringBuilder(
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,"
                + "Length,Width,Draft,Cargo,TransceiverClass\n");
    for (int i = 0; i < 200; i++) {
      long s = i * 300L;
      String t = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(s).toString();
      double lon = i < 40 ? 125.0 + 0.01 * i : 125.4;
      csv.append(
          String.format(
              java.util.Locale.ROOT,
              "445000001,%s,38.7167,%.5f,%.1f,90,90,CALLER,IMO9015852,HMCA,80,0,100,16,4.0,80,A%n",
              t.length() == 16 ? t + ":00" : t,
              lon,
              i < 40 ? 5.0 : 0.0));
    }
    Files.writeString(sim.resolve("ais.csv"), csv);
    Files.writeString(
        sim.resolve("truth.json"),
        """
        {"schema":"tidewatch-sim-truth/1","seed":1,"start":"2024-01-01T00:00:00Z",
         "end":"2024-01-02T00:00:00Z","operations":[{"id":"OP-1","type":"DIRECT_RUN","evasion":true,
         "vessels":[],"start":"2024-01-01T03:00:00Z","end":"2024-01-01T16:00:00Z","volume":null,
         "events":[{"type":"PORT_CALL_DISCHARGE","mmsi":[445000001],"imo":[],
         "start":"2024-01-01T03:30:00Z","end":"2024-01-01T16:00:00Z","lat":38.716667,"lon":125.4,
         "port":"NAMPO","ais":"VISIBLE","distance_m":"NaN","speed_kn":"NaN","detail":""}]}]}
        """);
    Path json = dir.resolve("scores.json");
    Run r = run("detection", "--sim", sim.toString(), "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("port calls at ports of interest");
    assertThat(Files.readString(json)).contains("\"type\":\"port calls at ports of interest\"");
    assertThat(Files.readString(json)).contains("\"recall\":1");
  }
}
