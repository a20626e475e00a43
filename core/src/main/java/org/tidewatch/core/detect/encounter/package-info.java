/** The encounter detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.encounter;

import org.jspecify.annotations.NullMarked;
