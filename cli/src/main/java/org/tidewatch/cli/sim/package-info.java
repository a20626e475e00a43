/** The {@code tidewatch simulate} command: runs the theatre simulator of module {@code sim}. */
package org.tidewatch.cli.sim;
