/** The embedded runner: ingest from files into the store. */
package org.tidewatch.engine;
