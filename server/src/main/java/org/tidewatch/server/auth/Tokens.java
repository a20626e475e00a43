package org.tidewatch.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed bearer tokens: JWTs (RFC 7519) signed with HMAC-SHA-256 by the Nimbus JOSE+JWT library,
 * carrying the user name ({@code sub}) and expiry. Role and clearances are not trusted from the
 * token: they are looked up in the user store on every request, so a change takes effect at once.
 */
public final class Tokens {
  static final String ISSUER = "tidewatch";

  /** Most verified tokens remembered (the memo is emptied when it is full). */
  static final int VERIFIED_MEMO = 10_000;

  /** A token that verified: its user and expiry (still checked on every use). */
  private record Verified(String subject, Instant expires) {}

  /**
   * Tokens already verified, by their full text (signature included, so only the exact token that
   * verified matches): parsing and the HMAC are most of an authenticated request's cost otherwise.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Duration lifetime;
  private final Clock clock;

  /**
   * @param secret at least 32 bytes of secret key material
   * @param lifetime how long a token is valid
   */
  public Tokens(byte[] secret, Duration lifetime, Clock clock) {
    try {
      this.signer = new MACSigner(secret);
      this.verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("token secret: " + e.getMessage(), e);
    }
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** The token lifetime. */
  public Duration lifetime() {
    return lifetime;
  }

  /** Issues a token for a user. */
  public String issue(String user) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(user)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign token", e);
    }
    return jwt.serialize();
  }

  /** The user a valid, unexpired token of ours names; empty for anything else. */
  public Optional<String> verify(String token) {
    Verified known = verified.get(token);
    if (known != null) {
      if (known.expires().isAfter(clock.instant())) {
        return Optional.of(known.subject());
      }
      verified.remove(token);
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      Date exp = c.getExpirationTime();
      if (!ISSUER.equals(c.getIssuer())
          || exp == null
          || !exp.toInstant().isAfter(clock.instant())
          || c.getSubject() == null) {
        return Optional.empty();
      }
      if (verified.size() >= VERIFIED_MEMO) {
        verified.clear();
      }
      verified.put(token, new Verified(c.getSubject(), exp.toInstant()));
      return Optional.of(c.getSubject());
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
