/**
 * Geodesy for detectors: WGS 84 geodesic distances (GeographicLib), fast haversine for thresholds,
 * and H3 cells for spatial keys.
 */
@NullMarked
package org.tidewatch.core.geo;

import org.jspecify.annotations.NullMarked;
