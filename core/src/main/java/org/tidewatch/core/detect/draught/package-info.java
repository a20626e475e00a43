/** The draught detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.draught;

import org.jspecify.annotations.NullMarked;
