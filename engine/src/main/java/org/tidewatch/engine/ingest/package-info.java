/**
 * File ingest into the track store: format detection, NMEA through the AIS decoder, MarineCadastre
 * CSV and Parquet, gzip, progress, bad-row accounting, and idempotent, atomic, resumable batches.
 * See {@code engine/README.md}.
 */
@NullMarked
package org.tidewatch.engine.ingest;

import org.jspecify.annotations.NullMarked;
