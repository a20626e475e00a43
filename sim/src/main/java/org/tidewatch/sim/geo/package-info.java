/** Geometry of the theatre: Natural Earth land raster, the navigation grid and water routing. */
package org.tidewatch.sim.geo;
