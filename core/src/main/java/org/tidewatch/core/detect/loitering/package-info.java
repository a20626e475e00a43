/** The loitering detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.loitering;

import org.jspecify.annotations.NullMarked;
