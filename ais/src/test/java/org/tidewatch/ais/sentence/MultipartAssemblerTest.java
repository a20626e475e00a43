package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.assemble;
import static org.tidewatch.ais.sentence.SentenceTestSupport.nmea;
import static org.tidewatch.ais.sentence.SentenceTestSupport.tag;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.sentence.SentenceTestSupport.RecordingSink;

class MultipartAssemblerTest {
  private static String lines(String... l) {
    return String.join("\n", l) + "\n";
  }

  private static String single(int i) {
    return nmea("AIVDM,1,1,,A,1" + i + "3sVfPP00PD>hRMDH@jNOvN20S8,0");
  }

  @Test
  void joinsTwoInterleavedMessagesKeptApartBySequenceId() {
    RecordingSink s =
        assemble(
            lines(
                nmea("AIVDM,2,1,3,A,5aaa,0"),
                nmea("AIVDM,2,1,4,A,5bbb,0"),
                single(1),
                nmea("AIVDM,2,2,4,A,BBB,2"),
                nmea("AIVDM,2,2,3,A,AAA,2")));
    assertThat(s.payloads)
        .containsExactly("1" + "13sVfPP00PD>hRMDH@jNOvN20S8", "5bbbBBB", "5aaaAAA");
    assertThat(s.fillBits).containsExactly(0, 2, 2);
    assertThat(s.receptions.get(1).firstLine()).isEqualTo(2);
    assertThat(s.receptions.get(1).sentenceCount()).isEqualTo(2);
    assertThat(s.receptions.get(2).firstLine()).isEqualTo(1);
    assertThat(s.rejections).isEmpty();
  }

  @Test
  void keepsChannelsAndTalkersApart() {
    RecordingSink s =
        assemble(
            lines(
                nmea("AIVDM,2,1,1,A,5aaa,0"),
                nmea("AIVDM,2,1,1,B,5bbb,0"),
                nmea("BSVDM,2,1,1,A,5ccc,0"),
                nmea("AIVDM,2,2,1,B,BBB,2"),
                nmea("BSVDM,2,2,1,A,CCC,2"),
                nmea("AIVDM,2,2,1,A,AAA,2")));
    assertThat(s.payloads).containsExactly("5bbbBBB", "5cccCCC", "5aaaAAA");
  }

  @Test
  void threePartMessageWithEmptyLastFragment() {
    RecordingSink s =
        assemble(
            lines(
                nmea("AIVDM,3,1,7,B,8aaa,0"),
                nmea("AIVDM,3,2,7,B,bbb,0"),
                nmea("AIVDM,3,3,7,B,,0")));
    assertThat(s.payloads).containsExactly("8aaabbb");
    assertThat(s.receptions.get(0).sentenceCount()).isEqualTo(3);
  }

