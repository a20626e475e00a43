/**
 * Vessel kinds, registry records and the identities they carry (IMO check digits, MMSI MIDs by
 * flag).
 */
package org.tidewatch.sim.fleet;
