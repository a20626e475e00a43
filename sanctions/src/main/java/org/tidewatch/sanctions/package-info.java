/**
 * Sanctions list readers, list versions, entity merging, name normalisation and the screening
 * index. The entity model itself is plain Java in {@code org.tidewatch.core.sanctions}.
 */
@NullMarked
package org.tidewatch.sanctions;

import org.jspecify.annotations.NullMarked;
