// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * What a client reports on a member's 1099 form for one year: income, fees, adjustments and filing
 * state.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code MemberClientForm1099Balances}.
 *
 * @param taxForm free-form object
 */
public record MemberClientForm1099Balances(
    BigDecimal adjustments,
    Form1099DeliveryMethod deliveryMethod,
    Form1099ExclusionReason exclusionReason,
    Boolean form1099Generated,
    BigDecimal paymentProcessingFees,
    BigDecimal platformIncome,
    Form1099Status status,
    Form1099Type type,
    Form1099Correction correction,
    Form1099Dispute dispute,
    Form1099Events events,
    JsonNode taxForm,
    String taxFormId) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public MemberClientForm1099Balances {
    taxForm = Copies.tree(taxForm);
  }

  /**
   * The taxForm as sent, free-form in the spec.
   *
   * @return a copy of the taxForm, or null
   */
  @Override
  public JsonNode taxForm() {
    return Copies.tree(taxForm);
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
    builder.adjustments = adjustments;
    builder.deliveryMethod = deliveryMethod;
    builder.exclusionReason = exclusionReason;
    builder.form1099Generated = form1099Generated;
    builder.paymentProcessingFees = paymentProcessingFees;
    builder.platformIncome = platformIncome;
    builder.status = status;
    builder.type = type;
    builder.correction = correction;
    builder.dispute = dispute;
    builder.events = events;
    builder.taxForm = taxForm;
    builder.taxFormId = taxFormId;
    return builder;
  }

  /** Builds a {@link MemberClientForm1099Balances}; fields never set stay null. */
  public static final class Builder {
    private BigDecimal adjustments;
    private Form1099DeliveryMethod deliveryMethod;
    private Form1099ExclusionReason exclusionReason;
    private Boolean form1099Generated;
    private BigDecimal paymentProcessingFees;
    private BigDecimal platformIncome;
    private Form1099Status status;
    private Form1099Type type;
    private Form1099Correction correction;
    private Form1099Dispute dispute;
    private Form1099Events events;
    private JsonNode taxForm;
    private String taxFormId;

    private Builder() {}

    /**
     * Sets {@code adjustments}.
     *
     * @param adjustments the value, or null to leave it out
     * @return this builder
     */
    public Builder adjustments(BigDecimal adjustments) {
      this.adjustments = adjustments;
      return this;
    }

    /**
     * Sets {@code deliveryMethod}.
     *
     * @param deliveryMethod the value, or null to leave it out
     * @return this builder
     */
    public Builder deliveryMethod(Form1099DeliveryMethod deliveryMethod) {
      this.deliveryMethod = deliveryMethod;
      return this;
    }

    /**
     * Sets {@code exclusionReason}.
     *
     * @param exclusionReason the value, or null to leave it out
     * @return this builder
     */
    public Builder exclusionReason(Form1099ExclusionReason exclusionReason) {
      this.exclusionReason = exclusionReason;
      return this;
    }

    /**
     * Sets {@code form1099Generated}.
     *
     * @param form1099Generated the value, or null to leave it out
     * @return this builder
     */
    public Builder form1099Generated(Boolean form1099Generated) {
      this.form1099Generated = form1099Generated;
      return this;
    }

    /**
     * Sets {@code paymentProcessingFees}.
     *
     * @param paymentProcessingFees the value, or null to leave it out
     * @return this builder
     */
    public Builder paymentProcessingFees(BigDecimal paymentProcessingFees) {
      this.paymentProcessingFees = paymentProcessingFees;
      return this;
    }

    /**
     * Sets {@code platformIncome}.
     *
     * @param platformIncome the value, or null to leave it out
     * @return this builder
     */
    public Builder platformIncome(BigDecimal platformIncome) {
      this.platformIncome = platformIncome;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status the value, or null to leave it out
     * @return this builder
     */
    public Builder status(Form1099Status status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type the value, or null to leave it out
     * @return this builder
     */
    public Builder type(Form1099Type type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code correction}.
     *
     * @param correction the value, or null to leave it out
     * @return this builder
     */
    public Builder correction(Form1099Correction correction) {
      this.correction = correction;
      return this;
    }

    /**
     * Sets {@code dispute}.
     *
     * @param dispute the value, or null to leave it out
     * @return this builder
     */
    public Builder dispute(Form1099Dispute dispute) {
      this.dispute = dispute;
      return this;
    }

    /**
     * Sets {@code events}.
     *
     * @param events the value, or null to leave it out
     * @return this builder
     */
    public Builder events(Form1099Events events) {
      this.events = events;
      return this;
    }

    /**
     * Sets {@code taxForm}.
     *
     * <p>Free-form object.
     *
     * @param taxForm the value, or null to leave it out
     * @return this builder
     */
    public Builder taxForm(JsonNode taxForm) {
      this.taxForm = taxForm;
      return this;
    }

    /**
     * Sets {@code taxFormId}.
     *
     * @param taxFormId the value, or null to leave it out
     * @return this builder
     */
    public Builder taxFormId(String taxFormId) {
      this.taxFormId = taxFormId;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link MemberClientForm1099Balances}
     */
    public MemberClientForm1099Balances build() {
      return new MemberClientForm1099Balances(
          adjustments,
          deliveryMethod,
          exclusionReason,
          form1099Generated,
          paymentProcessingFees,
          platformIncome,
          status,
          type,
          correction,
          dispute,
          events,
          taxForm,
          taxFormId);
    }
  }
}
