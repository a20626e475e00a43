package org.tidewatch.sim.ops;

import org.tidewatch.sim.AisProfile;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.motion.Track;

/** A hull produced by an operation: its registry record, scripted track and transponder profile. */
public record Built(Vessel vessel, Track track, AisProfile ais, boolean evasion) {}
