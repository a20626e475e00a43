/** The identity detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.identity;

import org.jspecify.annotations.NullMarked;
