/**
 * The tidewatch domain core: plain Java, no I/O frameworks, no clocks, no randomness of its own.
 * See {@code ARCHITECTURE.md} for the module map and the rules that hold here.
 */
@NullMarked
package org.tidewatch.core;

import org.jspecify.annotations.NullMarked;
