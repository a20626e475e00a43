/** The gap detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.gap;

import org.jspecify.annotations.NullMarked;
