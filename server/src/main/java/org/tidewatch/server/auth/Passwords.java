package org.tidewatch.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Password hashing with bcrypt (the {@code at.favre.lib:bcrypt} library; we write no crypto of our
 * own). Cost 12 in production; tests may lower it.
 */
public final class Passwords {
  /** The bcrypt cost used for new hashes. */
  public static final int DEFAULT_COST = 12;

  /** The shortest password accepted. */
  public static final int MIN_LENGTH = 8;

  private final int cost;
  private final String dummyHash;

  public Passwords(int cost) {
    this.cost = cost;
    this.dummyHash = hash("not-a-real-password-only-equalises-timing");
  }

  /** A bcrypt hash ({@code $2a$...}) of the password. */
  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  /** Checks a password against a hash. */
  public boolean verify(String password, String hash) {
    return BCrypt.verifyer()
        .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
        .verified;
  }

  /** Spends the time of one verification, so that unknown users answer as slowly as known. */
  public void verifyDummy(String password) {
    verify(password, dummyHash);
  }

  /** Rejects passwords that are too short (at least {@value #MIN_LENGTH} characters). */
  public static void checkStrength(String password) {
    if (password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
  }
}
