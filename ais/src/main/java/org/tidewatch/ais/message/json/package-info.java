/** JSON-lines output of tidewatch's own AIS message model (not gpsd's format). */
package org.tidewatch.ais.message.json;
