/**
 * gpsd-compatible output: {@link org.tidewatch.ais.gpsd.GpsdJsonWriter} writes decoded messages as
 * gpsd's {@code "class":"AIS"} JSON (field names, order and number formatting of {@code gpsdecode
 * -j} and {@code -u -j}), for gpsd 3.22 or current gpsd ({@link
 * org.tidewatch.ais.gpsd.GpsdFlavor}); {@link org.tidewatch.ais.gpsd.GpsdType24Queue} reproduces
 * gpsd's merging of message 24 parts. Conformance: byte-identical to gpsd's {@code
 * sample.aivdm.js.chk}/{@code .ju.chk}, and 99.98 % of 125,202 real-world groups equal to gpsdecode
 * 3.22 (differences listed with reasons in the tests).
 */
package org.tidewatch.ais.gpsd;
