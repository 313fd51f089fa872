// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import org.openapitools.jackson.nullable.JsonNullable;

/**
 * How a client pays an invoice: a saved account, a payment method, or a Plaid public token.
 *
 * <p>Each optional field is absent, explicit null, or a value: three different requests. A Java
 * null given for a {@code JsonNullable} means absent.
 *
 * <p>{@code toString()} masks {@code plaidPublicToken}: it must never reach a log.
 *
 * <p>Wire schema: {@code PayRequest}.
 *
 * @param accountId a saved bank account of the client to pay from
 * @param paymentMethodId a saved card or other payment method of the client
 * @param plaidPublicToken a Plaid Link public token for a bank account linked just now; a secret
 */
public record PayRequest(
    JsonNullable<String> accountId,
    JsonNullable<String> paymentMethodId,
    JsonNullable<String> plaidPublicToken) {
  /** A Java null field means absent, so a request built by hand never holds a null JsonNullable. */
  public PayRequest {
    accountId = Copies.nullable(accountId);
    paymentMethodId = Copies.nullable(paymentMethodId);
    plaidPublicToken = Copies.nullable(plaidPublicToken);
  }

  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "PayRequest["
        + "accountId="
        + accountId
        + ", paymentMethodId="
        + paymentMethodId
        + ", plaidPublicToken="
        + Copies.mask(plaidPublicToken)
        + "]";
  }

  /**
   * A builder with every field unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.accountId = accountId;
    builder.paymentMethodId = paymentMethodId;
    builder.plaidPublicToken = plaidPublicToken;
    return builder;
  }

  /** Builds a {@link PayRequest}; fields never set stay absent. */
  public static final class Builder {
    private JsonNullable<String> accountId = JsonNullable.undefined();
    private JsonNullable<String> paymentMethodId = JsonNullable.undefined();
    private JsonNullable<String> plaidPublicToken = JsonNullable.undefined();

    private Builder() {}

    /**
     * Sets {@code accountId}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * <p>A saved bank account of the client to pay from.
     *
     * @param accountId the value, or null
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = JsonNullable.of(accountId);
      return this;
    }

    /**
     * Sets {@code paymentMethodId}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * <p>A saved card or other payment method of the client.
     *
     * @param paymentMethodId the value, or null
     * @return this builder
     */
    public Builder paymentMethodId(String paymentMethodId) {
      this.paymentMethodId = JsonNullable.of(paymentMethodId);
      return this;
    }

    /**
     * Sets {@code plaidPublicToken}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * <p>A Plaid Link public token for a bank account linked just now; a secret.
     *
     * @param plaidPublicToken the value, or null
     * @return this builder
     */
    public Builder plaidPublicToken(String plaidPublicToken) {
      this.plaidPublicToken = JsonNullable.of(plaidPublicToken);
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link PayRequest}
     */
    public PayRequest build() {
      return new PayRequest(accountId, paymentMethodId, plaidPublicToken);
    }
  }
}
