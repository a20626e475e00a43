/**
 * Readers for the published sanctions list formats, auto-detected from content ({@link
 * org.tidewatch.sanctions.read.FormatDetector}); a malformed file is refused with its line and the
 * reason ({@link org.tidewatch.sanctions.read.MalformedListException}).
 */
@NullMarked
package org.tidewatch.sanctions.read;

import org.jspecify.annotations.NullMarked;
