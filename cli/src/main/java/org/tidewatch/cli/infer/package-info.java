/**
 * The inference commands: {@code tidewatch ledger}, {@code tidewatch risk} and {@code tidewatch
 * evaluate inference}.
 */
package org.tidewatch.cli.infer;
