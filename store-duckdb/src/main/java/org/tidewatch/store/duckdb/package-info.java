/**
 * The embedded store: the {@link org.tidewatch.core.store.TrackStore} interfaces on DuckDB, one
 * database file in one data directory. See {@code store-duckdb/README.md} for the schema and the
 * idempotency and resume design.
 */
@NullMarked
package org.tidewatch.store.duckdb;

import org.jspecify.annotations.NullMarked;
