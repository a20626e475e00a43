/**
 * Behaviour detectors: deterministic event-time state machines ({@link
 * org.tidewatch.core.detect.Detector}) that turn positions and static reports into typed, evidenced
 * events ({@link org.tidewatch.core.detect.DetectedEvent}). Sub-packages hold one detector family
 * each, with a README.md giving its definition, parameters and measured accuracy.
 */
@NullMarked
package org.tidewatch.core.detect;

import org.jspecify.annotations.NullMarked;
