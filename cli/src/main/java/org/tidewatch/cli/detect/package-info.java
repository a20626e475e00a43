/** The detection commands: {@code detect}, {@code events} and {@code evaluate detection}. */
package org.tidewatch.cli.detect;
