/** The portcall detector; see README.md in this folder. */
@NullMarked
package org.tidewatch.core.detect.portcall;

import org.jspecify.annotations.NullMarked;
