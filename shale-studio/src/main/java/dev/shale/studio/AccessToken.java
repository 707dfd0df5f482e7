package dev.shale.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random secret in the address the studio prints: without it, another local process or a web
 * page the browser has open cannot read the schema or the rows.
 */
final class AccessToken {
  private final String value;

  private AccessToken(String value) {
    this.value = value;
  }

  static AccessToken random() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  String value() {
    return value;
  }

  /** Whether {@code given} is the token, compared in constant time. */
  boolean matches(String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
