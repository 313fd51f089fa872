// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A change a client makes to an invoice: its status and who bears the card fee. A field that is
 * absent or null is left as it is; inside creditFeeHandling, a null share is removed (all three
 * null: the default, the member pays the whole card fee).
 *
 * <p>Each optional field is absent, explicit null, or a value: three different requests. A Java
 * null given for a {@code JsonNullable} means absent.
 *
 * <p>Wire schema: {@code ClientInvoiceUpdateRequest}.
 *
 * @param status the invoice's new status; null leaves it as it is
 * @param creditFeeHandling the new split of the card-processing fee, merged into the current one
 *     share by share (a null share is removed); null leaves it as it is. All three shares null
 *     return the invoice to the default, the member bearing the whole card fee
 */
public record ClientInvoiceUpdateRequest(
    JsonNullable<InvoiceStatus> status, JsonNullable<FeeHandlingConfig> creditFeeHandling) {
  /** A Java null field means absent, so a request built by hand never holds a null JsonNullable. */
  public ClientInvoiceUpdateRequest {
    status = Copies.nullable(status);
    creditFeeHandling = Copies.nullable(creditFeeHandling);
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
    builder.status = status;
    builder.creditFeeHandling = creditFeeHandling;
    return builder;
  }

  /** Builds a {@link ClientInvoiceUpdateRequest}; fields never set stay absent. */
  public static final class Builder {
    private JsonNullable<InvoiceStatus> status = JsonNullable.undefined();
    private JsonNullable<FeeHandlingConfig> creditFeeHandling = JsonNullable.undefined();

    private Builder() {}

    /**
     * Sets {@code status}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * <p>The invoice's new status; null leaves it as it is.
     *
     * @param status the value, or null
     * @return this builder
     */
    public Builder status(InvoiceStatus status) {
      this.status = JsonNullable.of(status);
      return this;
    }

    /**
     * Sets {@code creditFeeHandling}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * <p>The new split of the card-processing fee, merged into the current one share by share (a
     * null share is removed); null leaves it as it is. All three shares null return the invoice to
     * the default, the member bearing the whole card fee.
     *
     * @param creditFeeHandling the value, or null
     * @return this builder
     */
    public Builder creditFeeHandling(FeeHandlingConfig creditFeeHandling) {
      this.creditFeeHandling = JsonNullable.of(creditFeeHandling);
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link ClientInvoiceUpdateRequest}
     */
    public ClientInvoiceUpdateRequest build() {
      return new ClientInvoiceUpdateRequest(status, creditFeeHandling);
    }
  }
}
