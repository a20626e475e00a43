/**
 * The simulated world: ports (World Port Index positions), terrestrial AIS stations and cached
 * routes.
 */
package org.tidewatch.sim.world;
