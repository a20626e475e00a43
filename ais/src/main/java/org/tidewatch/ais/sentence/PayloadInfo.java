package org.tidewatch.ais.sentence;

import org.tidewatch.ais.sentence.Reception.TimeSource;

/** Mutable, reused description of how a payload was received; copied into a {@link Reception}. */
final class PayloadInfo {
  long firstLine;
  int sentenceCount;
  String talker;
  boolean own;
  char channel;
  TimeSource timeSource = TimeSource.NONE;
  long timeMillis;
  String station; // null when absent
  boolean hasGroup;
  int groupSentence;
  int groupSize;
  long groupId;
  boolean checksumValid;

  void copyFrom(PayloadInfo o) {
    firstLine = o.firstLine;
    sentenceCount = o.sentenceCount;
    talker = o.talker;
    own = o.own;
    channel = o.channel;
    timeSource = o.timeSource;
    timeMillis = o.timeMillis;
    station = o.station;
    hasGroup = o.hasGroup;
    groupSentence = o.groupSentence;
    groupSize = o.groupSize;
    groupId = o.groupId;
    checksumValid = o.checksumValid;
  }
}
