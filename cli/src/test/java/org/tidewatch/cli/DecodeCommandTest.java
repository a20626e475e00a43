package org.tidewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {
  @Test
  void gpsdFormat_isByteIdenticalToGpsdecodeScaled() throws IOException {
    Path input = CliTestSupport.corpus("ais/gpsd/sample.aivdm");
    byte[] expected = Files.readAllBytes(CliTestSupport.corpus("ais/gpsd/sample.aivdm.js.chk"));
    CliTestSupport.Run run = CliTestSupport.run("decode", input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(new String(run.stdoutBytes(), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void gpsdFormatUnscaled_isByteIdenticalToGpsdecodeU() throws IOException {
    Path input = CliTestSupport.corpus("ais/gpsd/sample.aivdm");
    byte[] expected = Files.readAllBytes(CliTestSupport.corpus("ais/gpsd/sample.aivdm.ju.chk"));
    CliTestSupport.Run run = CliTestSupport.run("decode", "--unscaled", input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(new String(run.stdoutBytes(), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void stats_accountForEveryLine_ofAGzippedFile(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("feed.nmea.gz");
    String text =
        "# a comment\n"
            + "!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n"
            + "!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00Sa,0*00\n"
            + "$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76\n"
            + "!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E\n";
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
    CliTestSupport.Run run =
        CliTestSupport.run("decode", "--stats", "--format", "jsonl", gz.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1).allMatch(l -> l.contains("\"mmsi\":366053209"));
    assertThat(run.err())
        .contains("feed.nmea.gz:3: checksum mismatch")
        .contains("rejected: checksum mismatch")
        .contains("rejected: orphan fragment")
        .containsPattern("total lines\\s+5\\s+5");
  }

  @Test
  void acceptBadChecksum_decodesTheSentenceAnyway(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.nmea");
    Files.writeString(f, "!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00Sa,0*00\n");
    CliTestSupport.Run strict = CliTestSupport.run("decode", "--format", "jsonl", f.toString());
    CliTestSupport.Run lenient =
        CliTestSupport.run("decode", "--format", "jsonl", "--accept-bad-checksum", f.toString());
    assertThat(strict.out()).isEmpty();
    assertThat(lenient.out()).contains("\"mmsi\":366053209");
  }

  @Test
  void missingFile_isAClearUserError() {
    CliTestSupport.Run run = CliTestSupport.run("decode", "/no/such/file.nmea");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read input file: /no/such/file.nmea");
  }

  @Test
  void stdin_isReadWithDash() {
    java.io.InputStream old = System.in;
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              "!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n"
                  .getBytes(StandardCharsets.US_ASCII)));
      CliTestSupport.Run run = CliTestSupport.run("decode", "--unscaled", "-");
      assertThat(run.out()).startsWith("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":1");
    } finally {
      System.setIn(old);
    }
  }
}
