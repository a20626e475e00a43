package org.tidewatch.server.data;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reports as parallel columns (primitive arrays, no object per report): a vessel's reports in one
 * calendar month as the track cache holds them, or a track cut from them for one request. Only the
 * fields a track response shows are kept; speed, course and heading carry a presence bit each. The
 * arrays are never changed after construction and never handed out.
 */
public final class TrackColumns {
  static final byte SOG = 1;
  static final byte COG = 2;
  static final byte HEADING = 4;

  final int size;
  final long[] time_us;
  final double[] latitude_deg;
  final double[] longitude_deg;
  final double[] speedOverGround_kn;
  final double[] courseOverGround_deg;
  final short[] trueHeading_deg;
  final byte[] present;

  TrackColumns(int capacity) {
    this.time_us = new long[capacity];
    this.latitude_deg = new double[capacity];
    this.longitude_deg = new double[capacity];
    this.speedOverGround_kn = new double[capacity];
    this.courseOverGround_deg = new double[capacity];
    this.trueHeading_deg = new short[capacity];
    this.present = new byte[capacity];
    this.size = 0;
  }

  private TrackColumns(TrackColumns c, int size) {
    this.time_us = c.time_us;
    this.latitude_deg = c.latitude_deg;
    this.longitude_deg = c.longitude_deg;
    this.speedOverGround_kn = c.speedOverGround_kn;
    this.courseOverGround_deg = c.courseOverGround_deg;
    this.trueHeading_deg = c.trueHeading_deg;
    this.present = c.present;
    this.size = size;
  }

  /** The same arrays with {@code n} reports filled in by the package's builders. */
  TrackColumns filled(int n) {
    return new TrackColumns(this, n);
  }

  /** Copies report {@code i} of {@code from} into slot {@code j} of this (still being built). */
  void copy(TrackColumns from, int i, int j) {
    time_us[j] = from.time_us[i];
    latitude_deg[j] = from.latitude_deg[i];
    longitude_deg[j] = from.longitude_deg[i];
    speedOverGround_kn[j] = from.speedOverGround_kn[i];
    courseOverGround_deg[j] = from.courseOverGround_deg[i];
    trueHeading_deg[j] = from.trueHeading_deg[i];
    present[j] = from.present[i];
  }

  /** The number of reports. */
  public int size() {
    return size;
  }

  /** Report {@code i}'s time, microseconds since the epoch. */
  public long time_us(int i) {
    return time_us[i];
  }

  /** Report {@code i}'s time. */
  public Instant time(int i) {
    long us = time_us[i];
    return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000), Math.floorMod(us, 1_000_000) * 1000);
  }

  /** Report {@code i}'s latitude. */
  public double latitude_deg(int i) {
    return latitude_deg[i];
  }

  /** Report {@code i}'s longitude. */
  public double longitude_deg(int i) {
    return longitude_deg[i];
  }

  /** Report {@code i}'s speed over ground, when it was sent. */
  public OptionalDouble speedOverGround_kn(int i) {
    return (present[i] & SOG) != 0
        ? OptionalDouble.of(speedOverGround_kn[i])
        : OptionalDouble.empty();
  }

  /** Report {@code i}'s course over ground, when it was sent. */
  public OptionalDouble courseOverGround_deg(int i) {
    return (present[i] & COG) != 0
        ? OptionalDouble.of(courseOverGround_deg[i])
        : OptionalDouble.empty();
  }

  /** Report {@code i}'s true heading, when it was sent. */
  public OptionalInt trueHeading_deg(int i) {
    return (present[i] & HEADING) != 0 ? OptionalInt.of(trueHeading_deg[i]) : OptionalInt.empty();
  }
}
