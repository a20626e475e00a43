/** The theatre simulator: realistic AIS for North-East Asian waters, with ground truth. */
package org.tidewatch.sim;
