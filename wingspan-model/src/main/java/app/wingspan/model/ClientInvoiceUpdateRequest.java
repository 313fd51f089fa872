package app.wingspan.model;

import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A change a client makes to an invoice: its status and who bears the card fee. A field that is absent or null
 * is left as it is: Wingspan's Python SDK writes every unset field as {@code null}, so a top-level null cannot
 * mean "clear". Inside {@link FeeHandlingConfig} a null share is removed; {@link FeeHandlingConfig#memberPaysAll()}
 * returns the invoice to the default.
 *
 * @param status the invoice's new status
 * @param creditFeeHandling the new split of the card-processing fee
 *
 * <p>Wire schema: {@code ClientInvoiceUpdateRequest}.
 */
public record ClientInvoiceUpdateRequest(
    JsonNullable<InvoiceStatus> status,
    JsonNullable<FeeHandlingConfig> creditFeeHandling) {
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
     * Sets {@code status}; {@code null} sends an explicit JSON null, which leaves the status as it is, like not
     * calling this.
     *
     * @param status the value, or null
     * @return this builder
     */
    public Builder status(InvoiceStatus status) {
      this.status = JsonNullable.of(status);
      return this;
    }

    /**
     * Sets {@code creditFeeHandling}, merged into the invoice's current value share by share (a null share is
     * removed). {@code null} sends an explicit JSON null, which leaves the fee handling as it is, like not calling
     * this; to return to the default (the member bears the whole card fee) pass
     * {@link FeeHandlingConfig#memberPaysAll()}.
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
