package org.tidewatch.engine.detect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The export of a data directory's detected events, {@code <data>/detect/events.jsonl}: one {@link
 * EventJson} line per event, ordered by start then id, rewritten by {@link DetectionRunner} from
 * the store's {@code EventStore} after each run (the store holds the typed events and the detection
 * checkpoint). Other readers (the inference, the server, {@code tidewatch events}) read this file.
 * {@link #checkpoint()} reads the {@code checkpoint.properties} of runs made before the store held
 * typed events (no longer written).
 */
public final class EventLog {
  private final Path dir;

  public EventLog(Path dataDir) {
    this.dir = dataDir.resolve("detect");
  }

  /** The events file. */
  public Path eventsFile() {
    return dir.resolve("events.jsonl");
  }

  /** All stored events by id. */
  public TreeMap<String, EventRow> load() {
    TreeMap<String, EventRow> m = new TreeMap<>();
    Path f = eventsFile();
    if (!Files.exists(f)) {
      return m;
    }
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          EventRow r = EventRow.parse(line);
          m.put(r.id(), r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** Replaces the stored events (atomically: temp file then move). */
  public void save(TreeMap<String, EventRow> events) {
    List<EventRow> rows = new ArrayList<>(events.values());
    rows.sort(Comparator.comparing(EventRow::start).thenComparing(EventRow::id));
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve("events.jsonl.tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (EventRow r : rows) {
          w.write(r.json());
          w.write('\n');
        }
      }
      Files.move(
          tmp, eventsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the events file with these lines, in this order (atomically: temp file then move). */
  public void saveLines(List<String> lines) {
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve("events.jsonl.tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (String l : lines) {
          w.write(l);
          w.write('\n');
        }
      }
      Files.move(
          tmp, eventsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes {@code checkpoint.properties}, which runs before typed events in the store wrote (the
   * checkpoint is now in the store, committed with the events).
   */
  public void deleteLegacyCheckpoint() {
    try {
      Files.deleteIfExists(dir.resolve("checkpoint.properties"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The checkpoint.
   *
   * @param until detection covered reports before this instant
   * @param dayCounts reports per UTC day (epoch day → count) when it ran
   */
  public record Checkpoint(Instant until, TreeMap<Long, Long> dayCounts) {}

  /** The checkpoint, or null before the first run. */
  public Checkpoint checkpoint() {
    Path f = dir.resolve("checkpoint.properties");
    if (!Files.exists(f)) {
      return null;
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeMap<Long, Long> days = new TreeMap<>();
    String d = p.getProperty("days", "");
    for (String kv : d.split(",")) {
      if (!kv.isBlank()) {
        String[] x = kv.split("=");
        days.put(Long.parseLong(x[0]), Long.parseLong(x[1]));
      }
    }
    return new Checkpoint(Instant.parse(p.getProperty("until")), days);
  }

  /** Writes the checkpoint (atomically). */
  public void saveCheckpoint(Checkpoint c) {
    StringBuilder days = new StringBuilder();
    c.dayCounts()
        .forEach((k, v) -> days.append(days.isEmpty() ? "" : ",").append(k).append('=').append(v));
    String text = "# tidewatch detection checkpoint\nuntil=" + c.until() + "\ndays=" + days + "\n";
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve("checkpoint.properties.tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          dir.resolve("checkpoint.properties"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
