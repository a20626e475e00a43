package org.tidewatch.ais;

/**
 * Signals that a payload or sentence cannot be decoded, with the counted reason.
 *
 * <p>Stackless on purpose: rejections are ordinary outcomes on real feeds, not bugs, and they sit
 * on the decoding hot path. Never escapes the public reading API: {@code AisReader} turns it into a
 * counted rejection.
 */
public final class AisDecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  public AisDecodeException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
