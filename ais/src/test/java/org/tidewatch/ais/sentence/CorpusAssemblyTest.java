package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.assemble;
import static org.tidewatch.ais.sentence.SentenceTestSupport.corpus;
import static org.tidewatch.ais.sentence.SentenceTestSupport.corpusFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.sentence.SentenceTestSupport.RecordingSink;

/** The sentence layer (parsing and multipart assembly, no decoding) on the whole AIS corpus. */
class CorpusAssemblyTest {
  private static final AisReaderOptions DEFAULTS = AisReaderOptions.defaults();

  @Test
  void everyCorpusFileIsAccountedLineByLine() throws IOException {
    Path dir = corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p ->
                      !p.toString()
                          .matches(
                              ".*(\\.chk|\\.json|\\.jsonl\\.gz|README\\.md|LICENSE|SHA256SUMS)$"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      RecordingSink sink = assemble(f, DEFAULTS, false);
      assertThat(sink.accounted()).as("lines of %s", f).isEqualTo(sink.linesRead);
    }
  }

  @Test
  void aishubSampleGives82753PayloadsFrom85182Sentences() {
    RecordingSink s = assemble(corpusFile("gpsd-aishub/ais-nmea-sample.log"), DEFAULTS, false);
    // 8 single-sentence type 6 payloads declare 6 fill bits (IEC 61162-1 allows 0-5); taken as
    // gpsd takes them
    assertThat(s.payloadCount).isEqualTo(82_753);
    assertThat(s.rejected(RejectReason.BAD_FILL_BITS)).isZero();
    assertThat(s.payloadLines).isEqualTo(85_182);
    assertThat(s.nonAis(NonAisKind.COMMENT)).isEqualTo(5);
    assertThat(s.linesRead).isEqualTo(85_187);
  }

  @Test
  void pyaisSampleHas20OrphanFirstFragmentsAndEmptyPayloads() {
    RecordingSink s = assemble(corpusFile("pyais/nmea_data_sample.txt"), DEFAULTS, false);
    assertThat(s.rejections(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(20);
    assertThat(s.rejected(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(20);
    assertThat(s.rejected(RejectReason.EMPTY_PAYLOAD)).isEqualTo(100);
    assertThat(s.payloadCount).isEqualTo(778); // = gpsd 3.22 decoded objects for this file
  }

  @Test
  void aislib250Has8DanglingFirstFragments() {
    RecordingSink s = assemble(corpusFile("aislib/ais250.txt"), DEFAULTS, false);
    assertThat(s.rejections(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(8);
    assertThat(s.payloadCount).isEqualTo(235);
  }

  @Test
  void amsaFeedChecksumFailuresAndTruncatedLines() {
    Path f = corpusFile("amsa-risky/ais.txt.gz");
    RecordingSink s = assemble(f, DEFAULTS, false);
    // 3 VDM/VDO sentences with a wrong checksum, 13 truncated ones without any checksum, and
    // 4 first fragments whose second never came (the corpus README counts "9 bad checksums"
    // with another rule)
    assertThat(s.rejected(RejectReason.BAD_CHECKSUM)).isEqualTo(3);
    assertThat(s.rejected(RejectReason.MALFORMED_SENTENCE)).isEqualTo(13);
    assertThat(s.rejected(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(4);
    assertThat(s.nonAis(NonAisKind.OTHER_NMEA)).isEqualTo(10_632);
    assertThat(s.linesRead).isEqualTo(44_687);

    RecordingSink lenient = assemble(f, DEFAULTS.withAcceptBadChecksums(true), true);
    assertThat(lenient.rejected(RejectReason.BAD_CHECKSUM)).isZero();
    assertThat(lenient.payloadCount).isEqualTo(s.payloadCount + 2);
    assertThat(lenient.rejected(RejectReason.MALFORMED_SENTENCE))
        .isEqualTo(14); // two sentences run together
    assertThat(lenient.receptions).filteredOn(r -> !r.checksumValid()).hasSize(2);
  }

  @Test
  void exactEarthFilesCarryReceiverTimes() {
    RecordingSink s =
        assemble(corpusFile("amsa-risky/exact-earth-augmented-3.txt"), DEFAULTS, true);
    assertThat(s.rejections(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(4);
    assertThat(s.receptions)
        .allSatisfy(
            r ->
                assertThat(r.receivedAtSource())
                    .isIn(
                        Reception.TimeSource.RECEIVER_HEADER, Reception.TimeSource.TRAILING_FIELD));

    RecordingSink tagged =
        assemble(corpusFile("amsa-risky/exact-earth-with-tag-block.txt"), DEFAULTS, true);
    assertThat(tagged.payloadCount).isEqualTo(200);
    assertThat(tagged.rejections).isEmpty();
    assertThat(tagged.receptions)
        .filteredOn(r -> r.sentenceCount() == 2)
        .hasSize(21)
        .allSatisfy(r -> assertThat(r.group()).isPresent());
    assertThat(tagged.receptions)
        .allSatisfy(
            r -> assertThat(r.receivedAtSource()).isEqualTo(Reception.TimeSource.TAG_BLOCK));
  }

  @Test
  void tagBlocksWithWrongChecksumsAreAcceptedUnlessStrict() {
    Path f = corpusFile("amsa-risky/nmea-timestamped.txt");
    RecordingSink lenient = assemble(f, DEFAULTS, true);
    assertThat(lenient.payloadCount).isEqualTo(100);
    assertThat(lenient.receptions.get(0).receivedAt())
        .hasValue(java.time.Instant.ofEpochSecond(1_420_030_798L));
    RecordingSink strict = assemble(f, DEFAULTS.withStrictTagBlockChecksum(true), false);
    assertThat(strict.rejected(RejectReason.MALFORMED_TAG_BLOCK)).isEqualTo(100);
  }

  @Test
  void gatehouseHeadersTimeTheNextSentence() {
    RecordingSink s = assemble(corpusFile("aislib/stream_example.txt"), DEFAULTS, true);
    // 4,033 messages as counted by the corpus README plus 18 with the null talker "--"
    assertThat(s.payloadCount).isEqualTo(4_051);
    assertThat(s.nonAis(NonAisKind.RECEIVER_HEADER)).isEqualTo(4_051);
    assertThat(s.receptions.get(0).receivedAt())
        .hasValue(java.time.Instant.parse("2010-06-11T11:46:11.390Z"));
    assertThat(s.receptions.get(0).receivedAtSource())
        .isEqualTo(Reception.TimeSource.RECEIVER_HEADER);
  }
}
