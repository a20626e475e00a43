/**
 * Labelled operations (evasion and confusers) with their scripted hulls and the ground truth
 * written to truth.json.
 */
package org.tidewatch.sim.ops;
