package app.wingspan.server.invoice;

import app.wingspan.model.Address;
import app.wingspan.model.ClientData;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientOptions;
import app.wingspan.model.Company;
import app.wingspan.model.CompanyStructure;
import app.wingspan.model.ExternalIds;
import app.wingspan.model.Fee;
import app.wingspan.model.Form1099BalancesByYear;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceIntegrations;
import app.wingspan.model.InvoiceLineItem;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceQuickbooksIntegration;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.LineItemIntegrations;
import app.wingspan.model.LineItemQuickbooksIntegration;
import app.wingspan.model.MemberClient;
import app.wingspan.model.MemberClientEvents;
import app.wingspan.model.MemberClientFormW9Info;
import app.wingspan.model.MemberClientInternal;
import app.wingspan.model.MemberClientStatus;
import app.wingspan.model.MemberClientWireAccount;
import app.wingspan.model.MemberData;
import app.wingspan.model.MemberOptions;
import app.wingspan.model.MemberProfile;
import app.wingspan.model.PaymentMethod;
import app.wingspan.model.ProcessingFees;
import app.wingspan.model.RedactedMember;
import app.wingspan.model.RedactedUser;
import app.wingspan.model.TaxStatus;
import app.wingspan.model.UserAccountType;
import app.wingspan.model.UserName;
import app.wingspan.model.UserRoles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The new Draft document of a create request that passed {@link CreateRequestCheck}: every field
 * the wire contract marks required, assembled from the request, the relationship and the clock.
 */
final class Drafts {

  /**
   * The version of Wingspan's payments flow this server's invoices follow. The contract requires
   * the field and documents no values; 2 matches the v2 contract the server implements.
   */
  static final BigDecimal PAYMENTS_VERSION = BigDecimal.valueOf(2);

  /** Card and bank transfer: the two ways a client can pay through the platform. */
  static final List<PaymentMethod> ACCEPTED_PAYMENT_METHODS =
      List.of(PaymentMethod.CREDIT, PaymentMethod.ACH);

  /**
   * This server holds no W-9 data, yet Wingspan's v1 contract requires the address and company
   * structure keys as strings: empty strings and {@code None} say "not stated", as the empty wire
   * accounts below do.
   */
  static final MemberClientFormW9Info NO_W9 =
      MemberClientFormW9Info.builder()
          .addressLine1("")
          .city("")
          .companyStructure(CompanyStructure.NONE)
          .country("")
          .postalCode("")
          .state("")
          .build();

  private Drafts() {}

  /** The new Draft document. */
  static ClientInvoice draft(
      CreateRequestCheck.Checked checked,
      Relationship relationship,
      String invoiceId,
      Instant now,
      FeeSchedule schedule) {
    ClientInvoiceCreateRequest request = checked.request();
    Party member = relationship.member();
    if (!member.accountId().equals(request.memberId())) {
      throw new IllegalArgumentException("the relationship's member is not the request's memberId");
    }
    if (member.accountId().equals(relationship.client().accountId())) {
      throw InvoiceRuleException.invalid(
          "memberId",
          "memberId names the caller's own account; "
              + "an invoice is owed by a client to another account");
    }
    String at = Timestamps.format(now);
    UserRoles roles = roles(relationship);
    List<InvoiceLineItem> lineItems = new ArrayList<>(checked.lines().size());
    for (int i = 0; i < checked.lines().size(); i++) {
      lineItems.add(lineItem(request.lineItems().get(i), checked.lines().get(i), at, roles));
    }
    BigDecimal creditFee =
        CardFees.split(schedule, checked.amount(), checked.creditFeeHandling()).clientShare();
    return ClientInvoice.builder()
        .additionalRecipientEmails(checked.emailCC())
        .amount(checked.amount())
        .client(new ClientOptions(null, null, null, null))
        .createdAt(at)
        .currency(checked.currency())
        .dueDate(request.dueDate())
        .events(InvoiceEvents.builder().build())
        .invoiceId(invoiceId)
        .invoiceNumber("")
        .lineItems(lineItems)
        .member(new MemberOptions(null, null, null, null))
        .memberAcceptsPayments(true)
        .memberAddress(address(member.address()))
        .memberClient(memberClient(checked, relationship))
        .memberCompany(text(member.company()))
        .memberEmail(text(member.email()))
        .memberLogoUrl(text(member.logoUrl()))
        .memberName(text(member.name()))
        .memberPaymentsVersion(PAYMENTS_VERSION)
        .memberStripeAccountId("")
        .projectName("")
        .status(InvoiceStatus.DRAFT)
        .updatedAt(at)
        .acceptedPaymentMethods(ACCEPTED_PAYMENT_METHODS)
        .creditFeeHandling(checked.creditFeeHandling())
        .processingFees(new ProcessingFees(new Fee(creditFee, at), null))
        .build();
  }

