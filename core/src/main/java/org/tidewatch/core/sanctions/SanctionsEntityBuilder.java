package org.tidewatch.core.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects the fields of a {@link SanctionsEntity} while a reader walks a list entry. */
public final class SanctionsEntityBuilder {
  private final String listId;
  private final String entryId;
  private EntityType type;
  private final List<EntityName> names = new ArrayList<>();
  private final Set<String> nameValues = new LinkedHashSet<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final List<Address> addresses = new ArrayList<>();
  private final List<EntityLink> links = new ArrayList<>();
  private @Nullable ImoNumber imo;
  private final Set<Mmsi> mmsis = new LinkedHashSet<>();
  private @Nullable CallSign callSign;
  private @Nullable String flag;
  private final Set<String> formerFlags = new LinkedHashSet<>();
  private @Nullable String vesselType;
  private @Nullable CompanyImoNumber companyImo;
  private final Set<String> birthDates = new LinkedHashSet<>();
  private @Nullable LocalDate listedOn;
  private final StringBuilder remarks = new StringBuilder();

  SanctionsEntityBuilder(String listId, String entryId, EntityType type) {
    this.listId = listId;
    this.entryId = entryId;
    this.type = type;
  }

  /** Changes the type (some formats only reveal it late). */
  public SanctionsEntityBuilder type(EntityType t) {
    this.type = t;
    return this;
  }

  /** The current type. */
  public EntityType type() {
    return type;
  }

  /** Adds a name unless blank or already present (the first name added is the primary one). */
  public SanctionsEntityBuilder name(@Nullable String value, NameKind kind) {
    if (value == null) {
      return this;
    }
    String v = value.strip().replaceAll("\\s+", " ");
    if (!v.isEmpty() && nameValues.add(v)) {
      names.add(new EntityName(v, names.isEmpty() ? NameKind.PRIMARY : kind));
    }
    return this;
  }

  /** Adds a program (trimmed, duplicates ignored). */
  public SanctionsEntityBuilder program(@Nullable String p) {
    if (p != null && !p.isBlank()) {
      programs.add(p.strip());
    }
    return this;
  }

  /** Adds a country (trimmed, duplicates ignored). */
  public SanctionsEntityBuilder country(@Nullable String c) {
    if (c != null && !c.isBlank()) {
      countries.add(c.strip());
    }
    return this;
  }

  /** Adds an address when it has any content. */
  public SanctionsEntityBuilder address(Address a) {
    if (!a.lines().isEmpty() || a.country().isPresent()) {
      addresses.add(a);
      a.country().ifPresent(this::country);
    }
    return this;
  }

  /** Adds a link. */
  public SanctionsEntityBuilder link(LinkKind kind, String target) {
    if (!target.isBlank()) {
      links.add(new EntityLink(kind, target.strip(), Optional.empty()));
    }
    return this;
  }

  /** Sets the IMO ship number (first one wins). */
  public SanctionsEntityBuilder imo(ImoNumber n) {
    if (imo == null) {
      imo = n;
    }
    return this;
  }

  /** Adds an MMSI. */
  public SanctionsEntityBuilder mmsi(Mmsi m) {
    mmsis.add(m);
    return this;
  }

  /** Sets the call sign (first one wins). */
  public SanctionsEntityBuilder callSign(CallSign c) {
    if (callSign == null) {
      callSign = c;
    }
    return this;
  }

  /** Sets the flag (first one wins). */
  public SanctionsEntityBuilder flag(@Nullable String f) {
    if (flag == null && f != null && !f.isBlank()) {
      flag = f.strip();
    }
    return this;
  }

  /** Adds a former flag. */
  public SanctionsEntityBuilder formerFlag(String f) {
    if (!f.isBlank()) {
      formerFlags.add(f.strip());
    }
    return this;
  }

  /** Sets the vessel type. */
  public SanctionsEntityBuilder vesselType(@Nullable String t) {
    if (vesselType == null && t != null && !t.isBlank()) {
      vesselType = t.strip();
    }
    return this;
  }

  /** Sets the IMO company number. */
  public SanctionsEntityBuilder companyImo(CompanyImoNumber n) {
    if (companyImo == null) {
      companyImo = n;
    }
    return this;
  }

  /** Adds a date or year of birth as published. */
  public SanctionsEntityBuilder birthDate(@Nullable String d) {
    if (d != null && !d.isBlank()) {
      birthDates.add(d.strip());
    }
    return this;
  }

  /** Sets the listing date. */
  public SanctionsEntityBuilder listedOn(@Nullable LocalDate d) {
    if (d != null) {
      listedOn = d;
    }
    return this;
  }

  /** Appends remarks text. */
  public SanctionsEntityBuilder remarks(@Nullable String r) {
    if (r != null && !r.isBlank()) {
      if (!remarks.isEmpty()) {
        remarks.append(' ');
      }
      remarks.append(r.strip());
    }
    return this;
  }

  /** True once a name was added. */
  public boolean hasName() {
    return !names.isEmpty();
  }

  /** Builds the entry. */
  public SanctionsEntity build() {
    boolean vesselish =
        type == EntityType.VESSEL
            || imo != null
            || !mmsis.isEmpty()
            || callSign != null
            || vesselType != null;
    Optional<VesselParticulars> vessel =
        vesselish
            ? Optional.of(
                new VesselParticulars(
                    Optional.ofNullable(imo),
                    List.copyOf(mmsis),
                    Optional.ofNullable(callSign),
                    Optional.ofNullable(flag),
                    List.copyOf(formerFlags),
                    Optional.ofNullable(vesselType)))
            : Optional.empty();
    return new SanctionsEntity(
        listId,
        entryId,
        type,
        names,
        List.copyOf(programs),
        List.copyOf(countries),
        addresses,
        links,
        vessel,
        Optional.ofNullable(companyImo),
        List.copyOf(birthDates),
        Optional.ofNullable(listedOn),
        remarks.toString());
  }
}
