/**
 * Provenance and releasability: every stored record says where it came from (source, line, ingest
 * run, content hash) and who may see it (a releasability marking). Analysts' products are evidence;
 * each fact in them must lead back to the line of the file it came from.
 */
@NullMarked
package org.tidewatch.core.provenance;

import org.jspecify.annotations.NullMarked;
