package org.tidewatch.core.sanctions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of one sanctions list, as that list gives it. The same ship or company listed by
 * several authorities is several {@code SanctionsEntity} values, joined by {@link EntityMerger}
 * into a {@link MergedEntity} that keeps each of them as a source.
 *
 * @param listId the list this entry belongs to ({@code "ofac-sdn"}, {@code "un-sc-consolidated"})
 * @param entryId the list's own id for the entry (OFAC ent_num, UN reference number, ...)
 * @param type person, company, vessel, aircraft or unknown
 * @param names the names, primary first
 * @param programs sanctions programs or regimes ({@code "DPRK3"}, {@code "DPRK"}, {@code "EU-PRK"})
 * @param countries countries of nationality, citizenship, incorporation or location, as published
 * @param addresses addresses
 * @param links relations to other parties
 * @param vessel vessel particulars, for vessels
 * @param companyImo the IMO company number, for ship-owning or ship-managing companies
 * @param birthDates dates or years of birth as published ({@code "1944-10-13"}, {@code "1958"})
 * @param listedOn the date of designation, when given
 * @param remarks free text the list attaches (comments, reasons)
 */
public record SanctionsEntity(
    String listId,
    String entryId,
    EntityType type,
    List<EntityName> names,
    List<String> programs,
    List<String> countries,
    List<Address> addresses,
    List<EntityLink> links,
    Optional<VesselParticulars> vessel,
    Optional<CompanyImoNumber> companyImo,
    List<String> birthDates,
    Optional<LocalDate> listedOn,
    String remarks) {

  /** Copies the lists and checks there is a name. */
  public SanctionsEntity {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entry " + listId + ":" + entryId + " has no name");
    }
    programs = List.copyOf(programs);
    countries = List.copyOf(countries);
    addresses = List.copyOf(addresses);
    links = List.copyOf(links);
    birthDates = List.copyOf(birthDates);
  }

  /** {@code listId:entryId}, unique across lists. */
  public String key() {
    return listId + ":" + entryId;
  }

  /** The name the entry is listed under. */
  public String primaryName() {
    return names.get(0).value();
  }

  /** The IMO ship number, when this is a vessel with one. */
  public Optional<ImoNumber> imo() {
    return vessel.flatMap(VesselParticulars::imo);
  }

  /** A builder, for readers that collect fields as they go. */
  public static SanctionsEntityBuilder builder(String listId, String entryId, EntityType type) {
    return new SanctionsEntityBuilder(listId, entryId, type);
  }
}
