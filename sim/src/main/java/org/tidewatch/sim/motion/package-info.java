/**
 * True movement of hulls: legs (berth, sailing, loitering) and lazily planned tracks for ordinary
 * traffic.
 */
package org.tidewatch.sim.motion;
