package org.tidewatch.sim;

import java.util.random.RandomGenerator;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.motion.KState;
import org.tidewatch.sim.motion.Track;

/** One simulated hull: registry record, true track, transponder profile and its random stream. */
final class Actor {
  final Vessel vessel;
  final Track track;
  final AisProfile ais;
  final RandomGenerator rnd;
  final KState state = new KState();
  long lastStatic_s = Long.MIN_VALUE / 2;
  long lastSeen_s = Long.MIN_VALUE / 2;
  double lastSeenLat;
  double lastSeenLon;
  int lastMmsi;
  double lastPlotLat = Double.NaN;
  double lastPlotLon = Double.NaN;
  long lastPlot_s;

  Actor(Vessel vessel, Track track, AisProfile ais, RandomGenerator rnd) {
    this.vessel = vessel;
    this.track = track;
    this.ais = ais;
    this.rnd = rnd;
  }
}
