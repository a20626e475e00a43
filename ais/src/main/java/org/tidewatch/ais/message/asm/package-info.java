/**
 * Binary application payloads ("application specific messages", ASMs) of ITU-R M.1371 messages 6
 * (addressed binary) and 8 (binary broadcast), identified by designated area code (DAC) and
 * function identifier (FI).
 *
 * <p>{@link org.tidewatch.ais.message.asm.ApplicationPayloads#decode} turns the application data
 * into one record per DAC/FI (the sealed {@link org.tidewatch.ais.message.asm.ApplicationPayload})
 * and {@link org.tidewatch.ais.message.asm.ApplicationPayloads#writeGpsd} writes it as gpsd's
 * {@code gpsdecode -j} / {@code -u -j} does. Records keep the transmitted field codes (gpsd prints
 * several "not available" codes as numbers) and offer accessors in proper units that return empty
 * for "not available".
 *
 * <h2>Decoded to fields, as gpsd 3.22 does (same DAC/FI, same length conditions)</h2>
 *
 * <table>
 *   <caption>gpsd-structured subtypes</caption>
 *   <tr><th>type/DAC/FI</th><th>record</th><th>layout source</th></tr>
 *   <tr><td>8/1/11</td><td>{@link org.tidewatch.ais.message.asm.MetHydro236}</td>
 *       <td>IMO SN/Circ.236 annex 2 appl. 1</td></tr>
 *   <tr><td>8/1/13</td><td>{@link org.tidewatch.ais.message.asm.FairwayClosed}</td>
 *       <td>IMO SN/Circ.236 appl. 3</td></tr>
 *   <tr><td>8/1/15</td><td>{@link org.tidewatch.ais.message.asm.ExtendedShipStatic236}</td>
 *       <td>IMO SN/Circ.236 appl. 7</td></tr>
 *   <tr><td>8/1/17</td><td>{@link org.tidewatch.ais.message.asm.VtsTargets}</td>
 *       <td>IMO SN.1/Circ.289 §7</td></tr>
 *   <tr><td>8/1/19</td><td>{@link org.tidewatch.ais.message.asm.MarineTrafficSignal}</td>
 *       <td>IMO SN.1/Circ.289 §6</td></tr>
 *   <tr><td>8/1/27, 6/1/28</td><td>{@link org.tidewatch.ais.message.asm.RouteInformation}</td>
 *       <td>IMO SN.1/Circ.289 §8</td></tr>
 *   <tr><td>8/1/29, 6/1/30</td><td>{@link org.tidewatch.ais.message.asm.TextDescription}</td>
 *       <td>IMO SN.1/Circ.289 §9</td></tr>
 *   <tr><td>8/1/31</td><td>{@link org.tidewatch.ais.message.asm.MetHydro289}</td>
 *       <td>IMO SN.1/Circ.289 §1</td></tr>
 *   <tr><td>6/1/12</td><td>{@link org.tidewatch.ais.message.asm.DangerousCargo236}</td>
 *       <td>IMO SN/Circ.236 appl. 2</td></tr>
 *   <tr><td>6/1/14, 6/1/32</td><td>{@link org.tidewatch.ais.message.asm.TidalWindow}</td>
 *       <td>IMO SN/Circ.236 appl. 4; SN.1/Circ.289 §11</td></tr>
 *   <tr><td>6/1/16</td><td>{@link org.tidewatch.ais.message.asm.PersonsOnBoard}</td>
 *       <td>IMO SN/Circ.236 appl. 5 (as gpsd reads it)</td></tr>
 *   <tr><td>6/1/18</td><td>{@link org.tidewatch.ais.message.asm.ClearanceTimeToEnterPort}</td>
 *       <td>IMO SN.1/Circ.289 §5</td></tr>
 *   <tr><td>6/1/20</td><td>{@link org.tidewatch.ais.message.asm.BerthingData}</td>
 *       <td>IMO SN.1/Circ.289 §4</td></tr>
 *   <tr><td>6/1/25</td><td>{@link org.tidewatch.ais.message.asm.DangerousCargo289}</td>
 *       <td>IMO SN.1/Circ.289 §3</td></tr>
 *   <tr><td>8/200/10 (168 bits)</td>
 *       <td>{@link org.tidewatch.ais.message.asm.InlandShipStaticData}</td>
 *       <td>Inland AIS (CCNR / UNECE VTT standard)</td></tr>
 *   <tr><td>8/200/23 (256 bits)</td><td>{@link org.tidewatch.ais.message.asm.InlandEmmaWarning}
 *       </td><td>Inland AIS</td></tr>
 *   <tr><td>8/200/24 (168 bits)</td><td>{@link org.tidewatch.ais.message.asm.InlandWaterLevels}
 *       </td><td>Inland AIS</td></tr>
 *   <tr><td>8/200/40 (168 bits)</td><td>{@link org.tidewatch.ais.message.asm.InlandSignalStatus}
 *       </td><td>Inland AIS</td></tr>
 *   <tr><td>6/200/21 (248 bits), 6/200/22 (232 bits)</td>
 *       <td>{@link org.tidewatch.ais.message.asm.InlandLockEta},
 *       {@link org.tidewatch.ais.message.asm.InlandLockRta}</td><td>Inland AIS</td></tr>
 *   <tr><td>6/200/55 (168 bits)</td>
 *       <td>{@link org.tidewatch.ais.message.asm.InlandPersonsOnBoard}</td><td>Inland AIS</td></tr>
 *   <tr><td>6/235/10, 6/250/10 (136 bits)</td>
 *       <td>{@link org.tidewatch.ais.message.asm.AtonMonitoringData}</td>
 *       <td>UK / Irish General Lighthouse Authorities</td></tr>
 * </table>
 *
 * <h2>Decoded here although gpsd prints them as raw data</h2>
 *
 * <p>Frequent in real traffic (counts in the corpus' gpsd 3.22 pairs files): 6/1/3 capability
 * interrogation ({@link org.tidewatch.ais.message.asm.CapabilityRequest}, 143), 6/1/2 interrogation
 * for a specific functional message ({@link
 * org.tidewatch.ais.message.asm.FunctionalMessageRequest}, 102), 6/1/40 and 8/1/40 persons on board
 * ({@link org.tidewatch.ais.message.asm.PersonsOnBoard}, 64), 6/1/4 capability reply ({@link
 * org.tidewatch.ais.message.asm.CapabilityReply}, 21; ITU-R M.1371-5 annex 5 international function
 * messages) and 8/1/16 VTS targets in the IMO SN/Circ.236 120-bit layout ({@link
 * org.tidewatch.ais.message.asm.VtsTargets}, 21). Their records carry the raw data ({@link
 * org.tidewatch.ais.message.asm.RawApplicationData}) and {@code writeGpsd} writes gpsd's {@code
 * "data":"<bits>:<hex>"} for them, so gpsd output stays identical.
 *
 * <h2>Sources and conformance</h2>
 *
 * <p>Bit layouts, JSON names, number formats and legends follow gpsd's {@code
 * drivers/driver_ais.c}, {@code gpsd/gpsd_json.c} and {@code www/AIVDM.adoc} (ntpsec/gpsd, BSD-2;
 * read, not copied), cross-checked against the IMO circulars named above. Conformance is tested
 * against gpsd's {@code test/sample.aivdm} expected output (scaled and unscaled), the {@code
 * ais-nmea-type6-fid55.log} daemon regression output, all 1,622 type 6/8 messages of the corpus'
 * gpsdecode 3.22 pairs files, and 368 synthetic messages covering every subtype above run through
 * gpsdecode 3.22. Known, deliberate differences from gpsd's text: scaled positions in 1/1000 minute
 * have six decimals (as gpsd's current {@code sample.aivdm.js.chk}; gpsd 3.22 prints four); strings
 * gpsd prints unescaped (DAC 200 FI 21/22/24) are JSON-escaped; the comma gpsd omits before {@code
 * "nextsignal_text"} (8/1/19) is written.
 */
package org.tidewatch.ais.message.asm;
