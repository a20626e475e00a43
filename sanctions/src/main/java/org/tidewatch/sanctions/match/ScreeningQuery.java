package org.tidewatch.sanctions.match;

import java.util.Optional;
import org.tidewatch.core.sanctions.EntityType;

/**
 * What to screen: a name and/or identifiers, with optional qualifiers.
 *
 * @param name the counterparty's name
 * @param imo an IMO ship or company number (digits, "IMO" prefix allowed)
 * @param mmsi an MMSI
 * @param callSign a call sign
 * @param type restrict to vessels, companies or people
 * @param country a country (nationality, flag, jurisdiction) to qualify the match
 * @param birthDate a date or year of birth, for people
 */
public record ScreeningQuery(
    Optional<String> name,
    Optional<String> imo,
    Optional<String> mmsi,
    Optional<String> callSign,
    Optional<EntityType> type,
    Optional<String> country,
    Optional<String> birthDate) {

  /** A name-only query. */
  public static ScreeningQuery ofName(String name) {
    return new ScreeningQuery(
        Optional.of(name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** This query restricted to a type. */
  public ScreeningQuery withType(EntityType t) {
    return new ScreeningQuery(name, imo, mmsi, callSign, Optional.of(t), country, birthDate);
  }

  /** This query with a country qualifier. */
  public ScreeningQuery withCountry(String c) {
    return new ScreeningQuery(name, imo, mmsi, callSign, type, Optional.of(c), birthDate);
  }

  /** This query with a date of birth qualifier. */
  public ScreeningQuery withBirthDate(String d) {
    return new ScreeningQuery(name, imo, mmsi, callSign, type, country, Optional.of(d));
  }

  /** This query with an IMO number. */
  public ScreeningQuery withImo(String i) {
    return new ScreeningQuery(name, Optional.of(i), mmsi, callSign, type, country, birthDate);
  }
}
