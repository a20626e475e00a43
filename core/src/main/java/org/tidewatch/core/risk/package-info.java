/**
 * Explained vessel risk: a 0-100 score from factors, each with its weight and its evidence; the
 * weights live in one documented file, {@code risk-weights.properties}. See README.md here.
 */
@NullMarked
package org.tidewatch.core.risk;

import org.jspecify.annotations.NullMarked;