  /**
   * The member owns what it bills; the client may view it. The same on the relationship and on
   * every line.
   */
  private static UserRoles roles(Relationship relationship) {
    return new UserRoles(
        List.of(relationship.member().accountId()), List.of(relationship.client().accountId()));
  }

  private static InvoiceLineItem lineItem(
      InvoiceLineItemsCreateRequest item,
      CreateRequestCheck.Line line,
      String at,
      UserRoles roles) {
    Map<String, String> labels = Tristate.value(item.labels());
    return InvoiceLineItem.builder()
        .costPerUnit(line.costPerUnit())
        .createdAt(at)
        .labels(labels == null ? Map.of() : labels)
        .labelsBak2(Map.of())
        .quantity(line.quantity())
        .reimbursableExpense(Boolean.TRUE.equals(Tristate.value(item.reimbursableExpense())))
        .totalCost(line.totalCost())
        .unit(text(Tristate.value(item.unit())))
        .updatedAt(at)
        .userRoles(roles)
        .description(Tristate.value(item.description()))
        .detail(Tristate.value(item.detail()))
        .integration(integration(Tristate.value(item.integration())))
        .build();
  }

  private static InvoiceIntegrations integration(LineItemIntegrations integration) {
    if (integration == null) {
      return null;
    }
    LineItemQuickbooksIntegration quickbooks = integration.quickbooks();
    return new InvoiceIntegrations(
        quickbooks == null
            ? null
            : new InvoiceQuickbooksIntegration(
                null, null, quickbooks.expenseAccountId(), null, quickbooks.itemId()));
  }

  private static MemberClient memberClient(
      CreateRequestCheck.Checked checked, Relationship relationship) {
    ClientInvoiceCreateRequest request = checked.request();
    Party member = relationship.member();
    Party client = relationship.client();
    String firstName = Tristate.value(request.clientFirstName());
    String lastName = Tristate.value(request.clientLastName());
    String company = Tristate.value(request.clientCompany());
    UserName clientName =
        firstName == null && lastName == null ? null : new UserName(firstName, lastName);
    // No bank details are held here; empty strings satisfy the required fields and say "none".
    MemberClientWireAccount noAccount = new MemberClientWireAccount("", "", null, null);
    return MemberClient.builder()
        .achCreditAccount(noAccount)
        .client(redacted(client, clientName))
        .clientData(new ClientData(null, null, null))
        .clientId(client.accountId())
        .clientUserAccountType(UserAccountType.MEMBER)
        .createdAt(relationship.createdAt())
        .emailTo(request.clientEmail())
        .eventActors(Map.of())
        .events(new MemberClientEvents(relationship.createdAt(), null))
        .externalIds(new ExternalIds(null, null, null))
        .form1099Balances(new Form1099BalancesByYear(null, null))
        .formW9Data(NO_W9)
        .internal(new MemberClientInternal(null, null))
        .internationalWireAccount(noAccount)
        .labels(Map.of())
        .member(redacted(member, null))
        .memberClientId(relationship.memberClientId())
        .memberData(new MemberData(null, null, null))
        .memberId(member.accountId())
        .parentMemberClientId("")
        .payerPayeeId(relationship.memberClientId())
        .status(MemberClientStatus.ACTIVE)
        .taxStatus(TaxStatus.INCOMPLETE)
        .updatedAt(relationship.createdAt())
        .userRoles(roles(relationship))
        .company(company != null ? company : client.company())
        .emailCC(checked.emailCC().isEmpty() ? null : checked.emailCC())
        .name(name(firstName, lastName, client.name()))
        .build();
  }

  private static RedactedMember redacted(Party party, UserName name) {
    Company company =
        party.company() == null ? null : Company.builder().name(party.company()).build();
    MemberProfile profile = new MemberProfile(party.address(), company, party.logoUrl(), null);
    return new RedactedMember(
        new RedactedUser(party.email(), null, name, null, null, null), profile);
  }

  private static String name(String firstName, String lastName, String fallback) {
    if (firstName == null && lastName == null) {
      return fallback;
    }
    return (text(firstName) + " " + text(lastName)).strip();
  }

  private static Address address(Address address) {
    if (address == null) {
      return new Address("", "", "", "", null);
    }
    return new Address(
        text(address.addressLine1()),
        text(address.city()),
        text(address.postalCode()),
        text(address.state()),
        address.addressLine2());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
