/**
 * Deliveries inferred from detected behaviour: voyage chaining (loading, transit with its dark
 * periods, discharge), volume estimation from draught and registry particulars with low and high
 * bounds, tonne-to-barrel factors by product, and the laden-scenario method of the 2018 US
 * submission to the 1718 Committee. See README.md in this directory.
 */
@NullMarked
package org.tidewatch.core.delivery;

import org.jspecify.annotations.NullMarked;
