package app.wingspan.server.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery by the Standard Webhooks specification: {@code webhook-signature} holds {@code
 * v1,} and the base64 HMAC-SHA256 of {@code id + "." + timestamp + "." + body}, one per secret,
 * space-separated (more than one while a secret rotates).
 *
 * <p>The key is the preference's {@code sharedSecret}: its UTF-8 bytes, or, for a secret in
 * Standard Webhooks' format ({@code whsec_} and base64), the bytes the base64 decodes to. The SDK's
 * {@code Webhooks} applies the same rule (its own copy: the SDK does not depend on the server);
 * both are checked against the npm {@code standardwebhooks} verifier by {@code
 * interop/standard-webhooks/run}.
 */
public final class WebhookSigner {

  private static final String SECRET_PREFIX = "whsec_";

  private WebhookSigner() {}

  /** The three headers of a signed delivery. Its {@link #toString()} is safe to log. */
  public record SignedHeaders(String id, String timestamp, String signature) {
    /** The header name of the event id. */
    public static final String ID = "webhook-id";

    /** The header name of the signing time, in whole seconds since the epoch. */
    public static final String TIMESTAMP = "webhook-timestamp";

    /** The header name of the signatures. */
    public static final String SIGNATURE = "webhook-signature";
  }

  /**
   * Signs {@code body} for sending at {@code at}, under every secret in {@code secrets}.
   *
   * @throws IllegalArgumentException when the id is blank or has a space, dot or comma (which would
   *     make the signed content ambiguous), no secret is given, or a secret cannot key the HMAC
   */
  public static SignedHeaders sign(String id, Instant at, byte[] body, List<String> secrets) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(body, "body");
    if (id.isBlank() || id.chars().anyMatch(c -> c == ' ' || c == '.' || c == ',')) {
      throw new IllegalArgumentException(
          "a webhook id must be non-blank with no spaces, dots or commas, was '" + id + "'");
    }
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("a delivery is signed with at least one secret");
    }
    String timestamp = Long.toString(at.getEpochSecond());
    List<String> signatures = new ArrayList<>(secrets.size());
    for (String secret : secrets) {
      signatures.add(
          "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), id, timestamp, body)));
    }
    return new SignedHeaders(id, timestamp, String.join(" ", signatures));
  }

  /**
   * The HMAC key a shared secret stands for.
   *
   * @throws IllegalArgumentException when the secret is empty, or is {@code whsec_} followed by
   *     something that is not base64 of at least one byte; the message never carries the secret
   */
  public static byte[] key(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("a shared secret must not be empty");
    }
    if (!secret.startsWith(SECRET_PREFIX)) {
      return secret.getBytes(StandardCharsets.UTF_8);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a shared secret starting with whsec_ must be base64 after the prefix");
    }
    if (key.length == 0) {
      throw new IllegalArgumentException(
          "a whsec_ shared secret must have key bytes after the prefix");
    }
    return key;
  }

  private static byte[] hmac(byte[] key, String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e); // every JDK must have it
    }
  }
}
