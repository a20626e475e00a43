package org.tidewatch.sanctions.read;

import java.nio.file.Path;

/**
 * A list file that cannot be read as its format demands. Carries the file, the line (0 when the
 * position is unknown) and the reason, so the user can look at the offending line.
 */
public final class MalformedListException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final transient Path file;

  /** The 1-based line, 0 when unknown. */
  private final long line;

  /** Why it was refused. */
  private final String reason;

  /** A refusal at a known line. */
  public MalformedListException(Path file, long line, String reason) {
    super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line, 0 when unknown. */
  public long line() {
    return line;
  }

  /** Why it was refused. */
  public String reason() {
    return reason;
  }
}
