package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.corpusFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Decoding streams in constant memory: a child JVM with a 32 MB heap decodes the AISHub sample
 * replayed 40 times (about 166 MB, 3.3 M messages) from a generated stream. Any per-message
 * retention would exhaust that heap long before the end.
 */
class StreamingMemoryTest {
  static final int COPIES = 40;

  @Test
  void decodesFarMoreThanItsHeapInConstantMemory() throws Exception {
    Path sample = corpusFile("gpsd-aishub/ais-nmea-sample.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-Xmx32m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Child.class.getName());
    cmd.add(sample.toString());
    cmd.add(Integer.toString(COPIES));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    // 82,753 messages per copy, all decoded; the lines balance
    assertThat(output.strip()).isEqualTo("messages=" + 82_753L * COPIES + " balanced=true");
  }

  /** The child process: replays a file N times through one AisReader. */
  public static final class Child {
    public static void main(String[] args) throws IOException {
      byte[] bytes = Files.readAllBytes(Path.of(args[0]));
      int copies = Integer.parseInt(args[1]);
      AisStats stats = new AisStats();
      AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
      reader.read(new Replay(bytes, copies), "replay");
      System.out.println(
          "messages=" + stats.messages() + " balanced=" + stats.isBalanced(reader.linesRead()));
    }
  }

  /** An input stream that yields the same bytes {@code copies} times without holding copies. */
  static final class Replay extends InputStream {
    private final byte[] bytes;
    private int copiesLeft;
    private int pos;

    Replay(byte[] bytes, int copies) {
      this.bytes = bytes;
      this.copiesLeft = copies;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (copiesLeft == 0) {
        return -1;
      }
      int n = Math.min(len, bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      if (pos == bytes.length) {
        pos = 0;
        copiesLeft--;
      }
      return n;
    }
  }
}
