/**
 * The vessel screening job: every MMSI of the track store, with every name, IMO number and call
 * sign it claimed (and the MMSI itself), screened against the sanctions lists in force; the results
 * are kept in {@code DIR/screening/vessels.jsonl} with the list versions and the store state they
 * were made from, so they are recomputed only when either changes ({@link
 * org.tidewatch.engine.screening.VesselScreeningJob}).
 */
package org.tidewatch.engine.screening;
