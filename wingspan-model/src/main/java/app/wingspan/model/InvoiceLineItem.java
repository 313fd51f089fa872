// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One billed line of an invoice: quantity times cost per unit, less any discount.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceLineItem}.
 */
public record InvoiceLineItem(
    BigDecimal costPerUnit,
    String createdAt,
    Map<String, String> labels,
    Map<String, String> labelsBak2,
    BigDecimal quantity,
    Boolean reimbursableExpense,
    BigDecimal totalCost,
    String unit,
    String updatedAt,
    UserRoles userRoles,
    String description,
    String detail,
    LineItemDiscount discount,
    InvoiceIntegrations integration) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public InvoiceLineItem {
    labels = Copies.map(labels);
    labelsBak2 = Copies.map(labelsBak2);
  }

  /**
   * {@code createdAt} as an {@link Instant}, parsed from the wire text; {@link #createdAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> createdAtAsInstant() {
    return WireTime.instant(createdAt);
  }

  /**
   * {@code updatedAt} as an {@link Instant}, parsed from the wire text; {@link #updatedAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> updatedAtAsInstant() {
    return WireTime.instant(updatedAt);
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
    builder.createdAt = createdAt;
    builder.labels = labels;
    builder.labelsBak2 = labelsBak2;
    builder.quantity = quantity;
    builder.reimbursableExpense = reimbursableExpense;
    builder.totalCost = totalCost;
    builder.unit = unit;
    builder.updatedAt = updatedAt;
    builder.userRoles = userRoles;
    builder.description = description;
    builder.detail = detail;
    builder.discount = discount;
    builder.integration = integration;
    return builder;
  }

  /** Builds a {@link InvoiceLineItem}; fields never set stay null. */
  public static final class Builder {
    private BigDecimal costPerUnit;
    private String createdAt;
    private Map<String, String> labels;
    private Map<String, String> labelsBak2;
    private BigDecimal quantity;
    private Boolean reimbursableExpense;
    private BigDecimal totalCost;
    private String unit;
    private String updatedAt;
    private UserRoles userRoles;
    private String description;
    private String detail;
    private LineItemDiscount discount;
    private InvoiceIntegrations integration;

    private Builder() {}

    /**
     * Sets {@code costPerUnit}.
     *
     * @param costPerUnit the value, or null to leave it out
     * @return this builder
     */
    public Builder costPerUnit(BigDecimal costPerUnit) {
      this.costPerUnit = costPerUnit;
      return this;
    }

    /**
     * Sets {@code createdAt}.
     *
     * @param createdAt the value, or null to leave it out
     * @return this builder
     */
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code labels}.
     *
     * @param labels the value, or null to leave it out
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Sets {@code labelsBak2}.
     *
     * @param labelsBak2 the value, or null to leave it out
     * @return this builder
     */
    public Builder labelsBak2(Map<String, String> labelsBak2) {
      this.labelsBak2 = labelsBak2;
      return this;
    }

    /**
     * Sets {@code quantity}.
     *
     * @param quantity the value, or null to leave it out
     * @return this builder
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@code reimbursableExpense}.
     *
     * @param reimbursableExpense the value, or null to leave it out
     * @return this builder
     */
    public Builder reimbursableExpense(Boolean reimbursableExpense) {
      this.reimbursableExpense = reimbursableExpense;
      return this;
    }

    /**
     * Sets {@code totalCost}.
     *
     * @param totalCost the value, or null to leave it out
     * @return this builder
     */
    public Builder totalCost(BigDecimal totalCost) {
      this.totalCost = totalCost;
      return this;
    }

    /**
     * Sets {@code unit}.
     *
     * @param unit the value, or null to leave it out
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Sets {@code updatedAt}.
     *
     * @param updatedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets {@code userRoles}.
     *
     * @param userRoles the value, or null to leave it out
     * @return this builder
     */
    public Builder userRoles(UserRoles userRoles) {
      this.userRoles = userRoles;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description the value, or null to leave it out
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code detail}.
     *
     * @param detail the value, or null to leave it out
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    /**
     * Sets {@code discount}.
     *
     * @param discount the value, or null to leave it out
     * @return this builder
     */
    public Builder discount(LineItemDiscount discount) {
      this.discount = discount;
      return this;
    }

    /**
     * Sets {@code integration}.
     *
     * @param integration the value, or null to leave it out
     * @return this builder
     */
    public Builder integration(InvoiceIntegrations integration) {
      this.integration = integration;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link InvoiceLineItem}
     */
    public InvoiceLineItem build() {
      return new InvoiceLineItem(
          costPerUnit,
          createdAt,
          labels,
          labelsBak2,
          quantity,
          reimbursableExpense,
          totalCost,
          unit,
          updatedAt,
          userRoles,
          description,
          detail,
          discount,
          integration);
    }
  }
}
