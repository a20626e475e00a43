package org.tidewatch.ais.encode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NmeaFramerTest {
  @Test
  void singleSentenceMatchesGpsdSampleChecksum() {
    String s =
        new NmeaFramer().frame(new Payload("15RTgt0PAso;90TKcjM8h6g208CQ", 0), 'A', -1, null);
    assertThat(s).isEqualTo("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n");
  }

  @Test
  void multipartWithTagBlocks() {
    Payload p =
        new AisPayloads()
            .encode(
                new AisPayloads.StaticVoyage(
                    445123000,
                    9321483,
                    "HMYU7",
                    "CHON MA SAN",
                    80,
                    90,
                    20,
                    8,
                    9,
                    1,
                    3,
                    14,
                    8,
                    30,
                    7.4,
                    "NAMPO"));
    String s = new NmeaFramer().frame(p, 'B', 1_700_000_000L, "rTW-DAL");
    String[] lines = s.split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("\\g:1-2-1,s:rTW-DAL,c:1700000000*");
    assertThat(lines[1]).startsWith("\\g:2-2-1,s:rTW-DAL,c:1700000000*");
    StringBuilder joined = new StringBuilder();
    for (String line : lines) {
      int tagEnd = line.indexOf('\\', 1);
      String tag = line.substring(1, tagEnd);
      int star = tag.indexOf('*');
      assertThat(Integer.parseInt(tag.substring(star + 1), 16))
          .isEqualTo(NmeaFramer.checksum(tag, 0, star));
      String sentence = line.substring(tagEnd + 1);
      assertThat(sentence.length()).isLessThanOrEqualTo(82);
      int cs = sentence.indexOf('*');
      assertThat(Integer.parseInt(sentence.substring(cs + 1), 16))
          .isEqualTo(NmeaFramer.checksum(sentence, 1, cs));
      String[] f = sentence.split(",");
      assertThat(f[3]).isEqualTo("0");
      joined.append(f[5]);
    }
    assertThat(joined.toString()).isEqualTo(p.armoured());
    assertThat(lines[1]).contains(",2*");
  }
}
