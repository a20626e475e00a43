package org.tidewatch.core.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Reorders reports that arrive out of order by at most a lateness bound: a report is released once
 * a report {@code lateness} newer has been seen, in a total order (time, MMSI, static before
 * position, source, line, coordinates), so any arrival order within the bound releases the same
 * sequence. Reports older than what was already released are late: they are counted and dropped.
 * Memory is bounded by the reports of one lateness window.
 */
public final class EventTimeBuffer {

  /** The total order of release. */
  public static final Comparator<Object> ORDER = EventTimeBuffer::compare;

  private static int compare(Object a, Object b) {
    Instant ta = time(a);
    Instant tb = time(b);
    int c = ta.compareTo(tb);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(mmsi(a), mmsi(b));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a instanceof StaticReport ? 0 : 1, b instanceof StaticReport ? 0 : 1);
    if (c != 0) {
      return c;
    }
    c = source(a).compareTo(source(b));
    if (c != 0) {
      return c;
    }
    c = Long.compare(line(a), line(b));
    if (c != 0) {
      return c;
    }
    if (a instanceof Position pa && b instanceof Position pb) {
      c = Double.compare(pa.latitude_deg(), pb.latitude_deg());
      return c != 0 ? c : Double.compare(pa.longitude_deg(), pb.longitude_deg());
    }
    return 0;
  }

  private final Duration lateness;
  // reports that arrive in release order are appended here (one comparison each); the others go
  // to the heap; release takes the smaller head of the two
  private final ArrayDeque<Object> ordered = new ArrayDeque<>();
  private final PriorityQueue<Object> heap = new PriorityQueue<>(ORDER);
  private Instant maxSeen = Instant.MIN;
  private Instant released = Instant.MIN;
  private long late;

  /** A buffer with a lateness bound. */
  public EventTimeBuffer(Duration lateness) {
    this.lateness = lateness;
  }

  /** Adds a position; returns false when it is late (older than what was released). */
  public boolean add(Position p) {
    return addItem(p, p.time());
  }

  /** Adds a static report; returns false when it is late. */
  public boolean add(StaticReport s) {
    return addItem(s, s.time());
  }

  private boolean addItem(Object o, Instant t) {
    if (t.isBefore(released)) {
      late++;
      return false;
    }
    if (ordered.isEmpty() || compare(ordered.peekLast(), o) <= 0) {
      ordered.addLast(o);
    } else {
      heap.add(o);
    }
    if (t.isAfter(maxSeen)) {
      maxSeen = t;
    }
    return true;
  }

  /** Releases, in order, every report at or before the watermark (newest seen − lateness). */
  public void drain(Consumer<Object> sink) {
    if (maxSeen.equals(Instant.MIN)) {
      return;
    }
    Instant w = maxSeen.minus(lateness);
    for (Object o = peek(); o != null && !time(o).isAfter(w); o = peek()) {
      release(sink);
    }
  }

  /** Releases everything (end of input). */
  public void flush(Consumer<Object> sink) {
    while (peek() != null) {
      release(sink);
    }
  }

  private Object peek() {
    Object a = ordered.peekFirst();
    Object b = heap.peek();
    if (a == null) {
      return b;
    }
    return b == null || compare(a, b) <= 0 ? a : b;
  }

  private void release(Consumer<Object> sink) {
    Object a = ordered.peekFirst();
    Object b = heap.peek();
    Object o = b == null || (a != null && compare(a, b) <= 0) ? ordered.pollFirst() : heap.poll();
    released = time(o);
    sink.accept(o);
  }

  /** The current watermark: no report older than it will be released any more. */
  public Instant watermark() {
    return maxSeen.equals(Instant.MIN) ? Instant.MIN : maxSeen.minus(lateness);
  }

  /** Reports dropped as late. */
  public long late() {
    return late;
  }

  /** Reports waiting. */
  public int buffered() {
    return ordered.size() + heap.size();
  }

  private static Instant time(Object o) {
    return o instanceof Position p ? p.time() : ((StaticReport) o).time();
  }

  private static int mmsi(Object o) {
    return o instanceof Position p ? p.mmsi() : ((StaticReport) o).mmsi();
  }

  private static String source(Object o) {
    return o instanceof Position p
        ? p.provenance().source()
        : ((StaticReport) o).provenance().source();
  }

  private static long line(Object o) {
    return o instanceof Position p ? p.provenance().line() : ((StaticReport) o).provenance().line();
  }
}
