package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.corpusFile;
import static org.tidewatch.ais.sentence.SentenceTestSupport.nmea;
import static org.tidewatch.ais.sentence.SentenceTestSupport.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.message.AisMessage;

/** End-to-end: sentence layer plus the real message decoder. */
class AisReaderTest {
  /** Records everything, in order. */
  static final class Recorder implements AisListener {
    final List<AisMessage> messages = new ArrayList<>();
    final List<Reception> receptions = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<NonAisKind> nonAis = new ArrayList<>();

    @Override
    public void onMessage(AisMessage message, Reception reception) {
      messages.add(message);
      receptions.add(reception);
    }

    @Override
    public void onRejected(Rejection rejection) {
      rejections.add(rejection);
    }

    @Override
    public void onNonAis(NonAisKind kind, long lineNumber) {
      nonAis.add(kind);
    }
  }

  private static Recorder read(String text, AisReaderOptions options) throws IOException {
    Recorder rec = new Recorder();
    AisStats stats = new AisStats(rec);
    AisReader reader = new AisReader(options, stats);
    reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "test");
    stats.checkBalanced(reader.linesRead());
    return rec;
  }

  @Test
  void aishubSampleEndToEndAccounting() throws IOException {
    AisStats stats = new AisStats();
    AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
    reader.read(corpusFile("gpsd-aishub/ais-nmea-sample.log"));
    assertThat(reader.linesRead()).isEqualTo(85_187);
    stats.checkBalanced(reader.linesRead());
    assertThat(stats.messageLines() + stats.rejectedLines()).isEqualTo(85_182);
    // each of the 82,753 messages of the file is decoded or rejected once
    assertThat(stats.messages() + stats.rejections()).isEqualTo(82_753);
    // all 82,753 decode, as with gpsd: the 8 type 6 sentences declaring 6 fill bits included
    assertThat(stats.messages()).isEqualTo(82_753);
    assertThat(stats.rejections()).isZero();
    assertThat(stats.messages(1)).isGreaterThan(61_000);
    assertThat(stats.table()).contains("message type 1", "total lines");
  }

  @Test
  void everyCorpusFileBalancesEndToEnd() throws IOException {
    for (String f :
        List.of(
            "amsa-risky/ais.txt.gz",
            "aislib/stream_example.txt",
            "amsa-risky/exact-earth-augmented.txt",
            "pyais/nmea_data_sample.txt",
            "libais/test.aivdm",
            "gpsd/sample.aivdm",
            "pyais/sample.ais",
            "aislib/small_cb_example.txt")) {
      AisStats stats = new AisStats();
      AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
      reader.read(corpusFile(f));
      assertThat(stats.isBalanced(reader.linesRead())).as(f + "\n" + stats.table()).isTrue();
    }
  }

  @Test
  void libaisTagBlockExpectations() throws IOException {
    Recorder rec = new Recorder();
    new AisReader(AisReaderOptions.defaults(), rec).read(corpusFile("libais/tagblock.nmea"));
    List<JsonNode> expected = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpusFile("libais/tagblock.json"))) {
      if (!line.isBlank()) {
        expected.add(json.readTree(line));
      }
    }
    assertThat(rec.messages).hasSize(expected.size()).hasSize(4);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode e = expected.get(i);
      Reception r = rec.receptions.get(i);
      assertThat(rec.messages.get(i).mmsi()).isEqualTo(e.get("mmsi").asInt());
      assertThat(rec.messages.get(i).messageType()).isEqualTo(e.get("type").asInt());
      assertThat(r.station()).hasValue(e.get("tagblock_station").asText());
      assertThat(r.receivedAt()).hasValue(Instant.parse(e.get("tagblock_timestamp").asText()));
      if (e.has("tagblock_group")) {
        JsonNode g = e.get("tagblock_group");
        assertThat(r.group())
            .hasValue(
                new Reception.TagGroup(
                    g.get("sentence").asInt(), g.get("groupsize").asInt(), g.get("id").asLong()));
        assertThat(r.sentenceCount()).isEqualTo(2);
      } else {
        assertThat(r.group()).isEmpty();
      }
    }
  }

  @Test
  void uscgTrailingMetadataGivesTimeAndStation() throws IOException {
    Recorder rec = new Recorder();
    new AisReader(AisReaderOptions.defaults(), rec).read(corpusFile("libais/typeexamples.nmea"));
    assertThat(rec.receptions).isNotEmpty();
    Reception first = rec.receptions.get(0);
    assertThat(first.receivedAt()).hasValue(Instant.ofEpochSecond(1_325_394_060L));
    assertThat(first.receivedAtSource()).isEqualTo(Reception.TimeSource.TRAILING_FIELD);
    assertThat(first.station()).hasValue("r003669946");
  }

  @Test
  void aislibCommentBlocksHeadersAndChannels() throws IOException {
    Recorder rec = new Recorder();
    AisStats stats = new AisStats(rec);
    AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
    reader.read(corpusFile("aislib/small_cb_example.txt"));
    stats.checkBalanced(reader.linesRead());
    // line 4: "\s:b:2,c:1364272372*57\" (value with a colon), channel C
    Reception cb =
        rec.receptions.stream().filter(r -> r.firstLine() == 4).findFirst().orElseThrow();
    assertThat(cb.channel()).isEqualTo('C');
    assertThat(cb.station()).hasValue("b:2");
    assertThat(cb.receivedAt()).hasValue(Instant.ofEpochSecond(1_364_272_372L));
    // line 6: an empty key "\:,c:...\" is ignored
    Reception empty =
        rec.receptions.stream().filter(r -> r.firstLine() == 6).findFirst().orElseThrow();
    assertThat(empty.receivedAt()).hasValue(Instant.ofEpochSecond(1_364_272_372L));
    // lines 13-14: "\1G2:0125,c:...\" NMEA 4.0 group syntax
    Reception g =
        rec.receptions.stream().filter(r -> r.firstLine() == 13).findFirst().orElseThrow();
    assertThat(g.group()).hasValue(new Reception.TagGroup(1, 2, 125));
    assertThat(g.sentenceCount()).isEqualTo(2);
    // line 15 is a tag block alone on its line: its time applies to line 16
    Reception next =
        rec.receptions.stream().filter(r -> r.firstLine() == 16).findFirst().orElseThrow();
    assertThat(next.receivedAt()).hasValue(Instant.ofEpochSecond(1_354_719_388L));
    assertThat(next.talker()).isEqualTo("BS");
  }

  @Test
  void gzipIsRecognisedByMagicBytesNotName(@TempDir Path dir) throws IOException {
    Path gz = corpusFile("amsa-risky/ais.txt.gz");
    Path renamed = dir.resolve("feed.nmea");
    Files.copy(gz, renamed);
    AisStats a = new AisStats();
    AisReader ra = new AisReader(AisReaderOptions.defaults(), a);
    ra.read(renamed);
    assertThat(ra.linesRead()).isEqualTo(44_687);
    Path plain = dir.resolve("plain.gz");
    Files.writeString(plain, nmea("AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0") + "\n");
    AisStats b = new AisStats();
    AisReader rb = new AisReader(AisReaderOptions.defaults(), b);
    rb.read(plain);
    assertThat(b.messages()).isEqualTo(1);
  }

  @Test
  void linesCrLfLastLineWithoutNewlineAndOverlongLines() throws IOException {
    String good = nmea("AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0");
    String text =
        good + "\r\n" + "#" + "x".repeat(10_000) + "\n" + "y".repeat(9_000) + "\r\n" + good;
    Recorder rec = read(text, AisReaderOptions.defaults());
    assertThat(rec.messages).hasSize(2);
    assertThat(rec.receptions.get(1).firstLine()).isEqualTo(4);
    assertThat(rec.nonAis).containsExactly(NonAisKind.COMMENT);
    assertThat(rec.rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_SENTENCE));
  }

  @Test
  void acceptFeedsLinesOneByOneAndFinishExpiresOrphans() {
    Recorder rec = new Recorder();
    AisStats stats = new AisStats(rec);
    AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
    reader.beginSource("live");
    byte[] first =
        nmea("AIVDM,2,1,3,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0")
            .getBytes(StandardCharsets.US_ASCII);
    reader.accept(first, 0, first.length);
    assertThat(rec.rejections).isEmpty();
    reader.finish();
    assertThat(rec.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.ORPHAN_FRAGMENT);
              assertThat(r.source()).isEqualTo("live");
            });
    stats.checkBalanced(reader.linesRead());
  }

  @Test
  void decoderDefectsBecomeRejections() throws IOException {
    AisStats stats = new AisStats();
    AisReader reader =
        new AisReader(
            AisReaderOptions.defaults(),
            stats,
            (b, off, len, fill) -> {
              throw new IllegalStateException("boom");
            });
    String text = nmea("AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0") + "\n";
    reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "x");
    assertThat(stats.rejectedLines()).isEqualTo(1);
    stats.checkBalanced(reader.linesRead());
  }

  @Test
  void anyTalkerDollarStartAndVdo() throws IOException {
    String payload = "13HOI:0P0000VOHLCnHQKwvL05Ip";
    String text =
        String.join(
            "\n",
            nmea("BSVDM,1,1,,B," + payload + ",0"),
            "$" + nmea("SAVDO,1,1,,," + payload + ",0").substring(1),
            tag("c:1565218798123") + nmea("ABVDM,1,1,,2," + payload + ",0"),
            "$GPRMC,213950.00,A,5250.53669,N,00542.34920,E,0.020,,070420,,,A*7D",
            "!AIPWR,UNIT=0,POWER=1*05",
            "garbage");
    Recorder rec = read(text, AisReaderOptions.defaults());
    assertThat(rec.receptions).extracting(Reception::talker).containsExactly("BS", "SA", "AB");
    assertThat(rec.receptions).extracting(Reception::own).containsExactly(false, true, false);
    assertThat(rec.receptions).extracting(Reception::channel).containsExactly('B', '\0', '2');
    assertThat(rec.receptions.get(2).receivedAt())
        .hasValue(Instant.ofEpochMilli(1_565_218_798_123L));
    assertThat(rec.nonAis)
        .containsExactly(NonAisKind.OTHER_NMEA, NonAisKind.OTHER_NMEA, NonAisKind.OTHER);
  }

  @Test
  void badChecksumRejectedWithDetailOrAcceptedOnRequest() throws IOException {
    String bad = "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24";
    Recorder strict = read(bad, AisReaderOptions.defaults());
    assertThat(strict.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.BAD_CHECKSUM);
              assertThat(r.detail()).contains("*24", "23");
            });
    Recorder lenient = read(bad, AisReaderOptions.defaults().withAcceptBadChecksums(true));
    assertThat(lenient.receptions)
        .singleElement()
        .satisfies(r -> assertThat(r.checksumValid()).isFalse());
  }

  @Test
  void openHandlesPlainStreams(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x");
    Files.write(f, new byte[] {0x1f});
    try (InputStream in = AisReader.open(f)) {
      assertThat(in.read()).isEqualTo(0x1f);
    }
  }
}
