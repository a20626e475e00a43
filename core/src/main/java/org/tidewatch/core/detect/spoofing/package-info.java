/** The spoofing detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.spoofing;

import org.jspecify.annotations.NullMarked;
