/**
 * Store interfaces for tracks, identities, events and ingest runs. Writes go through atomic {@link
 * org.tidewatch.core.store.IngestBatch batches} carrying their checkpoint, which makes every ingest
 * idempotent and resumable whatever the backend.
 */
@NullMarked
package org.tidewatch.core.store;

import org.jspecify.annotations.NullMarked;
