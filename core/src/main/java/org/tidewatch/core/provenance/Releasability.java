package org.tidewatch.core.provenance;

/**
 * A releasability marking carried by every stored record: who may see it. The text is whatever the
 * deploying organisation uses ({@code UNCLASSIFIED}, {@code OFFICIAL}, {@code REL TO GBR, USA},
 * ...); tidewatch only stores, propagates and filters on it. The default for an ingest is
 * configurable (see {@code --marking}).
 *
 * @param marking the marking text, 1 to 200 printable characters, upper-cased by convention
 */
public record Releasability(String marking) {

  /** The marking given to data when nobody said otherwise. */
  public static final Releasability UNMARKED = new Releasability("UNMARKED");

  /** Validates the marking text. */
  public Releasability {
    if (marking.isBlank() || marking.length() > 200) {
      throw new IllegalArgumentException("a marking is 1 to 200 characters: '" + marking + "'");
    }
    for (int i = 0; i < marking.length(); i++) {
      if (Character.isISOControl(marking.charAt(i))) {
        throw new IllegalArgumentException("control character in marking: '" + marking + "'");
      }
    }
  }

  @Override
  public String toString() {
    return marking;
  }
}
