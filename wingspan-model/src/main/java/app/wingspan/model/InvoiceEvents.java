// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Timestamps of what happened to an invoice (sent, viewed, paid, deposited,...); lists hold
 * repeated events.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceEvents}.
 */
public record InvoiceEvents(
    String approvedAt,
    String cancelledAt,
    String clientDeclinedAt,
    String clientResolvedDisputeAt,
    String depositedAt,
    String depositedToPayoutPlatformAt,
    String disputedAt,
    String emailMarkedAsSpamAt,
    List<String> emailReceivedAt,
    String emailUndeliverableAt,
    List<String> emailViewedAt,
    String estimatedDepositAt,
    String instantPayoutAt,
    String instantPayoutEligibleAt,
    String instantPayoutFailedAt,
    String markedPaidAt,
    String memberAcceptedAt,
    String memberDisputedAt,
    String memberResubmittedAt,
    String openedAt,
    String paidAt,
    String payAfterAccountVerified,
    List<String> paymentFailedAt,
    String paymentInTransitAt,
    List<String> paymentRetriedAt,
    String payoutFailedAt,
    String preApprovedAt,
    String refundedAt,
    String sentAt,
    String sentDue3DaysAgoAt,
    String sentDue7DaysAgoAt,
    String sentDueIn3DaysAt,
    String sentDueTodayAt,
    String sentInstantPayoutFailedToMember,
    List<String> sentManuallyAt,
    String sentPaymentConfirmationToClient,
    String sentPaymentConfirmationToMember,
    String sentPaymentInTransitReminderAt,
    String sentPayoutMightBeDelayedToClient,
    String sentRecurringPaymentFailedAt) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public InvoiceEvents {
    emailReceivedAt = Copies.list(emailReceivedAt);
    emailViewedAt = Copies.list(emailViewedAt);
    paymentFailedAt = Copies.list(paymentFailedAt);
    paymentRetriedAt = Copies.list(paymentRetriedAt);
    sentManuallyAt = Copies.list(sentManuallyAt);
  }

  /**
   * {@code approvedAt} as an {@link Instant}, parsed from the wire text; {@link #approvedAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> approvedAtAsInstant() {
    return WireTime.instant(approvedAt);
  }

  /**
   * {@code cancelledAt} as an {@link Instant}, parsed from the wire text; {@link #cancelledAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> cancelledAtAsInstant() {
    return WireTime.instant(cancelledAt);
  }

  /**
   * {@code clientDeclinedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #clientDeclinedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> clientDeclinedAtAsInstant() {
    return WireTime.instant(clientDeclinedAt);
  }

  /**
   * {@code clientResolvedDisputeAt} as an {@link Instant}, parsed from the wire text; {@link
   * #clientResolvedDisputeAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> clientResolvedDisputeAtAsInstant() {
    return WireTime.instant(clientResolvedDisputeAt);
  }

  /**
   * {@code depositedAt} as an {@link Instant}, parsed from the wire text; {@link #depositedAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> depositedAtAsInstant() {
    return WireTime.instant(depositedAt);
  }

  /**
   * {@code depositedToPayoutPlatformAt} as an {@link Instant}, parsed from the wire text; {@link
   * #depositedToPayoutPlatformAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> depositedToPayoutPlatformAtAsInstant() {
    return WireTime.instant(depositedToPayoutPlatformAt);
  }

  /**
   * {@code disputedAt} as an {@link Instant}, parsed from the wire text; {@link #disputedAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> disputedAtAsInstant() {
    return WireTime.instant(disputedAt);
  }

  /**
   * {@code emailMarkedAsSpamAt} as an {@link Instant}, parsed from the wire text; {@link
   * #emailMarkedAsSpamAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> emailMarkedAsSpamAtAsInstant() {
    return WireTime.instant(emailMarkedAsSpamAt);
  }

  /**
   * {@code emailUndeliverableAt} as an {@link Instant}, parsed from the wire text; {@link
   * #emailUndeliverableAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> emailUndeliverableAtAsInstant() {
    return WireTime.instant(emailUndeliverableAt);
  }

  /**
   * {@code estimatedDepositAt} as an {@link Instant}, parsed from the wire text; {@link
   * #estimatedDepositAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> estimatedDepositAtAsInstant() {
    return WireTime.instant(estimatedDepositAt);
  }

  /**
   * {@code instantPayoutAt} as an {@link Instant}, parsed from the wire text; {@link
   * #instantPayoutAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> instantPayoutAtAsInstant() {
    return WireTime.instant(instantPayoutAt);
  }

  /**
   * {@code instantPayoutEligibleAt} as an {@link Instant}, parsed from the wire text; {@link
   * #instantPayoutEligibleAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> instantPayoutEligibleAtAsInstant() {
    return WireTime.instant(instantPayoutEligibleAt);
  }

  /**
   * {@code instantPayoutFailedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #instantPayoutFailedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> instantPayoutFailedAtAsInstant() {
    return WireTime.instant(instantPayoutFailedAt);
  }

  /**
   * {@code markedPaidAt} as an {@link Instant}, parsed from the wire text; {@link #markedPaidAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> markedPaidAtAsInstant() {
    return WireTime.instant(markedPaidAt);
  }

  /**
   * {@code memberAcceptedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #memberAcceptedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> memberAcceptedAtAsInstant() {
    return WireTime.instant(memberAcceptedAt);
  }

  /**
   * {@code memberDisputedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #memberDisputedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> memberDisputedAtAsInstant() {
    return WireTime.instant(memberDisputedAt);
  }

  /**
   * {@code memberResubmittedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #memberResubmittedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> memberResubmittedAtAsInstant() {
    return WireTime.instant(memberResubmittedAt);
  }

  /**
   * {@code openedAt} as an {@link Instant}, parsed from the wire text; {@link #openedAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> openedAtAsInstant() {
    return WireTime.instant(openedAt);
  }

  /**
   * {@code paidAt} as an {@link Instant}, parsed from the wire text; {@link #paidAt()} keeps the
   * text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> paidAtAsInstant() {
    return WireTime.instant(paidAt);
  }

  /**
   * {@code paymentInTransitAt} as an {@link Instant}, parsed from the wire text; {@link
   * #paymentInTransitAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> paymentInTransitAtAsInstant() {
    return WireTime.instant(paymentInTransitAt);
  }

  /**
   * {@code payoutFailedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #payoutFailedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> payoutFailedAtAsInstant() {
    return WireTime.instant(payoutFailedAt);
  }

  /**
   * {@code preApprovedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #preApprovedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> preApprovedAtAsInstant() {
    return WireTime.instant(preApprovedAt);
  }

  /**
   * {@code refundedAt} as an {@link Instant}, parsed from the wire text; {@link #refundedAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> refundedAtAsInstant() {
    return WireTime.instant(refundedAt);
  }

  /**
   * {@code sentAt} as an {@link Instant}, parsed from the wire text; {@link #sentAt()} keeps the
   * text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentAtAsInstant() {
    return WireTime.instant(sentAt);
  }

  /**
   * {@code sentDue3DaysAgoAt} as an {@link Instant}, parsed from the wire text; {@link
   * #sentDue3DaysAgoAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentDue3DaysAgoAtAsInstant() {
    return WireTime.instant(sentDue3DaysAgoAt);
  }

  /**
   * {@code sentDue7DaysAgoAt} as an {@link Instant}, parsed from the wire text; {@link
   * #sentDue7DaysAgoAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentDue7DaysAgoAtAsInstant() {
    return WireTime.instant(sentDue7DaysAgoAt);
  }

  /**
   * {@code sentDueIn3DaysAt} as an {@link Instant}, parsed from the wire text; {@link
   * #sentDueIn3DaysAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentDueIn3DaysAtAsInstant() {
    return WireTime.instant(sentDueIn3DaysAt);
  }

  /**
   * {@code sentDueTodayAt} as an {@link Instant}, parsed from the wire text; {@link
   * #sentDueTodayAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentDueTodayAtAsInstant() {
    return WireTime.instant(sentDueTodayAt);
  }

  /**
   * {@code sentPaymentInTransitReminderAt} as an {@link Instant}, parsed from the wire text; {@link
   * #sentPaymentInTransitReminderAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentPaymentInTransitReminderAtAsInstant() {
    return WireTime.instant(sentPaymentInTransitReminderAt);
  }

  /**
   * {@code sentRecurringPaymentFailedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #sentRecurringPaymentFailedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> sentRecurringPaymentFailedAtAsInstant() {
    return WireTime.instant(sentRecurringPaymentFailedAt);
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
    builder.approvedAt = approvedAt;
    builder.cancelledAt = cancelledAt;
    builder.clientDeclinedAt = clientDeclinedAt;
    builder.clientResolvedDisputeAt = clientResolvedDisputeAt;
    builder.depositedAt = depositedAt;
    builder.depositedToPayoutPlatformAt = depositedToPayoutPlatformAt;
    builder.disputedAt = disputedAt;
    builder.emailMarkedAsSpamAt = emailMarkedAsSpamAt;
    builder.emailReceivedAt = emailReceivedAt;
    builder.emailUndeliverableAt = emailUndeliverableAt;
    builder.emailViewedAt = emailViewedAt;
    builder.estimatedDepositAt = estimatedDepositAt;
    builder.instantPayoutAt = instantPayoutAt;
    builder.instantPayoutEligibleAt = instantPayoutEligibleAt;
    builder.instantPayoutFailedAt = instantPayoutFailedAt;
    builder.markedPaidAt = markedPaidAt;
    builder.memberAcceptedAt = memberAcceptedAt;
    builder.memberDisputedAt = memberDisputedAt;
    builder.memberResubmittedAt = memberResubmittedAt;
    builder.openedAt = openedAt;
    builder.paidAt = paidAt;
    builder.payAfterAccountVerified = payAfterAccountVerified;
    builder.paymentFailedAt = paymentFailedAt;
    builder.paymentInTransitAt = paymentInTransitAt;
    builder.paymentRetriedAt = paymentRetriedAt;
    builder.payoutFailedAt = payoutFailedAt;
    builder.preApprovedAt = preApprovedAt;
    builder.refundedAt = refundedAt;
    builder.sentAt = sentAt;
    builder.sentDue3DaysAgoAt = sentDue3DaysAgoAt;
    builder.sentDue7DaysAgoAt = sentDue7DaysAgoAt;
    builder.sentDueIn3DaysAt = sentDueIn3DaysAt;
    builder.sentDueTodayAt = sentDueTodayAt;
    builder.sentInstantPayoutFailedToMember = sentInstantPayoutFailedToMember;
    builder.sentManuallyAt = sentManuallyAt;
    builder.sentPaymentConfirmationToClient = sentPaymentConfirmationToClient;
    builder.sentPaymentConfirmationToMember = sentPaymentConfirmationToMember;
    builder.sentPaymentInTransitReminderAt = sentPaymentInTransitReminderAt;
    builder.sentPayoutMightBeDelayedToClient = sentPayoutMightBeDelayedToClient;
    builder.sentRecurringPaymentFailedAt = sentRecurringPaymentFailedAt;
    return builder;
  }

  /** Builds a {@link InvoiceEvents}; fields never set stay null. */
  public static final class Builder {
    private String approvedAt;
    private String cancelledAt;
    private String clientDeclinedAt;
    private String clientResolvedDisputeAt;
    private String depositedAt;
    private String depositedToPayoutPlatformAt;
    private String disputedAt;
    private String emailMarkedAsSpamAt;
    private List<String> emailReceivedAt;
    private String emailUndeliverableAt;
    private List<String> emailViewedAt;
    private String estimatedDepositAt;
    private String instantPayoutAt;
    private String instantPayoutEligibleAt;
    private String instantPayoutFailedAt;
    private String markedPaidAt;
    private String memberAcceptedAt;
    private String memberDisputedAt;
    private String memberResubmittedAt;
    private String openedAt;
    private String paidAt;
    private String payAfterAccountVerified;
    private List<String> paymentFailedAt;
    private String paymentInTransitAt;
    private List<String> paymentRetriedAt;
    private String payoutFailedAt;
    private String preApprovedAt;
    private String refundedAt;
    private String sentAt;
    private String sentDue3DaysAgoAt;
    private String sentDue7DaysAgoAt;
    private String sentDueIn3DaysAt;
    private String sentDueTodayAt;
    private String sentInstantPayoutFailedToMember;
    private List<String> sentManuallyAt;
    private String sentPaymentConfirmationToClient;
    private String sentPaymentConfirmationToMember;
    private String sentPaymentInTransitReminderAt;
    private String sentPayoutMightBeDelayedToClient;
    private String sentRecurringPaymentFailedAt;

    private Builder() {}

    /**
     * Sets {@code approvedAt}.
     *
     * @param approvedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder approvedAt(String approvedAt) {
      this.approvedAt = approvedAt;
      return this;
    }

    /**
     * Sets {@code cancelledAt}.
     *
     * @param cancelledAt the value, or null to leave it out
     * @return this builder
     */
    public Builder cancelledAt(String cancelledAt) {
      this.cancelledAt = cancelledAt;
      return this;
    }

    /**
     * Sets {@code clientDeclinedAt}.
     *
     * @param clientDeclinedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder clientDeclinedAt(String clientDeclinedAt) {
      this.clientDeclinedAt = clientDeclinedAt;
      return this;
    }

    /**
     * Sets {@code clientResolvedDisputeAt}.
     *
     * @param clientResolvedDisputeAt the value, or null to leave it out
     * @return this builder
     */
    public Builder clientResolvedDisputeAt(String clientResolvedDisputeAt) {
      this.clientResolvedDisputeAt = clientResolvedDisputeAt;
      return this;
    }

    /**
     * Sets {@code depositedAt}.
     *
     * @param depositedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder depositedAt(String depositedAt) {
      this.depositedAt = depositedAt;
      return this;
    }

    /**
     * Sets {@code depositedToPayoutPlatformAt}.
     *
     * @param depositedToPayoutPlatformAt the value, or null to leave it out
     * @return this builder
     */
    public Builder depositedToPayoutPlatformAt(String depositedToPayoutPlatformAt) {
      this.depositedToPayoutPlatformAt = depositedToPayoutPlatformAt;
      return this;
    }

    /**
     * Sets {@code disputedAt}.
     *
     * @param disputedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder disputedAt(String disputedAt) {
      this.disputedAt = disputedAt;
      return this;
    }

    /**
     * Sets {@code emailMarkedAsSpamAt}.
     *
     * @param emailMarkedAsSpamAt the value, or null to leave it out
     * @return this builder
     */
    public Builder emailMarkedAsSpamAt(String emailMarkedAsSpamAt) {
      this.emailMarkedAsSpamAt = emailMarkedAsSpamAt;
      return this;
    }

    /**
     * Sets {@code emailReceivedAt}.
     *
     * @param emailReceivedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder emailReceivedAt(List<String> emailReceivedAt) {
      this.emailReceivedAt = emailReceivedAt;
      return this;
    }

    /**
     * Sets {@code emailUndeliverableAt}.
     *
     * @param emailUndeliverableAt the value, or null to leave it out
     * @return this builder
     */
    public Builder emailUndeliverableAt(String emailUndeliverableAt) {
      this.emailUndeliverableAt = emailUndeliverableAt;
      return this;
    }

    /**
     * Sets {@code emailViewedAt}.
     *
     * @param emailViewedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder emailViewedAt(List<String> emailViewedAt) {
      this.emailViewedAt = emailViewedAt;
      return this;
    }

    /**
     * Sets {@code estimatedDepositAt}.
     *
     * @param estimatedDepositAt the value, or null to leave it out
     * @return this builder
     */
    public Builder estimatedDepositAt(String estimatedDepositAt) {
      this.estimatedDepositAt = estimatedDepositAt;
      return this;
    }

    /**
     * Sets {@code instantPayoutAt}.
     *
     * @param instantPayoutAt the value, or null to leave it out
     * @return this builder
     */
    public Builder instantPayoutAt(String instantPayoutAt) {
      this.instantPayoutAt = instantPayoutAt;
      return this;
    }

    /**
     * Sets {@code instantPayoutEligibleAt}.
     *
     * @param instantPayoutEligibleAt the value, or null to leave it out
     * @return this builder
     */
    public Builder instantPayoutEligibleAt(String instantPayoutEligibleAt) {
      this.instantPayoutEligibleAt = instantPayoutEligibleAt;
      return this;
    }

    /**
     * Sets {@code instantPayoutFailedAt}.
     *
     * @param instantPayoutFailedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder instantPayoutFailedAt(String instantPayoutFailedAt) {
      this.instantPayoutFailedAt = instantPayoutFailedAt;
      return this;
    }

    /**
     * Sets {@code markedPaidAt}.
     *
     * @param markedPaidAt the value, or null to leave it out
     * @return this builder
     */
    public Builder markedPaidAt(String markedPaidAt) {
      this.markedPaidAt = markedPaidAt;
      return this;
    }

    /**
     * Sets {@code memberAcceptedAt}.
     *
     * @param memberAcceptedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder memberAcceptedAt(String memberAcceptedAt) {
      this.memberAcceptedAt = memberAcceptedAt;
      return this;
    }

    /**
     * Sets {@code memberDisputedAt}.
     *
     * @param memberDisputedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder memberDisputedAt(String memberDisputedAt) {
      this.memberDisputedAt = memberDisputedAt;
      return this;
    }

    /**
     * Sets {@code memberResubmittedAt}.
     *
     * @param memberResubmittedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder memberResubmittedAt(String memberResubmittedAt) {
      this.memberResubmittedAt = memberResubmittedAt;
      return this;
    }

    /**
     * Sets {@code openedAt}.
     *
     * @param openedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder openedAt(String openedAt) {
      this.openedAt = openedAt;
      return this;
    }

    /**
     * Sets {@code paidAt}.
     *
     * @param paidAt the value, or null to leave it out
     * @return this builder
     */
    public Builder paidAt(String paidAt) {
      this.paidAt = paidAt;
      return this;
    }

    /**
     * Sets {@code payAfterAccountVerified}.
     *
     * @param payAfterAccountVerified the value, or null to leave it out
     * @return this builder
     */
    public Builder payAfterAccountVerified(String payAfterAccountVerified) {
      this.payAfterAccountVerified = payAfterAccountVerified;
      return this;
    }

    /**
     * Sets {@code paymentFailedAt}.
     *
     * @param paymentFailedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder paymentFailedAt(List<String> paymentFailedAt) {
      this.paymentFailedAt = paymentFailedAt;
      return this;
    }

    /**
     * Sets {@code paymentInTransitAt}.
     *
     * @param paymentInTransitAt the value, or null to leave it out
     * @return this builder
     */
    public Builder paymentInTransitAt(String paymentInTransitAt) {
      this.paymentInTransitAt = paymentInTransitAt;
      return this;
    }

    /**
     * Sets {@code paymentRetriedAt}.
     *
     * @param paymentRetriedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder paymentRetriedAt(List<String> paymentRetriedAt) {
      this.paymentRetriedAt = paymentRetriedAt;
      return this;
    }

    /**
     * Sets {@code payoutFailedAt}.
     *
     * @param payoutFailedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder payoutFailedAt(String payoutFailedAt) {
      this.payoutFailedAt = payoutFailedAt;
      return this;
    }

    /**
     * Sets {@code preApprovedAt}.
     *
     * @param preApprovedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder preApprovedAt(String preApprovedAt) {
      this.preApprovedAt = preApprovedAt;
      return this;
    }

    /**
     * Sets {@code refundedAt}.
     *
     * @param refundedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder refundedAt(String refundedAt) {
      this.refundedAt = refundedAt;
      return this;
    }

    /**
     * Sets {@code sentAt}.
     *
     * @param sentAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentAt(String sentAt) {
      this.sentAt = sentAt;
      return this;
    }

    /**
     * Sets {@code sentDue3DaysAgoAt}.
     *
     * @param sentDue3DaysAgoAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentDue3DaysAgoAt(String sentDue3DaysAgoAt) {
      this.sentDue3DaysAgoAt = sentDue3DaysAgoAt;
      return this;
    }

    /**
     * Sets {@code sentDue7DaysAgoAt}.
     *
     * @param sentDue7DaysAgoAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentDue7DaysAgoAt(String sentDue7DaysAgoAt) {
      this.sentDue7DaysAgoAt = sentDue7DaysAgoAt;
      return this;
    }

    /**
     * Sets {@code sentDueIn3DaysAt}.
     *
     * @param sentDueIn3DaysAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentDueIn3DaysAt(String sentDueIn3DaysAt) {
      this.sentDueIn3DaysAt = sentDueIn3DaysAt;
      return this;
    }

    /**
     * Sets {@code sentDueTodayAt}.
     *
     * @param sentDueTodayAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentDueTodayAt(String sentDueTodayAt) {
      this.sentDueTodayAt = sentDueTodayAt;
      return this;
    }

    /**
     * Sets {@code sentInstantPayoutFailedToMember}.
     *
     * @param sentInstantPayoutFailedToMember the value, or null to leave it out
     * @return this builder
     */
    public Builder sentInstantPayoutFailedToMember(String sentInstantPayoutFailedToMember) {
      this.sentInstantPayoutFailedToMember = sentInstantPayoutFailedToMember;
      return this;
    }

    /**
     * Sets {@code sentManuallyAt}.
     *
     * @param sentManuallyAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentManuallyAt(List<String> sentManuallyAt) {
      this.sentManuallyAt = sentManuallyAt;
      return this;
    }

    /**
     * Sets {@code sentPaymentConfirmationToClient}.
     *
     * @param sentPaymentConfirmationToClient the value, or null to leave it out
     * @return this builder
     */
    public Builder sentPaymentConfirmationToClient(String sentPaymentConfirmationToClient) {
      this.sentPaymentConfirmationToClient = sentPaymentConfirmationToClient;
      return this;
    }

    /**
     * Sets {@code sentPaymentConfirmationToMember}.
     *
     * @param sentPaymentConfirmationToMember the value, or null to leave it out
     * @return this builder
     */
    public Builder sentPaymentConfirmationToMember(String sentPaymentConfirmationToMember) {
      this.sentPaymentConfirmationToMember = sentPaymentConfirmationToMember;
      return this;
    }

    /**
     * Sets {@code sentPaymentInTransitReminderAt}.
     *
     * @param sentPaymentInTransitReminderAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentPaymentInTransitReminderAt(String sentPaymentInTransitReminderAt) {
      this.sentPaymentInTransitReminderAt = sentPaymentInTransitReminderAt;
      return this;
    }

    /**
     * Sets {@code sentPayoutMightBeDelayedToClient}.
     *
     * @param sentPayoutMightBeDelayedToClient the value, or null to leave it out
     * @return this builder
     */
    public Builder sentPayoutMightBeDelayedToClient(String sentPayoutMightBeDelayedToClient) {
      this.sentPayoutMightBeDelayedToClient = sentPayoutMightBeDelayedToClient;
      return this;
    }

    /**
     * Sets {@code sentRecurringPaymentFailedAt}.
     *
     * @param sentRecurringPaymentFailedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder sentRecurringPaymentFailedAt(String sentRecurringPaymentFailedAt) {
      this.sentRecurringPaymentFailedAt = sentRecurringPaymentFailedAt;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link InvoiceEvents}
     */
    public InvoiceEvents build() {
      return new InvoiceEvents(
          approvedAt,
          cancelledAt,
          clientDeclinedAt,
          clientResolvedDisputeAt,
          depositedAt,
          depositedToPayoutPlatformAt,
          disputedAt,
          emailMarkedAsSpamAt,
          emailReceivedAt,
          emailUndeliverableAt,
          emailViewedAt,
          estimatedDepositAt,
          instantPayoutAt,
          instantPayoutEligibleAt,
          instantPayoutFailedAt,
          markedPaidAt,
          memberAcceptedAt,
          memberDisputedAt,
          memberResubmittedAt,
          openedAt,
          paidAt,
          payAfterAccountVerified,
          paymentFailedAt,
          paymentInTransitAt,
          paymentRetriedAt,
          payoutFailedAt,
          preApprovedAt,
          refundedAt,
          sentAt,
          sentDue3DaysAgoAt,
          sentDue7DaysAgoAt,
          sentDueIn3DaysAt,
          sentDueTodayAt,
          sentInstantPayoutFailedToMember,
          sentManuallyAt,
          sentPaymentConfirmationToClient,
          sentPaymentConfirmationToMember,
          sentPaymentInTransitReminderAt,
          sentPayoutMightBeDelayedToClient,
          sentRecurringPaymentFailedAt);
    }
  }
}
