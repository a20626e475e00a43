package org.tidewatch.ais.sentence;

import java.util.Objects;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.sentence.Reception.TimeSource;

/**
 * Joins the fragments of multipart AIS messages (IEC 61162-1 VDM/VDO: fragment count, fragment
 * number, sequential message id) and hands every complete payload to a {@link SentenceSink}.
 *
 * <p>Several messages may be in flight at once. A fragment continues a pending message when it has
 * the same NMEA 4 tag-block group id ({@code g:} / {@code xGy:}) or, without a group, the same
 * tag-block station {@code s:}, talker, VDM/VDO, channel and sequential message id. Fragments must
 * arrive in order: a fragment that is not the next one expected breaks its message ({@code
 * FRAGMENT_OUT_OF_SEQUENCE}, for the pending lines and itself); as in gpsd, a fragment whose
 * sequential id differs from that of an otherwise matching message pending on the immediately
 * preceding sentence continues it (real feeds have such pairs: one in the AISHub sample); a later
 * fragment with nothing pending is an {@code ORPHAN_FRAGMENT}; a new first fragment replaces a
 * pending message with the same key (which becomes an orphan). A pending message expires as an
 * orphan when more than {@code maxGap} other AIS sentences arrive after its last fragment, when
 * more than {@value #MAX_PENDING} messages are pending (oldest first) and at {@link #finish()}.
 * Every fragment line ends up in exactly one payload or one rejection.
 *
 * <p>Single-sentence payloads are passed in place; multipart payloads are copied once into a reused
 * per-slot buffer. Memory is bounded by {@value #MAX_PENDING} slots.
 */
final class MultipartAssembler {
  static final int MAX_PENDING = 32;

  private final int maxGap;
  private final SentenceSink sink;
  private final Pending[] pending = new Pending[MAX_PENDING];
  private int active;
  private long sentenceIndex;

  private static final class Pending {
    boolean hasGroup;
    long groupId;
    String stationKey;
    byte talker0;
    byte talker1;
    boolean own;
    byte channel;
    int sequenceId;
    int count;
    int next;
    long lastIndex;
    final PayloadInfo info = new PayloadInfo();
    byte[] buf = new byte[256];
    int len;
  }

  MultipartAssembler(int maxGap, SentenceSink sink) {
    this.maxGap = maxGap;
    this.sink = sink;
  }

  /** Number of messages waiting for more fragments. */
  int pendingCount() {
    return active;
  }

  /** An AIS sentence that was rejected before assembly: it only counts towards expiry. */
  void otherSentence() {
    sentenceIndex++;
    expire();
  }

  /**
   * Offers one well-formed sentence.
   *
   * @param p the parser holding the sentence's fields (offsets into {@code b})
   * @param info this sentence's reception data, with {@code firstLine} its line number
   * @param stationKey the tag-block {@code s:} station, or {@code null}
   */
  void sentence(LineParser p, byte[] b, PayloadInfo info, String stationKey) {
    sentenceIndex++;
    info.sentenceCount = 1;
    if (p.fragmentCount == 1) {
      deliver(b, p.payloadOff, p.payloadLen, p.fillBits, info);
    } else {
      multipart(p, b, info, stationKey);
    }
    if (active > 0) {
      expire();
    }
  }

  private void multipart(LineParser p, byte[] b, PayloadInfo info, String stationKey) {
    int slot = find(p, stationKey);
    if (p.fragmentNumber == 1) {
      if (slot >= 0) {
        orphan(slot, "replaced by a new first fragment on line " + info.firstLine);
      }
      if (active == MAX_PENDING) {
        orphan(oldest(), "more than " + MAX_PENDING + " messages pending");
      }
      Pending g = pending[active];
      if (g == null) {
        g = pending[active] = new Pending();
      }
      active++;
      g.hasGroup = p.hasGroup;
      g.groupId = p.groupId;
      g.stationKey = stationKey;
      g.talker0 = p.talker0;
      g.talker1 = p.talker1;
      g.own = p.own;
      g.channel = p.channel;
      g.sequenceId = p.sequenceId;
      g.count = p.fragmentCount;
      g.next = 2;
      g.lastIndex = sentenceIndex;
      g.info.copyFrom(info);
      g.len = 0;
      append(g, b, p.payloadOff, p.payloadLen);
      return;
    }
    if (slot < 0) {
      sink.rejected(
          RejectReason.ORPHAN_FRAGMENT,
          info.firstLine,
          1,
          "fragment " + p.fragmentNumber + " of " + p.fragmentCount + " without its predecessors");
      return;
    }
    Pending g = pending[slot];
    if (g.count != p.fragmentCount || g.next != p.fragmentNumber) {
      String detail =
          "expected fragment "
              + g.next
              + " of "
              + g.count
              + ", got "
              + p.fragmentNumber
              + " of "
              + p.fragmentCount
              + " on line "
              + info.firstLine;
      long first = g.info.firstLine;
      int lines = g.info.sentenceCount + 1;
      remove(slot);
      sink.rejected(RejectReason.FRAGMENT_OUT_OF_SEQUENCE, first, lines, detail);
      return;
    }
    append(g, b, p.payloadOff, p.payloadLen);
    PayloadInfo gi = g.info;
    gi.sentenceCount++;
    gi.checksumValid &= info.checksumValid;
    if (gi.timeSource == TimeSource.NONE && info.timeSource != TimeSource.NONE) {
      gi.timeSource = info.timeSource;
      gi.timeMillis = info.timeMillis;
    }
    if (gi.station == null) {
      gi.station = info.station;
    }
    if (p.fragmentNumber == g.count) {
      remove(slot); // the slot object stays untouched until the next first fragment
      deliver(g.buf, 0, g.len, p.fillBits, gi);
    } else {
      g.next++;
      g.lastIndex = sentenceIndex;
    }
  }

