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

  /**
   * Joins the parts of a combined marking ({@link #allOf}): {@value}. A combined marking is for
   * those cleared for every part; a single marking should not contain it.
   */
  public static final String JOINT = " + ";

  /**
   * The last part of a combined marking too long to be written whole: {@value}. Nobody is cleared
   * for it, so the record stays hidden (too restrictive, never too open).
   */
  public static final String TRUNCATED = "...";

  private static final int MAX_LENGTH = 200;

  /**
   * The marking of a record derived from records of all these markings (a detected event, say): the
   * distinct parts, sorted, joined by {@link #JOINT}; one part is itself; none is {@link
   * #UNMARKED}. Longer than 200 characters, the parts that do not fit give way to {@link
   * #TRUNCATED}.
   */
  public static Releasability allOf(java.util.Collection<String> markings) {
    java.util.TreeSet<String> parts = new java.util.TreeSet<>();
    for (String m : markings) {
      parts.addAll(new Releasability(m).parts()); // a combined one contributes its parts
    }
    if (parts.isEmpty()) {
      return UNMARKED;
    }
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      int room = MAX_LENGTH - JOINT.length() - TRUNCATED.length();
      if (b.length() > 0 && b.length() + JOINT.length() + p.length() > room) {
        b.append(JOINT).append(TRUNCATED);
        break;
      }
      b.append(b.length() > 0 ? JOINT : "").append(p);
    }
    return new Releasability(b.toString());
  }

  /** The parts of a combined marking ({@link #allOf}); a single marking is its own one part. */
  public java.util.List<String> parts() {
    return marking.contains(JOINT)
        ? java.util.List.of(marking.split(" \\+ "))
        : java.util.List.of(marking);
  }

  /**
   * True when someone cleared for exactly these marking texts may see records of this marking:
   * cleared for it, or, for a combined marking, for every one of its parts (never for a {@link
   * #TRUNCATED} one).
   */
  public boolean visibleTo(java.util.Set<String> clearances) {
    return visibleTo(marking, clearances);
  }

  /** {@link #visibleTo(java.util.Set)} of a marking text, without building the record. */
  public static boolean visibleTo(String marking, java.util.Set<String> clearances) {
    if (clearances.contains(marking)) {
      return true;
    }
    if (!marking.contains(JOINT)) {
      return false;
    }
    for (String p : marking.split(" \\+ ")) {
      if (p.equals(TRUNCATED) || !clearances.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /** Validates the marking text. */
  public Releasability {
    if (marking.isBlank() || marking.length() > MAX_LENGTH) {
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
