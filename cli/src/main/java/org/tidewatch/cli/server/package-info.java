/** {@code tidewatch serve} and {@code tidewatch users}: the analyst's workspace from the CLI. */
package org.tidewatch.cli.server;
