package app.wingspan.sdk;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The three headers of a signed webhook delivery, as the Standard Webhooks specification names
 * them: {@code webhook-id} (the event id, the same on every retry: de-duplicate on it), {@code
 * webhook-timestamp} (whole seconds since the epoch, when this attempt was signed) and {@code
 * webhook-signature} (one or more space-separated {@code v1,<base64 HMAC-SHA256>}; more than one
 * while a secret rotates).
 *
 * <p>Read them from the request your web framework received, for example {@code
 * WebhookHeaders.from(request::getHeader)} with a Servlet request, or {@code
 * WebhookHeaders.from(exchange.getRequestHeaders())} with the JDK's HTTP server. A component is
 * null when its header is absent; {@link Webhooks#constructEvent} then says which one is missing.
 *
 * @param id the {@code webhook-id} header, or null when absent
 * @param timestamp the {@code webhook-timestamp} header, or null when absent
 * @param signature the {@code webhook-signature} header, or null when absent
 */
public record WebhookHeaders(String id, String timestamp, String signature) {

  /** The name of the header carrying the event id: {@value}. */
  public static final String ID = "webhook-id";

  /** The name of the header carrying the signing time in epoch seconds: {@value}. */
  public static final String TIMESTAMP = "webhook-timestamp";

  /** The name of the header carrying the signatures: {@value}. */
  public static final String SIGNATURE = "webhook-signature";

  /**
   * The headers read through a look-up by name, such as a Servlet request's {@code getHeader}.
   *
   * @param header returns a header's value by its name (lower-case as above), or null when absent
   * @return the headers
   */
  public static WebhookHeaders from(Function<String, String> header) {
    Objects.requireNonNull(header, "header");
    return new WebhookHeaders(header.apply(ID), header.apply(TIMESTAMP), header.apply(SIGNATURE));
  }

  /**
   * The headers read from a map of header names to values, matching names without regard to case
   * (as HTTP does): the JDK HTTP server's {@code Headers}, {@code java.net.http.HttpHeaders#map()},
   * Spring's {@code HttpHeaders}. Where a header appears more than once, the first value is read.
   *
   * @param headers the request's headers
   * @return the headers
   */
  public static WebhookHeaders from(Map<String, ? extends Collection<String>> headers) {
    Objects.requireNonNull(headers, "headers");
    return from(name -> first(headers, name));
  }

  /**
   * The headers as a map of header name to value, to set on a request (in a test that posts a
   * {@link Webhooks#sign signed} payload to your own endpoint). Absent headers are left out.
   *
   * @return a new, ordered map: {@code webhook-id}, {@code webhook-timestamp}, {@code
   *     webhook-signature}
   */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    if (id != null) {
      map.put(ID, id);
    }
    if (timestamp != null) {
      map.put(TIMESTAMP, timestamp);
    }
    if (signature != null) {
      map.put(SIGNATURE, signature);
    }
    return map;
  }

  private static String first(Map<String, ? extends Collection<String>> headers, String name) {
    for (Map.Entry<String, ? extends Collection<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null
          && entry.getKey().equalsIgnoreCase(name)
          && entry.getValue() != null
          && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
  }
}
