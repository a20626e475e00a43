/**
 * The store commands: {@code ingest ais}, {@code vessels}, {@code track} and {@code export tracks}.
 * All take {@code --data DIR} (default {@code ./tidewatch-data}).
 */
package org.tidewatch.cli.store;
