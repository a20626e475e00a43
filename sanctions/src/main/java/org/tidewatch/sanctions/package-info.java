/** Sanctions list readers, entity merging, name normalisation and the screening index. */
package org.tidewatch.sanctions;
