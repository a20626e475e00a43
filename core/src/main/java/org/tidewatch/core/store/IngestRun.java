package org.tidewatch.core.store;

import java.time.Instant;
import java.util.Optional;
import org.tidewatch.core.provenance.Releasability;

/**
 * One ingest invocation (one {@code tidewatch ingest} command).
 *
 * @param id store-assigned id, increasing
 * @param description what was run (for example the command line)
 * @param releasability the default marking of the run
 * @param startedAt when it started
 * @param finishedAt when it finished; empty while running or when it was killed
 * @param outcome a one-line summary when finished
 */
public record IngestRun(
    long id,
    String description,
    Releasability releasability,
    Instant startedAt,
    Optional<Instant> finishedAt,
    Optional<String> outcome) {}
