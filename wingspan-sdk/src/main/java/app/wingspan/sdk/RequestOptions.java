package app.wingspan.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one call that override the client's: timeout, retry policy, idempotency key and
 * extra headers. Immutable and reusable; pass it as the last argument of any {@link ClientInvoices}
 * operation.
 *
 * <pre>{@code
 * sdk.clientInvoice().create(request, RequestOptions.builder()
 *     .idempotencyKey(orderId)
 *     .timeout(Duration.ofSeconds(5))
 *     .build());
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions DEFAULTS = new Builder().build();

  private final Duration timeout;
  private final RetryPolicy retryPolicy;
  private final String idempotencyKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
    this.idempotencyKey = builder.idempotencyKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /**
   * Options that override nothing: the call uses the client's settings.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder of options.
   *
   * @return a new builder with nothing overridden
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The timeout of each attempt of this call, when set.
   *
   * @return the timeout, or empty to use the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The retry policy of this call, when set.
   *
   * @return the policy, or empty to use the client's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * The {@code Idempotency-Key} this call sends, when set.
   *
   * @return the key, or empty for a generated one (create, update, pay) or none (reads)
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * The headers this call adds, {@code If-Match} included, in the order set.
   *
   * @return an unmodifiable map of header names to values
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The {@code If-Match} this call sends, when set.
   *
   * @return the entity tag, or empty for an unconditional call
   */
  public Optional<String> ifMatch() {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("If-Match"))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Options are equal when they override the same settings with the same values, so a test can
   * verify the options a call was made with.
   *
   * @param other the object to compare with
   * @return whether both are options with equal settings
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions that
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(retryPolicy, that.retryPolicy)
        && Objects.equals(idempotencyKey, that.idempotencyKey)
        && headers.equals(that.headers);
  }

  /**
   * A hash of the settings.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(timeout, retryPolicy, idempotencyKey, headers);
  }

  /**
   * Describes what these options override. Header values are left out: they may carry credentials.
   *
   * @return a description without header values
   */
  @Override
  public String toString() {
    return "RequestOptions{timeout="
        + timeout
        + ", retryPolicy="
        + retryPolicy
        + ", idempotencyKey="
        + (idempotencyKey == null ? null : "set")
        + ", headers="
        + headers.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}; anything not set falls back to the client's setting. */
  public static final class Builder {
    private Duration timeout;
    private RetryPolicy retryPolicy;
    private String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the time each attempt of this call may take, from sending the request to receiving the
     * response headers and body.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Settings.positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the retry policy of this call.
     *
     * @param retryPolicy the policy; {@link RetryPolicy#none()} turns retries off
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Turns retries off for this call; the same as {@code retryPolicy(RetryPolicy.none())}.
     *
     * @return this builder
     */
    public Builder disableRetries() {
      return retryPolicy(RetryPolicy.none());
    }

    /**
     * Sets the {@code Idempotency-Key} of this call instead of a generated one. {@code create},
     * {@code update} and {@code pay} always send a key (a new random UUID per call unless set
     * here), so a retry after an ambiguous failure gets the first answer; reads send it only when
     * set. Use a key derived from your own record (an order id) to make a call safe to repeat
     * across process restarts.
     *
     * @param idempotencyKey 1 to 255 visible ASCII characters
     * @return this builder
     * @throws IllegalArgumentException if empty, too long or not visible ASCII
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = Settings.idempotencyKey(idempotencyKey);
      return this;
    }

    /**
     * Makes an update conditional: the server applies it only if the invoice's current {@code ETag}
     * is this one, and answers 412 ({@link PreconditionFailedException}) otherwise. Sends {@code
     * If-Match}.
     *
     * @param etag an entity tag as returned by {@link GetClientInvoiceResponse#etag()}, quotes
     *     included
     * @return this builder
     */
    public Builder ifMatch(String etag) {
      return header("If-Match", Objects.requireNonNull(etag, "etag"));
    }

    /**
     * Adds a header to this call, replacing a client default or SDK header of the same name.
     *
     * @param name a valid header name the HTTP client lets callers set
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is restricted ({@code Host}, {@code
     *     Content-Length}, ...) or the name or value is not valid in HTTP
     */
    public Builder header(String name, String value) {
      Settings.header(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