  @Test
  void secondFragmentWithoutFirstIsAnOrphan() {
    RecordingSink s = assemble(lines(nmea("AIVDM,2,2,3,A,AAA,2"), single(1)));
    assertThat(s.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.ORPHAN_FRAGMENT);
              assertThat(r.lineNumber()).isEqualTo(1);
              assertThat(r.lineCount()).isEqualTo(1);
            });
    assertThat(s.payloadCount).isEqualTo(1);
  }

  @Test
  void incompleteMessageExpiresAfterMaxGapOtherSentences() {
    List<String> l = new ArrayList<>();
    l.add(nmea("AIVDM,2,1,3,A,5aaa,0"));
    for (int i = 0; i < 8; i++) {
      l.add(single(i));
    }
    l.add(nmea("AIVDM,2,2,3,A,AAA,2"));
    // 8 other sentences in between: still joined with the default gap of 8
    RecordingSink joined = assemble(String.join("\n", l));
    assertThat(joined.payloads).contains("5aaaAAA");
    assertThat(joined.rejections).isEmpty();

    l.add(1, single(9));
    RecordingSink expired = assemble(String.join("\n", l));
    assertThat(expired.payloadCount).isEqualTo(9);
    assertThat(expired.rejections)
        .extracting(Rejection::reason, Rejection::lineNumber, Rejection::lineCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RejectReason.ORPHAN_FRAGMENT, 1L, 1),
            org.assertj.core.groups.Tuple.tuple(RejectReason.ORPHAN_FRAGMENT, 11L, 1));
    assertThat(expired.accounted()).isEqualTo(expired.linesRead).isEqualTo(11);

    RecordingSink strict =
        assemble(String.join("\n", l), AisReaderOptions.defaults().withMaxFragmentGap(0));
    assertThat(strict.rejected(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(2);
  }

  @Test
  void pendingFragmentsExpireAtEndOfInputAsOneRejection() {
    RecordingSink s =
        assemble(lines(nmea("AIVDM,3,1,3,A,5aaa,0"), nmea("AIVDM,3,2,3,A,bbb,0"), single(2)));
    assertThat(s.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.ORPHAN_FRAGMENT);
              assertThat(r.lineNumber()).isEqualTo(1);
              assertThat(r.lineCount()).isEqualTo(2);
            });
    assertThat(s.accounted()).isEqualTo(3);
  }

  @Test
  void outOfSequenceFragmentBreaksItsMessage() {
    RecordingSink s =
        assemble(
            lines(
                nmea("AIVDM,3,1,3,A,5aaa,0"),
                nmea("AIVDM,3,3,3,A,ccc,0"),
                nmea("AIVDM,3,2,3,A,bbb,0")));
    assertThat(s.rejections)
        .extracting(Rejection::reason, Rejection::lineNumber, Rejection::lineCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RejectReason.FRAGMENT_OUT_OF_SEQUENCE, 1L, 2),
            org.assertj.core.groups.Tuple.tuple(RejectReason.ORPHAN_FRAGMENT, 3L, 1));
  }

  @Test
  void newFirstFragmentReplacesPendingMessageWithSameKey() {
    RecordingSink s =
        assemble(
            lines(
                nmea("AIVDM,2,1,3,A,5aaa,0"),
                nmea("AIVDM,2,1,3,A,5bbb,0"),
                nmea("AIVDM,2,2,3,A,BBB,2")));
    assertThat(s.payloads).containsExactly("5bbbBBB");
    assertThat(s.rejections)
        .extracting(Rejection::reason)
        .containsExactly(RejectReason.ORPHAN_FRAGMENT);
  }

  @Test
  void adjacentContinuationWithAnotherSequenceIdIsJoinedLikeGpsd() {
    RecordingSink s = assemble(lines(nmea("AIVDM,2,1,4,A,5aaa,0"), nmea("AIVDM,2,2,1,A,AAA,2")));
    assertThat(s.payloads).containsExactly("5aaaAAA");
    RecordingSink notAdjacent =
        assemble(lines(nmea("AIVDM,2,1,4,A,5aaa,0"), single(1), nmea("AIVDM,2,2,1,A,AAA,2")));
    assertThat(notAdjacent.payloads).hasSize(1);
    assertThat(notAdjacent.rejected(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(2);
  }

  @Test
  void tagBlockGroupsJoinHalvesSplitByAnotherSentenceEvenWithoutStationOnTheSecond() {
    RecordingSink s =
        assemble(
            lines(
                tag("g:1-2-3985,s:rEV02,c:1334337317") + nmea("AIVDM,2,1,9,B,5aaa,0"),
                tag("s:rEV02,c:1334337318") + single(1),
                tag("g:2-2-3985") + nmea("AIVDM,2,2,9,B,AAA,2")));
    assertThat(s.payloads).hasSize(2).last().isEqualTo("5aaaAAA");
    Reception r = s.receptions.get(1);
    assertThat(r.station()).hasValue("rEV02");
    assertThat(r.group()).hasValue(new Reception.TagGroup(1, 2, 3985));
    assertThat(r.receivedAt())
        .hasValueSatisfying(t -> assertThat(t.getEpochSecond()).isEqualTo(1334337317L));
  }

  @Test
  void stationsKeepConcurrentMessagesApart() {
    RecordingSink s =
        assemble(
            lines(
                tag("s:r1") + nmea("AIVDM,2,1,3,A,5aaa,0"),
                tag("s:r2") + nmea("AIVDM,2,1,3,A,5bbb,0"),
                tag("s:r2") + nmea("AIVDM,2,2,3,A,BBB,2"),
                tag("s:r1") + nmea("AIVDM,2,2,3,A,AAA,2")));
    assertThat(s.payloads).containsExactly("5bbbBBB", "5aaaAAA");
    assertThat(s.receptions).extracting(r -> r.station().orElseThrow()).containsExactly("r2", "r1");
  }

  @Test
  void emptyAndBadFillBitsAreRejectedOnTheWholeMessage() {
    RecordingSink s =
        assemble(
            lines(
                nmea("AIVDM,1,1,,B,,0"),
                nmea("AIVDM,2,1,1,B,,0"),
                nmea("AIVDM,2,2,1,B,,0"),
                nmea("AIVDM,1,1,,A,601uEP19bi7P04810,6"),
                nmea("AIVDM,1,1,,A,601uEP19bi7P04810,"),
                nmea("AIVDM,1,1,,A,6,6"),
                nmea("AIVDM,2,1,2,B,5aaa,X"),
                nmea("AIVDM,2,2,2,B,AAA,2")));
    assertThat(s.rejected(RejectReason.EMPTY_PAYLOAD)).isEqualTo(3);
    assertThat(s.rejections(RejectReason.EMPTY_PAYLOAD)).isEqualTo(2);
    // not a digit, or as many fill bits as payload bits; 6 fill bits are taken as gpsd takes them
    assertThat(s.rejected(RejectReason.BAD_FILL_BITS)).isEqualTo(2);
    assertThat(s.payloads)
        .containsExactly("601uEP19bi7P04810", "5aaaAAA"); // earlier fragments' fill bits ignored
  }

  @Test
  void boundedNumberOfPendingMessages() {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      l.add(tag("g:1-2-" + i) + nmea("AIVDM,2,1,,A,5aaa,0"));
    }
    RecordingSink s =
        assemble(String.join("\n", l), AisReaderOptions.defaults().withMaxFragmentGap(1000));
    assertThat(s.rejected(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(100);
    assertThat(s.rejections(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(100);
  }
}
