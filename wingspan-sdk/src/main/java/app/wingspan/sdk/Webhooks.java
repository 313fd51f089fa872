package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.WingspanJson;
import app.wingspan.sdk.WebhookVerificationException.Reason;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the webhooks a Wingspan server delivers, and signs payloads for tests, by the Standard
 * Webhooks specification: a delivery carries the headers {@code webhook-id}, {@code
 * webhook-timestamp} and {@code webhook-signature}, the last holding {@code v1,} and the base64
 * HMAC-SHA256 of {@code id + "." + timestamp + "." + body}; while a secret rotates it carries one
 * such signature per secret, separated by spaces.
 *
 * <p><b>The key.</b> The HMAC key is the preference's {@code sharedSecret}: its UTF-8 bytes, or,
 * for a secret written in Standard Webhooks' own format, {@code whsec_} followed by base64, the
 * bytes that base64 decodes to (which is what every Standard Webhooks library does with such a
 * string). So a receiver may verify with this class, or with any Standard Webhooks library given
 * the {@code whsec_} secret as it is, or a plain secret as raw bytes.
 *
 * <p><b>Verify the raw bytes.</b> Pass the request body exactly as it arrived: a body that was
 * parsed and written again no longer matches its signature.
 *
 * <pre>{@code
 * byte[] body = exchange.getRequestBody().readAllBytes();
 * try {
 *   WebhookEvent event = Webhooks.constructEvent(
 *       body, WebhookHeaders.from(exchange.getRequestHeaders()), System.getenv("WEBHOOK_SECRET"));
 *   if (event.eventName().equals("Invoice.Paid")) {
 *     event.invoice().ifPresent(invoice -> markPaid(event.eventId(), invoice));
 *   }
 *   exchange.sendResponseHeaders(204, -1);
 * } catch (WebhookVerificationException e) {
 *   exchange.sendResponseHeaders(400, -1);
 * }
 * }</pre>
 */
public final class Webhooks {

  /** How far a delivery's timestamp may be from now by default: five minutes, either way. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String SECRET_PREFIX = "whsec_";
  private static final String SCHEME = "v1,";
  private static final String INVOICE_ENTITY = "Invoice";
  private static final String INVOICE_EVENT_PREFIX = "Invoice.";

  private Webhooks() {}

  /**
   * Verifies a delivery with the {@link #DEFAULT_TOLERANCE} against the system clock, and decodes
   * it.
   *
   * @param payload the request body exactly as received
   * @param headers the delivery's {@code webhook-*} headers
   * @param secret the endpoint's shared secret (see the class description for how it keys the HMAC)
   * @return the verified event
   * @throws WebhookVerificationException when a header is missing or malformed, the timestamp is
   *     outside the tolerance, no signature matches, or the payload is not an event
   * @throws IllegalArgumentException when the secret is empty, or starts with {@code whsec_} and is
   *     not base64 after it
   */
  public static WebhookEvent constructEvent(byte[] payload, WebhookHeaders headers, String secret) {
    return constructEvent(payload, headers, secret, DEFAULT_TOLERANCE, Clock.systemUTC());
  }

