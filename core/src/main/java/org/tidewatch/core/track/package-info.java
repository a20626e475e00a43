/**
 * The track domain: position reports, static/voyage reports, and vessel identity claims with their
 * timeline, as stored from AIS (ITU-R M.1371) and tabular sources. MMSI classification and the
 * MID-to-flag table follow ITU-R M.585; IMO check digits reuse {@link
 * org.tidewatch.core.sanctions.ImoNumber}.
 */
@NullMarked
package org.tidewatch.core.track;

import org.jspecify.annotations.NullMarked;
