/**
 * Screening: name normalisation and transliteration, token-aligned name similarity with number
 * awareness, an inverted candidate index and an explainable scorer.
 */
@NullMarked
package org.tidewatch.sanctions.match;

import org.jspecify.annotations.NullMarked;