  /**
   * Verifies a delivery and decodes it: the headers are present, the timestamp is within {@code
   * tolerance} of {@code clock}'s now (either way), and one of the {@code v1} signatures is the
   * HMAC of the payload under the secret, compared in constant time.
   *
   * @param payload the request body exactly as received
   * @param headers the delivery's {@code webhook-*} headers
   * @param secret the endpoint's shared secret (see the class description for how it keys the HMAC)
   * @param tolerance how far the timestamp may be from now, either way; not negative
   * @param clock the clock whose now the timestamp is checked against
   * @return the verified event
   * @throws WebhookVerificationException when a header is missing or malformed, the timestamp is
   *     outside the tolerance, no signature matches, or the payload is not an event
   * @throws IllegalArgumentException when the secret is empty, or starts with {@code whsec_} and is
   *     not base64 after it, or the tolerance is negative
   */
  public static WebhookEvent constructEvent(
      byte[] payload, WebhookHeaders headers, String secret, Duration tolerance, Clock clock) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(clock, "clock");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative, was " + tolerance);
    }
    byte[] key = key(secret);
    String id = required(headers.id(), WebhookHeaders.ID);
    String timestamp = required(headers.timestamp(), WebhookHeaders.TIMESTAMP);
    String signatures = required(headers.signature(), WebhookHeaders.SIGNATURE);
    Instant signedAt = signedAt(timestamp);
    checkTolerance(signedAt, tolerance, clock.instant());
    byte[] expected = hmac(key, id, timestamp, payload);
    if (!anyMatches(signatures, expected)) {
      throw new WebhookVerificationException(
          Reason.SIGNATURE_MISMATCH,
          "no v1 signature in webhook-signature matches the payload: check the secret, and verify"
              + " the request body's raw bytes as received, not JSON parsed and written again",
          null);
    }
    return decode(payload, id, signedAt);
  }

  /**
   * Signs a payload as a Wingspan server signs a delivery: for tests that post a webhook to your
   * own endpoint, or build one for {@link #constructEvent}.
   *
   * @param id the event id, sent as {@code webhook-id}; no spaces, dots or commas
   * @param timestamp when the delivery is signed, sent as {@code webhook-timestamp} in whole
   *     seconds
   * @param payload the exact body that will be sent
   * @param secret the shared secret (see the class description for how it keys the HMAC)
   * @return the three headers to send with the payload
   * @throws IllegalArgumentException when the id is blank or has spaces, dots or commas, or the
   *     secret is empty or a {@code whsec_} secret that is not base64 after its prefix
   */
  public static WebhookHeaders sign(String id, Instant timestamp, byte[] payload, String secret) {
    return sign(id, timestamp, payload, List.of(Objects.requireNonNull(secret, "secret")));
  }

  /**
   * Signs a payload under each of several secrets, as a server does while a secret rotates: the
   * {@code webhook-signature} header then holds one {@code v1} signature per secret, separated by
   * spaces, and a receiver holding either secret accepts the delivery.
   *
   * @param id the event id, sent as {@code webhook-id}; no spaces, dots or commas
   * @param timestamp when the delivery is signed, sent as {@code webhook-timestamp} in whole
   *     seconds
   * @param payload the exact body that will be sent
   * @param secrets the shared secrets, at least one
   * @return the three headers to send with the payload
   * @throws IllegalArgumentException when the id is blank or has spaces, dots or commas, no secret
   *     is given, or one is empty or a {@code whsec_} secret that is not base64 after its prefix
   */
  public static WebhookHeaders sign(
      String id, Instant timestamp, byte[] payload, List<String> secrets) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(secrets, "secrets");
    if (id.isBlank() || id.chars().anyMatch(c -> c == ' ' || c == '.' || c == ',')) {
      throw new IllegalArgumentException(
          "id must be non-blank with no spaces, dots or commas, was '" + id + "'");
    }
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("secrets must hold at least one secret");
    }
    String seconds = Long.toString(timestamp.getEpochSecond());
    List<String> signatures = new ArrayList<>();
    for (String secret : secrets) {
      signatures.add(
          SCHEME + Base64.getEncoder().encodeToString(hmac(key(secret), id, seconds, payload)));
    }
    return new WebhookHeaders(id, seconds, String.join(" ", signatures));
  }

  /** The HMAC key a shared secret stands for; see the class description. */
  static byte[] key(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    if (!secret.startsWith(SECRET_PREFIX)) {
      return secret.getBytes(StandardCharsets.UTF_8);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      // The message must not carry the secret, nor the decoder's (which quotes a character of it).
      throw new IllegalArgumentException(
          "a secret starting with whsec_ must be base64 after the prefix (Standard Webhooks' format)");
    }
    if (key.length == 0) {
      throw new IllegalArgumentException("a whsec_ secret must have key bytes after the prefix");
    }
    return key;
  }

  static byte[] hmac(byte[] key, String id, String timestamp, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256 (the Mac class's documentation).
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static String required(String value, String header) {
    if (value == null || value.isBlank()) {
      throw new WebhookVerificationException(
          Reason.MISSING_HEADER, "the " + header + " header is missing", null);
    }
    return value.strip();
  }

  private static Instant signedAt(String timestamp) {
    // Whole seconds, digits only: no sign, no fraction (Standard Webhooks' integer timestamp).
    if (timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_TIMESTAMP,
          "the webhook-timestamp header must be whole seconds since the epoch, was '"
              + printable(timestamp)
              + "'",
          null);
    }
    return Instant.ofEpochSecond(Long.parseLong(timestamp));
  }

  private static void checkTolerance(Instant signedAt, Duration tolerance, Instant now) {
    if (signedAt.isBefore(now.minus(tolerance))) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_TOO_OLD,
          "the webhook-timestamp "
              + signedAt
              + " is more than "
              + tolerance
              + " before now ("
              + now
              + "): a late or replayed delivery",
          null);
    }
    if (signedAt.isAfter(now.plus(tolerance))) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_IN_FUTURE,
          "the webhook-timestamp "
              + signedAt
              + " is more than "
              + tolerance
              + " after now ("
              + now
              + "): check this machine's clock",
          null);
    }
  }

  /** Whether one of the header's {@code v1} signatures is {@code expected}; others are ignored. */
  private static boolean anyMatches(String signatures, byte[] expected) {
    boolean matched = false;
    for (String signature : signatures.split(" ")) {
      if (!signature.startsWith(SCHEME)) {
        continue; // another scheme (v1a: asymmetric) or an empty piece between two spaces
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(signature.substring(SCHEME.length()));
      } catch (IllegalArgumentException e) {
        continue;
      }
      // Constant time, and no early exit: the time taken says nothing of which signature matched.
      matched |= MessageDigest.isEqual(given, expected);
    }
    return matched;
  }

  private static WebhookEvent decode(byte[] payload, String headerId, Instant signedAt) {
    String json = new String(payload, StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = WingspanJson.reader().readTree(payload);
    } catch (JacksonException e) {
      throw malformed("the payload is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw malformed("the payload is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw malformed("the payload is not a JSON object", null);
    }
    String eventName = text(root, "eventName");
    if (eventName == null) {
      throw malformed("the payload has no eventName", null);
    }
    String eventId = text(root, "eventId");
    String entityName = text(root, "entityName");
    JsonNode version = root.get("objectVersion");
    Long objectVersion = version != null && version.canConvertToLong() ? version.asLong() : null;
    return new WebhookEvent(
        eventId == null ? headerId : eventId,
        eventName,
        entityName,
        text(root, "objectId"),
        eventTime(text(root, "timestamp"), signedAt),
        objectVersion,
        invoice(root.get("data"), entityName, eventName),
        json);
  }

  private static ClientInvoice invoice(JsonNode data, String entityName, String eventName) {
    boolean aboutInvoice =
        INVOICE_ENTITY.equals(entityName)
            || (entityName == null && eventName.startsWith(INVOICE_EVENT_PREFIX));
    if (!aboutInvoice || data == null || !data.isObject()) {
      return null;
    }
    try {
      return WingspanJson.readerFor(ClientInvoice.class).readValue(data);
    } catch (JacksonException e) {
      throw malformed("the payload's data is not an invoice: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw malformed("the payload's data is not an invoice: " + e.getMessage(), e);
    }
  }

  private static Instant eventTime(String timestamp, Instant signedAt) {
    if (timestamp == null) {
      return signedAt;
    }
    try {
      return Instant.parse(timestamp);
    } catch (DateTimeException e) {
      return signedAt; // read leniently, as every response is: the signed time is a fair stand-in
    }
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static WebhookVerificationException malformed(String message, Throwable cause) {
    return new WebhookVerificationException(Reason.MALFORMED_PAYLOAD, message, cause);
  }

  private static String printable(String value) {
    String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
