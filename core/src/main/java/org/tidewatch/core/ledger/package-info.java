/**
 * The yearly ledger of inferred deliveries by commodity against its cap (refined products 500,000
 * bbl, crude 4,000,000 bbl, coal 0 t): counts, central/low/high and laden-scenario totals, the
 * cumulative series, the date the cap was passed under each scenario, and the officially reported
 * figures kept separate and compared. See README.md in this directory.
 */
@NullMarked
package org.tidewatch.core.ledger;

import org.jspecify.annotations.NullMarked;
