/** Scoring detected events against the simulator's ground truth (truth.json). */
@NullMarked
package org.tidewatch.engine.evaluate;

import org.jspecify.annotations.NullMarked;
