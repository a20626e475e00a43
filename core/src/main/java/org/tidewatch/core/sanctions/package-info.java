/**
 * The sanctions entity model: listed vessels, companies, people and aircraft with their names,
 * identifiers (IMO ship and company numbers, MMSI, call sign), programs, addresses and links, the
 * list versions they came from, merging of the same thing across lists, and list diffs.
 *
 * <p>Plain Java: the readers that build these values from the published list formats live in the
 * {@code sanctions} module.
 */
@NullMarked
package org.tidewatch.core.sanctions;

import org.jspecify.annotations.NullMarked;
