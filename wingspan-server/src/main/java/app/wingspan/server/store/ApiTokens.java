package app.wingspan.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API tokens: 256 random bits, base64url, prefixed {@code wsk_} so a leaked one is recognisable in
 * a scan. Only {@link #hash} of a token is ever stored.
 */
public final class ApiTokens {
  /** The prefix every token starts with. */
  public static final String PREFIX = "wsk_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokens() {}

  /** A new random token, to be shown to its owner once. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a token, the only form in which it is stored and looked up. */
  public static byte[] hash(String token) {
    return sha256(token.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
