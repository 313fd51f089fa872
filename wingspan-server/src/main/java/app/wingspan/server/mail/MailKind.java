package app.wingspan.server.mail;

/**
 * Every message an invoice's people receive, what it says in one line, who gets it, what it
 * carries, and which {@code InvoiceEvents} field records that the relay accepted it.
 */
public enum MailKind {
  /** Draft to Open: the invoice itself, to the client and every CC address. */
  INVOICE(
      Recipient.CLIENT,
      Attached.INVOICE_PDF,
      "emailReceivedAt",
      "Invoice {{invoiceNumber}} from {{memberName}}: {{amount}} due {{dueDate}}",
      "{{memberName}} sent you an invoice",
      "Invoice {{invoiceNumber}} for {{amount}} is due on {{dueDate}}.",
      "View and pay the invoice"),
  /** The client asked for the invoice email again. */
  INVOICE_AGAIN(
      Recipient.CLIENT,
      Attached.INVOICE_PDF,
      "sentManuallyAt",
      "Invoice {{invoiceNumber}} from {{memberName}}: {{amount}} due {{dueDate}}",
      "{{memberName}} sent you an invoice",
      "Invoice {{invoiceNumber}} for {{amount}} is due on {{dueDate}}.",
      "View and pay the invoice"),
  /** Three days before the due date. */
  DUE_IN_3_DAYS(
      Recipient.CLIENT,
      Attached.NONE,
      "sentDueIn3DaysAt",
      "Reminder: invoice {{invoiceNumber}} from {{memberName}} is due in 3 days",
      "Invoice {{invoiceNumber}} is due in 3 days",
      "{{amount}} to {{memberName}} is due on {{dueDate}}.",
      "View and pay the invoice"),
  /** On the due date. */
  DUE_TODAY(
      Recipient.CLIENT,
      Attached.NONE,
      "sentDueTodayAt",
      "Invoice {{invoiceNumber}} from {{memberName}} is due today",
      "Invoice {{invoiceNumber}} is due today",
      "{{amount}} to {{memberName}} is due today, {{dueDate}}.",
      "View and pay the invoice"),
  /** Three days after the due date. */
  DUE_3_DAYS_AGO(
      Recipient.CLIENT,
      Attached.NONE,
      "sentDue3DaysAgoAt",
      "Invoice {{invoiceNumber}} from {{memberName}} is 3 days overdue",
      "Invoice {{invoiceNumber}} is overdue",
      "{{amount}} to {{memberName}} was due on {{dueDate}}, 3 days ago.",
      "View and pay the invoice"),
  /** Seven days after the due date, the last reminder. */
  DUE_7_DAYS_AGO(
      Recipient.CLIENT,
      Attached.NONE,
      "sentDue7DaysAgoAt",
      "Invoice {{invoiceNumber}} from {{memberName}} is 7 days overdue",
      "Invoice {{invoiceNumber}} is a week overdue",
      "{{amount}} to {{memberName}} was due on {{dueDate}}, 7 days ago.",
      "View and pay the invoice"),
  /** Paid: the client's receipt. */
  PAID_TO_CLIENT(
      Recipient.CLIENT,
      Attached.RECEIPT_PDF,
      "sentPaymentConfirmationToClient",
      "Receipt for invoice {{invoiceNumber}}: {{amountCharged}} paid to {{memberName}}",
      "Thank you for your payment",
      "You paid {{amountCharged}} to {{memberName}} for invoice {{invoiceNumber}} on {{paidDate}}.",
      "View the receipt"),
  /** Paid: the member hears of it. */
  PAID_TO_MEMBER(
      Recipient.MEMBER,
      Attached.NONE,
      "sentPaymentConfirmationToMember",
      "{{clientName}} paid invoice {{invoiceNumber}} ({{amount}})",
      "Invoice {{invoiceNumber}} is paid",
      "{{clientName}} paid invoice {{invoiceNumber}} for {{amount}} on {{paidDate}}.",
      null),
  /** A card was declined or a bank debit returned: the invoice is payable again. */
  PAYMENT_FAILED(
      Recipient.CLIENT,
      Attached.NONE,
      null,
      "Your payment for invoice {{invoiceNumber}} did not go through",
      "Your payment did not go through",
      "Your payment of {{amount}} to {{memberName}} for invoice {{invoiceNumber}} failed: "
          + "{{failureReason}}. The invoice is still open; you can pay it again.",
      "Pay the invoice");

  /** Who a message goes to. */
  public enum Recipient {
    /** The client's email and the CC addresses. */
    CLIENT,
    /** The member's account email. */
    MEMBER
  }

  /** The file a message carries. */
  public enum Attached {
    /** Nothing. */
    NONE,
    /** The invoice PDF. */
    INVOICE_PDF,
    /** The receipt PDF. */
    RECEIPT_PDF
  }

  private final Recipient recipient;
  private final Attached attached;
  private final String recordedAs;
  final String subject;
  final String headline;
  final String body;
  final String action;

  MailKind(
      Recipient recipient,
      Attached attached,
      String recordedAs,
      String subject,
      String headline,
      String body,
      String action) {
    this.recipient = recipient;
    this.attached = attached;
    this.recordedAs = recordedAs;
    this.subject = subject;
    this.headline = headline;
    this.body = body;
    this.action = action;
  }

  /** Who receives it. */
  public Recipient recipient() {
    return recipient;
  }

  /** What it carries. */
  public Attached attached() {
    return attached;
  }

  /**
   * The {@code InvoiceEvents} field set when the relay accepts it, or null when none records it.
   */
  public String recordedAs() {
    return recordedAs;
  }

  /** Whether this is one of the reminders around the due date. */
  public boolean isReminder() {
    return this == DUE_IN_3_DAYS
        || this == DUE_TODAY
        || this == DUE_3_DAYS_AGO
        || this == DUE_7_DAYS_AGO;
  }
}
