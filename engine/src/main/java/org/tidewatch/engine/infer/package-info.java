/**
 * The embedded inference runner: reads detected events, the hull registry and screening results,
 * infers deliveries, builds ledgers, scores vessel risk, and evaluates all of it against simulator
 * truth. See README.md here.
 */
@NullMarked
package org.tidewatch.engine.infer;

import org.jspecify.annotations.NullMarked;
