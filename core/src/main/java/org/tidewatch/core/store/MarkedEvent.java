package org.tidewatch.core.store;

import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.provenance.Releasability;

/**
 * A detected event as it is handed to the store: the typed event and its releasability marking (the
 * most restrictive marking of its evidence).
 *
 * @param event the typed event
 * @param releasability who may see it
 */
public record MarkedEvent(DetectedEvent event, Releasability releasability) {}