  private void deliver(byte[] b, int off, int len, int fillBits, PayloadInfo info) {
    if (len == 0) {
      sink.rejected(
          RejectReason.EMPTY_PAYLOAD, info.firstLine, info.sentenceCount, "empty payload field");
    } else if (fillBits < 0 || fillBits >= 6 * len) {
      // IEC 61162 allows 0-5; gpsd (our reference) takes any digit and drops that many bits, so a
      // 6 drops the last character: the AISHub sample has 8 such type 6 sentences
      sink.rejected(
          RejectReason.BAD_FILL_BITS,
          info.firstLine,
          info.sentenceCount,
          fillBits < 0
              ? "fill-bit field is not one digit"
              : "fill bits " + fillBits + " for a " + len + "-character payload");
    } else {
      sink.payload(b, off, len, fillBits, info);
    }
  }

  private int find(LineParser p, String stationKey) {
    for (int i = 0; i < active; i++) {
      Pending g = pending[i];
      if (p.hasGroup && g.hasGroup) {
        if (g.groupId == p.groupId) {
          return i;
        }
      } else if (g.talker0 == p.talker0
          && g.talker1 == p.talker1
          && g.own == p.own
          && g.channel == p.channel
          && g.sequenceId == p.sequenceId
          && (Objects.equals(g.stationKey, stationKey) || (g.hasGroup && stationKey == null))) {
        return i;
      }
    }
    if (p.fragmentNumber > 1 && !p.hasGroup) {
      // gpsd-style tolerance: the continuation of the message pending on the immediately
      // preceding sentence, with the same talker, channel and station but another sequential id
      for (int i = 0; i < active; i++) {
        Pending g = pending[i];
        if (g.lastIndex == sentenceIndex - 1
            && !g.hasGroup
            && g.next == p.fragmentNumber
            && g.count == p.fragmentCount
            && g.talker0 == p.talker0
            && g.talker1 == p.talker1
            && g.own == p.own
            && g.channel == p.channel
            && Objects.equals(g.stationKey, stationKey)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static void append(Pending g, byte[] b, int off, int len) {
    if (g.len + len > g.buf.length) {
      byte[] bigger = new byte[Math.max(g.buf.length * 2, g.len + len)];
      System.arraycopy(g.buf, 0, bigger, 0, g.len);
      g.buf = bigger;
    }
    System.arraycopy(b, off, g.buf, g.len, len);
    g.len += len;
  }

  private void expire() {
    for (int i = active - 1; i >= 0; i--) {
      if (sentenceIndex - pending[i].lastIndex > maxGap) {
        orphan(i, "more than " + maxGap + " other sentences since its last fragment");
      }
    }
  }

  /** Expires everything pending, in input order (end of input). */
  void finish() {
    while (active > 0) {
      int first = 0;
      for (int i = 1; i < active; i++) {
        if (pending[i].info.firstLine < pending[first].info.firstLine) {
          first = i;
        }
      }
      orphan(first, "incomplete at end of input");
    }
  }

  private int oldest() {
    int o = 0;
    for (int i = 1; i < active; i++) {
      if (pending[i].lastIndex < pending[o].lastIndex) {
        o = i;
      }
    }
    return o;
  }

  private void orphan(int slot, String why) {
    Pending g = pending[slot];
    long first = g.info.firstLine;
    int lines = g.info.sentenceCount;
    String detail =
        "fragments 1-" + (g.next - 1) + " of " + g.count + " never completed (" + why + ")";
    remove(slot);
    sink.rejected(RejectReason.ORPHAN_FRAGMENT, first, lines, detail);
  }

  private void remove(int slot) {
    Pending g = pending[slot];
    active--;
    pending[slot] = pending[active];
    pending[active] = g;
  }
}
