// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An invoice a member (the payee) is owed by a client (the payer), as the client sees it.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ClientInvoice}.
 */
public record ClientInvoice(
    List<String> additionalRecipientEmails,
    BigDecimal amount,
    ClientOptions client,
    String createdAt,
    Currency currency,
    String dueDate,
    InvoiceEvents events,
    String invoiceId,
    String invoiceNumber,
    List<InvoiceLineItem> lineItems,
    MemberOptions member,
    Boolean memberAcceptsPayments,
    Address memberAddress,
    MemberClient memberClient,
    String memberCompany,
    String memberEmail,
    String memberLogoUrl,
    String memberName,
    BigDecimal memberPaymentsVersion,
    String memberStripeAccountId,
    String projectName,
    InvoiceStatus status,
    String updatedAt,
    List<PaymentMethod> acceptedPaymentMethods,
    String accountId,
    InvoiceAttachments attachments,
    BankAccount bankTransferInfo,
    Fees chargedFees,
    CreditFeeHandling creditFeeHandling,
    InvoiceIntegrations integration,
    BankAccount internationalBankTransferInfo,
    String invoiceNotes,
    String invoiceTemplateId,
    LateFeeConfig lateFeeHandling,
    List<String> memberFormattedAddressLines,
    InvoiceMetadata metadata,
    PaymentInfo paymentInfo,
    String paymentMethodId,
    ProcessingFees processingFees,
    String sourceId) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public ClientInvoice {
    additionalRecipientEmails = Copies.list(additionalRecipientEmails);
    lineItems = Copies.list(lineItems);
    acceptedPaymentMethods = Copies.list(acceptedPaymentMethods);
    memberFormattedAddressLines = Copies.list(memberFormattedAddressLines);
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
   * {@code dueDate} as a {@link LocalDate}, parsed from the wire text; {@link #dueDate()} keeps the
   * text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 date
   */
  public Optional<LocalDate> dueDateAsLocalDate() {
    return WireTime.date(dueDate);
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
    builder.additionalRecipientEmails = additionalRecipientEmails;
    builder.amount = amount;
    builder.client = client;
    builder.createdAt = createdAt;
    builder.currency = currency;
    builder.dueDate = dueDate;
    builder.events = events;
    builder.invoiceId = invoiceId;
    builder.invoiceNumber = invoiceNumber;
    builder.lineItems = lineItems;
    builder.member = member;
    builder.memberAcceptsPayments = memberAcceptsPayments;
    builder.memberAddress = memberAddress;
    builder.memberClient = memberClient;
    builder.memberCompany = memberCompany;
    builder.memberEmail = memberEmail;
    builder.memberLogoUrl = memberLogoUrl;
    builder.memberName = memberName;
    builder.memberPaymentsVersion = memberPaymentsVersion;
    builder.memberStripeAccountId = memberStripeAccountId;
    builder.projectName = projectName;
    builder.status = status;
    builder.updatedAt = updatedAt;
    builder.acceptedPaymentMethods = acceptedPaymentMethods;
    builder.accountId = accountId;
    builder.attachments = attachments;
    builder.bankTransferInfo = bankTransferInfo;
    builder.chargedFees = chargedFees;
    builder.creditFeeHandling = creditFeeHandling;
    builder.integration = integration;
    builder.internationalBankTransferInfo = internationalBankTransferInfo;
    builder.invoiceNotes = invoiceNotes;
    builder.invoiceTemplateId = invoiceTemplateId;
    builder.lateFeeHandling = lateFeeHandling;
    builder.memberFormattedAddressLines = memberFormattedAddressLines;
    builder.metadata = metadata;
    builder.paymentInfo = paymentInfo;
    builder.paymentMethodId = paymentMethodId;
    builder.processingFees = processingFees;
    builder.sourceId = sourceId;
    return builder;
  }

  /** Builds a {@link ClientInvoice}; fields never set stay null. */
  public static final class Builder {
    private List<String> additionalRecipientEmails;
    private BigDecimal amount;
    private ClientOptions client;
    private String createdAt;
    private Currency currency;
    private String dueDate;
    private InvoiceEvents events;
    private String invoiceId;
    private String invoiceNumber;
    private List<InvoiceLineItem> lineItems;
    private MemberOptions member;
    private Boolean memberAcceptsPayments;
    private Address memberAddress;
    private MemberClient memberClient;
    private String memberCompany;
    private String memberEmail;
    private String memberLogoUrl;
    private String memberName;
    private BigDecimal memberPaymentsVersion;
    private String memberStripeAccountId;
    private String projectName;
    private InvoiceStatus status;
    private String updatedAt;
    private List<PaymentMethod> acceptedPaymentMethods;
    private String accountId;
    private InvoiceAttachments attachments;
    private BankAccount bankTransferInfo;
    private Fees chargedFees;
    private CreditFeeHandling creditFeeHandling;
    private InvoiceIntegrations integration;
    private BankAccount internationalBankTransferInfo;
    private String invoiceNotes;
    private String invoiceTemplateId;
    private LateFeeConfig lateFeeHandling;
    private List<String> memberFormattedAddressLines;
    private InvoiceMetadata metadata;
    private PaymentInfo paymentInfo;
    private String paymentMethodId;
    private ProcessingFees processingFees;
    private String sourceId;

    private Builder() {}

    /**
     * Sets {@code additionalRecipientEmails}.
     *
     * @param additionalRecipientEmails the value, or null to leave it out
     * @return this builder
     */
    public Builder additionalRecipientEmails(List<String> additionalRecipientEmails) {
      this.additionalRecipientEmails = additionalRecipientEmails;
      return this;
    }

    /**
     * Sets {@code amount}.
     *
     * @param amount the value, or null to leave it out
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets {@code client}.
     *
     * @param client the value, or null to leave it out
     * @return this builder
     */
    public Builder client(ClientOptions client) {
      this.client = client;
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
     * Sets {@code currency}.
     *
     * @param currency the value, or null to leave it out
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = currency;
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
     * Sets {@code events}.
     *
     * @param events the value, or null to leave it out
     * @return this builder
     */
    public Builder events(InvoiceEvents events) {
      this.events = events;
      return this;
    }

    /**
     * Sets {@code invoiceId}.
     *
     * @param invoiceId the value, or null to leave it out
     * @return this builder
     */
    public Builder invoiceId(String invoiceId) {
      this.invoiceId = invoiceId;
      return this;
    }

    /**
     * Sets {@code invoiceNumber}.
     *
     * @param invoiceNumber the value, or null to leave it out
     * @return this builder
     */
    public Builder invoiceNumber(String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
      return this;
    }

    /**
     * Sets {@code lineItems}.
     *
     * @param lineItems the value, or null to leave it out
     * @return this builder
     */
    public Builder lineItems(List<InvoiceLineItem> lineItems) {
      this.lineItems = lineItems;
      return this;
    }

    /**
     * Sets {@code member}.
     *
     * @param member the value, or null to leave it out
     * @return this builder
     */
    public Builder member(MemberOptions member) {
      this.member = member;
      return this;
    }

    /**
     * Sets {@code memberAcceptsPayments}.
     *
     * @param memberAcceptsPayments the value, or null to leave it out
     * @return this builder
     */
    public Builder memberAcceptsPayments(Boolean memberAcceptsPayments) {
      this.memberAcceptsPayments = memberAcceptsPayments;
      return this;
    }

    /**
     * Sets {@code memberAddress}.
     *
     * @param memberAddress the value, or null to leave it out
     * @return this builder
     */
    public Builder memberAddress(Address memberAddress) {
      this.memberAddress = memberAddress;
      return this;
    }

    /**
     * Sets {@code memberClient}.
     *
     * @param memberClient the value, or null to leave it out
     * @return this builder
     */
    public Builder memberClient(MemberClient memberClient) {
      this.memberClient = memberClient;
      return this;
    }

    /**
     * Sets {@code memberCompany}.
     *
     * @param memberCompany the value, or null to leave it out
     * @return this builder
     */
    public Builder memberCompany(String memberCompany) {
      this.memberCompany = memberCompany;
      return this;
    }

    /**
     * Sets {@code memberEmail}.
     *
     * @param memberEmail the value, or null to leave it out
     * @return this builder
     */
    public Builder memberEmail(String memberEmail) {
      this.memberEmail = memberEmail;
      return this;
    }

    /**
     * Sets {@code memberLogoUrl}.
     *
     * @param memberLogoUrl the value, or null to leave it out
     * @return this builder
     */
    public Builder memberLogoUrl(String memberLogoUrl) {
      this.memberLogoUrl = memberLogoUrl;
      return this;
    }

    /**
     * Sets {@code memberName}.
     *
     * @param memberName the value, or null to leave it out
     * @return this builder
     */
    public Builder memberName(String memberName) {
      this.memberName = memberName;
      return this;
    }

    /**
     * Sets {@code memberPaymentsVersion}.
     *
     * @param memberPaymentsVersion the value, or null to leave it out
     * @return this builder
     */
    public Builder memberPaymentsVersion(BigDecimal memberPaymentsVersion) {
      this.memberPaymentsVersion = memberPaymentsVersion;
      return this;
    }

    /**
     * Sets {@code memberStripeAccountId}.
     *
     * @param memberStripeAccountId the value, or null to leave it out
     * @return this builder
     */
    public Builder memberStripeAccountId(String memberStripeAccountId) {
      this.memberStripeAccountId = memberStripeAccountId;
      return this;
    }

    /**
     * Sets {@code projectName}.
     *
     * @param projectName the value, or null to leave it out
     * @return this builder
     */
    public Builder projectName(String projectName) {
      this.projectName = projectName;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status the value, or null to leave it out
     * @return this builder
     */
    public Builder status(InvoiceStatus status) {
      this.status = status;
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
     * Sets {@code acceptedPaymentMethods}.
     *
     * @param acceptedPaymentMethods the value, or null to leave it out
     * @return this builder
     */
    public Builder acceptedPaymentMethods(List<PaymentMethod> acceptedPaymentMethods) {
      this.acceptedPaymentMethods = acceptedPaymentMethods;
      return this;
    }

    /**
     * Sets {@code accountId}.
     *
     * @param accountId the value, or null to leave it out
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Sets {@code attachments}.
     *
     * @param attachments the value, or null to leave it out
     * @return this builder
     */
    public Builder attachments(InvoiceAttachments attachments) {
      this.attachments = attachments;
      return this;
    }

    /**
     * Sets {@code bankTransferInfo}.
     *
     * @param bankTransferInfo the value, or null to leave it out
     * @return this builder
     */
    public Builder bankTransferInfo(BankAccount bankTransferInfo) {
      this.bankTransferInfo = bankTransferInfo;
      return this;
    }

    /**
     * Sets {@code chargedFees}.
     *
     * @param chargedFees the value, or null to leave it out
     * @return this builder
     */
    public Builder chargedFees(Fees chargedFees) {
      this.chargedFees = chargedFees;
      return this;
    }

    /**
     * Sets {@code creditFeeHandling}.
     *
     * @param creditFeeHandling the value, or null to leave it out
     * @return this builder
     */
    public Builder creditFeeHandling(CreditFeeHandling creditFeeHandling) {
      this.creditFeeHandling = creditFeeHandling;
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
     * Sets {@code internationalBankTransferInfo}.
     *
     * @param internationalBankTransferInfo the value, or null to leave it out
     * @return this builder
     */
    public Builder internationalBankTransferInfo(BankAccount internationalBankTransferInfo) {
      this.internationalBankTransferInfo = internationalBankTransferInfo;
      return this;
    }

    /**
     * Sets {@code invoiceNotes}.
     *
     * @param invoiceNotes the value, or null to leave it out
     * @return this builder
     */
    public Builder invoiceNotes(String invoiceNotes) {
      this.invoiceNotes = invoiceNotes;
      return this;
    }

    /**
     * Sets {@code invoiceTemplateId}.
     *
     * @param invoiceTemplateId the value, or null to leave it out
     * @return this builder
     */
    public Builder invoiceTemplateId(String invoiceTemplateId) {
      this.invoiceTemplateId = invoiceTemplateId;
      return this;
    }

    /**
     * Sets {@code lateFeeHandling}.
     *
     * @param lateFeeHandling the value, or null to leave it out
     * @return this builder
     */
    public Builder lateFeeHandling(LateFeeConfig lateFeeHandling) {
      this.lateFeeHandling = lateFeeHandling;
      return this;
    }

    /**
     * Sets {@code memberFormattedAddressLines}.
     *
     * @param memberFormattedAddressLines the value, or null to leave it out
     * @return this builder
     */
    public Builder memberFormattedAddressLines(List<String> memberFormattedAddressLines) {
      this.memberFormattedAddressLines = memberFormattedAddressLines;
      return this;
    }

    /**
     * Sets {@code metadata}.
     *
     * @param metadata the value, or null to leave it out
     * @return this builder
     */
    public Builder metadata(InvoiceMetadata metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Sets {@code paymentInfo}.
     *
     * @param paymentInfo the value, or null to leave it out
     * @return this builder
     */
    public Builder paymentInfo(PaymentInfo paymentInfo) {
      this.paymentInfo = paymentInfo;
      return this;
    }

    /**
     * Sets {@code paymentMethodId}.
     *
     * @param paymentMethodId the value, or null to leave it out
     * @return this builder
     */
    public Builder paymentMethodId(String paymentMethodId) {
      this.paymentMethodId = paymentMethodId;
      return this;
    }

    /**
     * Sets {@code processingFees}.
     *
     * @param processingFees the value, or null to leave it out
     * @return this builder
     */
    public Builder processingFees(ProcessingFees processingFees) {
      this.processingFees = processingFees;
      return this;
    }

    /**
     * Sets {@code sourceId}.
     *
     * @param sourceId the value, or null to leave it out
     * @return this builder
     */
    public Builder sourceId(String sourceId) {
      this.sourceId = sourceId;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link ClientInvoice}
     */
    public ClientInvoice build() {
      return new ClientInvoice(
          additionalRecipientEmails,
          amount,
          client,
          createdAt,
          currency,
          dueDate,
          events,
          invoiceId,
          invoiceNumber,
          lineItems,
          member,
          memberAcceptsPayments,
          memberAddress,
          memberClient,
          memberCompany,
          memberEmail,
          memberLogoUrl,
          memberName,
          memberPaymentsVersion,
          memberStripeAccountId,
          projectName,
          status,
          updatedAt,
          acceptedPaymentMethods,
          accountId,
          attachments,
          bankTransferInfo,
          chargedFees,
          creditFeeHandling,
          integration,
          internationalBankTransferInfo,
          invoiceNotes,
          invoiceTemplateId,
          lateFeeHandling,
          memberFormattedAddressLines,
          metadata,
          paymentInfo,
          paymentMethodId,
          processingFees,
          sourceId);
    }
  }
}
