/** The embedded store on DuckDB. */
package org.tidewatch.store.duckdb;
