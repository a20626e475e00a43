/** The official download addresses of the lists and a downloader for when the machine is online. */
@NullMarked
package org.tidewatch.sanctions.update;

import org.jspecify.annotations.NullMarked;
