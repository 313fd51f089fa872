// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * One line of an invoice being created; every field is absent, explicit null, or a value.
 *
 * <p>Each optional field is absent, explicit null, or a value: three different requests. A Java
 * null given for a {@code JsonNullable} means absent.
 *
 * <p>Wire schema: {@code InvoiceLineItemsCreateRequest}.
 */
public record InvoiceLineItemsCreateRequest(
    JsonNullable<BigDecimal> costPerUnit,
    JsonNullable<BigDecimal> quantity,
    JsonNullable<BigDecimal> totalCost,
    JsonNullable<String> description,
    JsonNullable<String> detail,
    JsonNullable<String> unit,
    JsonNullable<Boolean> reimbursableExpense,
    JsonNullable<Map<String, String>> labels,
    JsonNullable<LineItemDiscount> discount,
    JsonNullable<LineItemIntegrations> integration) {
  /**
   * A Java null field means absent, so a request built by hand never holds a null JsonNullable;
   * lists, maps and trees are copied so the value stays immutable (null items are kept, as on the
   * wire).
   */
  public InvoiceLineItemsCreateRequest {
    costPerUnit = Copies.nullable(costPerUnit);
    quantity = Copies.nullable(quantity);
    totalCost = Copies.nullable(totalCost);
    description = Copies.nullable(description);
    detail = Copies.nullable(detail);
    unit = Copies.nullable(unit);
    reimbursableExpense = Copies.nullable(reimbursableExpense);
    labels = Copies.nullable(labels, Copies::map);
    discount = Copies.nullable(discount);
    integration = Copies.nullable(integration);
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
    builder.costPerUnit = costPerUnit;
    builder.quantity = quantity;
    builder.totalCost = totalCost;
    builder.description = description;
    builder.detail = detail;
    builder.unit = unit;
    builder.reimbursableExpense = reimbursableExpense;
    builder.labels = labels;
    builder.discount = discount;
    builder.integration = integration;
    return builder;
  }

  /** Builds a {@link InvoiceLineItemsCreateRequest}; fields never set stay absent. */
  public static final class Builder {
    private JsonNullable<BigDecimal> costPerUnit = JsonNullable.undefined();
    private JsonNullable<BigDecimal> quantity = JsonNullable.undefined();
    private JsonNullable<BigDecimal> totalCost = JsonNullable.undefined();
    private JsonNullable<String> description = JsonNullable.undefined();
    private JsonNullable<String> detail = JsonNullable.undefined();
    private JsonNullable<String> unit = JsonNullable.undefined();
    private JsonNullable<Boolean> reimbursableExpense = JsonNullable.undefined();
    private JsonNullable<Map<String, String>> labels = JsonNullable.undefined();
    private JsonNullable<LineItemDiscount> discount = JsonNullable.undefined();
    private JsonNullable<LineItemIntegrations> integration = JsonNullable.undefined();

    private Builder() {}

    /**
     * Sets {@code costPerUnit}; {@code null} sends an explicit JSON null. Not calling this leaves
     * it absent.
     *
     * @param costPerUnit the value, or null
     * @return this builder
     */
    public Builder costPerUnit(BigDecimal costPerUnit) {
      this.costPerUnit = JsonNullable.of(costPerUnit);
      return this;
    }

    /**
     * Sets {@code quantity}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param quantity the value, or null
     * @return this builder
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = JsonNullable.of(quantity);
      return this;
    }

    /**
     * Sets {@code totalCost}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param totalCost the value, or null
     * @return this builder
     */
    public Builder totalCost(BigDecimal totalCost) {
      this.totalCost = JsonNullable.of(totalCost);
      return this;
    }

    /**
     * Sets {@code description}; {@code null} sends an explicit JSON null. Not calling this leaves
     * it absent.
     *
     * @param description the value, or null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonNullable.of(description);
      return this;
    }

    /**
     * Sets {@code detail}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param detail the value, or null
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = JsonNullable.of(detail);
      return this;
    }

    /**
     * Sets {@code unit}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param unit the value, or null
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = JsonNullable.of(unit);
      return this;
    }

    /**
     * Sets {@code reimbursableExpense}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * @param reimbursableExpense the value, or null
     * @return this builder
     */
    public Builder reimbursableExpense(Boolean reimbursableExpense) {
      this.reimbursableExpense = JsonNullable.of(reimbursableExpense);
      return this;
    }

    /**
     * Sets {@code labels}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param labels the value, or null
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = JsonNullable.of(labels);
      return this;
    }

    /**
     * Sets {@code discount}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param discount the value, or null
     * @return this builder
     */
    public Builder discount(LineItemDiscount discount) {
      this.discount = JsonNullable.of(discount);
      return this;
    }

    /**
     * Sets {@code integration}; {@code null} sends an explicit JSON null. Not calling this leaves
     * it absent.
     *
     * @param integration the value, or null
     * @return this builder
     */
    public Builder integration(LineItemIntegrations integration) {
      this.integration = JsonNullable.of(integration);
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link InvoiceLineItemsCreateRequest}
     */
    public InvoiceLineItemsCreateRequest build() {
      return new InvoiceLineItemsCreateRequest(
          costPerUnit,
          quantity,
          totalCost,
          description,
          detail,
          unit,
          reimbursableExpense,
          labels,
          discount,
          integration);
    }
  }
}
