// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A change to who bears the card-processing fee on an invoice, in percent: the client, the member,
 * or an absolute percentage charged to the client. Each field is absent, explicit null, or a value;
 * an invoice carries the result as a CreditFeeHandling.
 *
 * <p>Each optional field is absent, explicit null, or a value: three different requests. A Java
 * null given for a {@code JsonNullable} means absent.
 *
 * <p>Wire schema: {@code FeeHandlingConfig}.
 *
 * @param clientAbsolutePercentage a fee percentage charged to the client regardless of the actual
 *     card fee
 * @param clientPays the share of the card fee the client pays, in percent
 * @param memberPays the share of the card fee the member pays, in percent
 */
public record FeeHandlingConfig(
    JsonNullable<BigDecimal> clientAbsolutePercentage,
    JsonNullable<BigDecimal> clientPays,
    JsonNullable<BigDecimal> memberPays) {
  /** A Java null field means absent, so a request built by hand never holds a null JsonNullable. */
  public FeeHandlingConfig {
    clientAbsolutePercentage = Copies.nullable(clientAbsolutePercentage);
    clientPays = Copies.nullable(clientPays);
    memberPays = Copies.nullable(memberPays);
  }

  /**
   * The change that returns an invoice to the default, where the member bears the whole card fee.
   * All three shares are explicit nulls, which is also what Wingspan's Python SDK sends for an
   * empty FeeHandlingConfig(); a plain null creditFeeHandling leaves the fee handling as it is.
   *
   * @return a value whose fields are all explicit nulls
   */
  public static FeeHandlingConfig memberPaysAll() {
    return new FeeHandlingConfig(
        JsonNullable.of(null), JsonNullable.of(null), JsonNullable.of(null));
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
    builder.clientAbsolutePercentage = clientAbsolutePercentage;
    builder.clientPays = clientPays;
    builder.memberPays = memberPays;
    return builder;
  }

  /** Builds a {@link FeeHandlingConfig}; fields never set stay absent. */
  public static final class Builder {
    private JsonNullable<BigDecimal> clientAbsolutePercentage = JsonNullable.undefined();
    private JsonNullable<BigDecimal> clientPays = JsonNullable.undefined();
    private JsonNullable<BigDecimal> memberPays = JsonNullable.undefined();

    private Builder() {}

    /**
     * Sets {@code clientAbsolutePercentage}; {@code null} sends an explicit JSON null. Not calling
     * this leaves it absent.
     *
     * <p>A fee percentage charged to the client regardless of the actual card fee.
     *
     * @param clientAbsolutePercentage the value, or null
     * @return this builder
     */
    public Builder clientAbsolutePercentage(BigDecimal clientAbsolutePercentage) {
      this.clientAbsolutePercentage = JsonNullable.of(clientAbsolutePercentage);
      return this;
    }

    /**
     * Sets {@code clientPays}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * <p>The share of the card fee the client pays, in percent.
     *
     * @param clientPays the value, or null
     * @return this builder
     */
    public Builder clientPays(BigDecimal clientPays) {
      this.clientPays = JsonNullable.of(clientPays);
      return this;
    }

    /**
     * Sets {@code memberPays}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * <p>The share of the card fee the member pays, in percent.
     *
     * @param memberPays the value, or null
     * @return this builder
     */
    public Builder memberPays(BigDecimal memberPays) {
      this.memberPays = JsonNullable.of(memberPays);
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link FeeHandlingConfig}
     */
    public FeeHandlingConfig build() {
      return new FeeHandlingConfig(clientAbsolutePercentage, clientPays, memberPays);
    }
  }
}
