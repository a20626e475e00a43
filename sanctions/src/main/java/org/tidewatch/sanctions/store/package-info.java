/** List versions persisted under {@code <data>/sanctions/}: stored files and a JSON catalog. */
@NullMarked
package org.tidewatch.sanctions.store;

import org.jspecify.annotations.NullMarked;
