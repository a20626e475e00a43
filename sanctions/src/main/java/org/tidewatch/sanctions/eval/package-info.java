/** Measurement of screening quality on the corpus's labelled sets. */
@NullMarked
package org.tidewatch.sanctions.eval;

import org.jspecify.annotations.NullMarked;
