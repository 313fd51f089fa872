// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A client's request to create an invoice on behalf of a member.
 *
 * <p>Each optional field is absent, explicit null, or a value: three different requests. A Java
 * null given for a {@code JsonNullable} means absent.
 *
 * <p>Wire schema: {@code ClientInvoiceCreateRequest}.
 */
public record ClientInvoiceCreateRequest(
    String memberId,
    String clientEmail,
    String dueDate,
    List<InvoiceLineItemsCreateRequest> lineItems,
    JsonNullable<String> clientCompany,
    JsonNullable<List<String>> clientEmailCC,
    JsonNullable<String> clientFirstName,
    JsonNullable<String> clientLastName,
    JsonNullable<FeeHandlingConfig> creditFeeHandling,
    JsonNullable<Currency> currency) {
  /**
   * A Java null field means absent, so a request built by hand never holds a null JsonNullable;
   * lists, maps and trees are copied so the value stays immutable (null items are kept, as on the
   * wire).
   */
  public ClientInvoiceCreateRequest {
    lineItems = Copies.list(lineItems);
    clientCompany = Copies.nullable(clientCompany);
    clientEmailCC = Copies.nullable(clientEmailCC, Copies::list);
    clientFirstName = Copies.nullable(clientFirstName);
    clientLastName = Copies.nullable(clientLastName);
    creditFeeHandling = Copies.nullable(creditFeeHandling);
    currency = Copies.nullable(currency);
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
    builder.memberId = memberId;
    builder.clientEmail = clientEmail;
    builder.dueDate = dueDate;
    builder.lineItems = lineItems;
    builder.clientCompany = clientCompany;
    builder.clientEmailCC = clientEmailCC;
    builder.clientFirstName = clientFirstName;
    builder.clientLastName = clientLastName;
    builder.creditFeeHandling = creditFeeHandling;
    builder.currency = currency;
    return builder;
  }

  /** Builds a {@link ClientInvoiceCreateRequest}; fields never set stay absent. */
  public static final class Builder {
    private String memberId;
    private String clientEmail;
    private String dueDate;
    private List<InvoiceLineItemsCreateRequest> lineItems;
    private JsonNullable<String> clientCompany = JsonNullable.undefined();
    private JsonNullable<List<String>> clientEmailCC = JsonNullable.undefined();
    private JsonNullable<String> clientFirstName = JsonNullable.undefined();
    private JsonNullable<String> clientLastName = JsonNullable.undefined();
    private JsonNullable<FeeHandlingConfig> creditFeeHandling = JsonNullable.undefined();
    private JsonNullable<Currency> currency = JsonNullable.undefined();

    private Builder() {}

    /**
     * Sets {@code memberId}.
     *
     * @param memberId the value, or null to leave it out
     * @return this builder
     */
    public Builder memberId(String memberId) {
      this.memberId = memberId;
      return this;
    }

    /**
     * Sets {@code clientEmail}.
     *
     * @param clientEmail the value, or null to leave it out
     * @return this builder
     */
    public Builder clientEmail(String clientEmail) {
      this.clientEmail = clientEmail;
      return this;
    }

    /**
     * Sets {@code dueDate}.
     *
     * @param dueDate the value, or null to leave it out
     * @return this builder
     */
    public Builder dueDate(String dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets {@code lineItems}.
     *
     * @param lineItems the value, or null to leave it out
     * @return this builder
     */
    public Builder lineItems(List<InvoiceLineItemsCreateRequest> lineItems) {
      this.lineItems = lineItems;
      return this;
    }

    /**
     * Sets {@code clientCompany}; {@code null} sends an explicit JSON null. Not calling this leaves
     * it absent.
     *
     * @param clientCompany the value, or null
     * @return this builder
     */
    public Builder clientCompany(String clientCompany) {
      this.clientCompany = JsonNullable.of(clientCompany);
      return this;
    }

    /**
     * Sets {@code clientEmailCC}; {@code null} sends an explicit JSON null. Not calling this leaves
     * it absent.
     *
     * @param clientEmailCC the value, or null
     * @return this builder
     */
    public Builder clientEmailCC(List<String> clientEmailCC) {
      this.clientEmailCC = JsonNullable.of(clientEmailCC);
      return this;
    }

    /**
     * Sets {@code clientFirstName}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * @param clientFirstName the value, or null
     * @return this builder
     */
    public Builder clientFirstName(String clientFirstName) {
      this.clientFirstName = JsonNullable.of(clientFirstName);
      return this;
    }

    /**
     * Sets {@code clientLastName}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * @param clientLastName the value, or null
     * @return this builder
     */
    public Builder clientLastName(String clientLastName) {
      this.clientLastName = JsonNullable.of(clientLastName);
      return this;
    }

    /**
     * Sets {@code creditFeeHandling}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * @param creditFeeHandling the value, or null
     * @return this builder
     */
    public Builder creditFeeHandling(FeeHandlingConfig creditFeeHandling) {
      this.creditFeeHandling = JsonNullable.of(creditFeeHandling);
      return this;
    }

    /**
     * Sets {@code currency}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param currency the value, or null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = JsonNullable.of(currency);
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link ClientInvoiceCreateRequest}
     */
    public ClientInvoiceCreateRequest build() {
      return new ClientInvoiceCreateRequest(
          memberId,
          clientEmail,
          dueDate,
          lineItems,
          clientCompany,
          clientEmailCC,
          clientFirstName,
          clientLastName,
          creditFeeHandling,
          currency);
    }
  }
}
