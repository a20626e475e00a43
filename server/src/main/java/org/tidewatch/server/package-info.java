/** REST API (Javalin), authentication, OpenAPI, and the built web UI. */
package org.tidewatch.server;
