/**
 * Ports, anchorages and areas of interest: the reference model port-call and encounter detection
 * measure against (World Port Index, Global Fishing Watch anchorage points, interest tags).
 */
@NullMarked
package org.tidewatch.core.port;

import org.jspecify.annotations.NullMarked;
