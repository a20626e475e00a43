/**
 * The embedded detection runner: store to detectors to event log, incremental by day, and the event
 * log (JSON lines) that holds typed events with their evidence.
 */
@NullMarked
package org.tidewatch.engine.detect;

import org.jspecify.annotations.NullMarked;
