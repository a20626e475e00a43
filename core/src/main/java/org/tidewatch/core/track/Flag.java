package org.tidewatch.core.track;

/**
 * A flag (administration) as the ITU allocates Maritime Identification Digits to it.
 *
 * @param mid the three Maritime Identification Digits (201 to 775)
 * @param iso2 ISO 3166-1 alpha-2 code of the administration's country or territory
 * @param administration the administration's name
 */
public record Flag(int mid, String iso2, String administration) {}
