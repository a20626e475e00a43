package org.tidewatch.ais.sentence;

import java.time.Instant;
import java.util.Optional;
import org.tidewatch.ais.sentence.Reception.TagGroup;
import org.tidewatch.ais.sentence.Reception.TimeSource;

/**
 * Turns the reused {@link PayloadInfo} into an immutable {@link Reception}, sharing the {@link
 * Optional}s of consecutive equal times and stations so that a typical message costs one object.
 */
final class ReceptionFactory {
  private long lastMillis;
  private Optional<Instant> lastInstant = Optional.empty();
  private String lastStation;
  private Optional<String> lastStationOptional = Optional.empty();

  Reception create(String source, PayloadInfo i) {
    Optional<Instant> at;
    if (i.timeSource == TimeSource.NONE) {
      at = Optional.empty();
    } else if (i.timeMillis == lastMillis && lastInstant.isPresent()) {
      at = lastInstant;
    } else {
      at = lastInstant = Optional.of(Instant.ofEpochMilli(i.timeMillis));
      lastMillis = i.timeMillis;
    }
    Optional<String> station;
    if (i.station == null) {
      station = Optional.empty();
    } else if (i.station.equals(lastStation)) {
      station = lastStationOptional;
    } else {
      lastStation = i.station;
      station = lastStationOptional = Optional.of(i.station);
    }
    Optional<TagGroup> group =
        i.hasGroup
            ? Optional.of(new TagGroup(i.groupSentence, i.groupSize, i.groupId))
            : Optional.empty();
    return new Reception(
        source,
        i.firstLine,
        i.sentenceCount,
        i.talker,
        i.own,
        i.channel,
        at,
        i.timeSource,
        station,
        group,
        i.checksumValid);
  }
}
