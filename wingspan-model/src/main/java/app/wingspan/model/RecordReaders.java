// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The lenient mapper's one-pass readers of the response records (see {@link WireRecordReader}): one
 * per record, reading its members by name and calling its constructor.
 */
final class RecordReaders {
  private RecordReaders() {}

  /** The readers, as a module of the lenient mapper. */
  static SimpleModule module() {
    return WireRecordReader.module(
        Map.ofEntries(
            Map.entry(Address.class, AddressReader::new),
            Map.entry(BankAccount.class, BankAccountReader::new),
            Map.entry(ClientData.class, ClientDataReader::new),
            Map.entry(ClientInvoice.class, ClientInvoiceReader::new),
            Map.entry(ClientOptions.class, ClientOptionsReader::new),
            Map.entry(Company.class, CompanyReader::new),
            Map.entry(CompanyLinks.class, CompanyLinksReader::new),
            Map.entry(CompanyPerson.class, CompanyPersonReader::new),
            Map.entry(CreditFeeHandling.class, CreditFeeHandlingReader::new),
            Map.entry(DocumentEvents.class, DocumentEventsReader::new),
            Map.entry(DocumentFiles.class, DocumentFilesReader::new),
            Map.entry(DocumentResponse.class, DocumentResponseReader::new),
            Map.entry(ErrorBody.class, ErrorBodyReader::new),
            Map.entry(ExternalIds.class, ExternalIdsReader::new),
            Map.entry(ExternalIdsBulkImport.class, ExternalIdsBulkImportReader::new),
            Map.entry(ExternalIdsQuickbooksData.class, ExternalIdsQuickbooksDataReader::new),
            Map.entry(Fee.class, FeeReader::new),
            Map.entry(Fees.class, FeesReader::new),
            Map.entry(Form1099BalancesByYear.class, Form1099BalancesByYearReader::new),
            Map.entry(Form1099Correction.class, Form1099CorrectionReader::new),
            Map.entry(Form1099Dispute.class, Form1099DisputeReader::new),
            Map.entry(Form1099Events.class, Form1099EventsReader::new),
            Map.entry(Form1099Filings.class, Form1099FilingsReader::new),
            Map.entry(Frequency.class, FrequencyReader::new),
            Map.entry(InvoiceAttachmentFile.class, InvoiceAttachmentFileReader::new),
            Map.entry(InvoiceAttachments.class, InvoiceAttachmentsReader::new),
            Map.entry(InvoiceEvents.class, InvoiceEventsReader::new),
            Map.entry(InvoiceFeeCalculation.class, InvoiceFeeCalculationReader::new),
            Map.entry(InvoiceIntegrations.class, InvoiceIntegrationsReader::new),
            Map.entry(InvoiceLineItem.class, InvoiceLineItemReader::new),
            Map.entry(InvoiceMetadata.class, InvoiceMetadataReader::new),
            Map.entry(InvoiceQuickbooksIntegration.class, InvoiceQuickbooksIntegrationReader::new),
            Map.entry(LateFeeConfig.class, LateFeeConfigReader::new),
            Map.entry(LineItemDiscount.class, LineItemDiscountReader::new),
            Map.entry(LineItemIntegrations.class, LineItemIntegrationsReader::new),
            Map.entry(
                LineItemQuickbooksIntegration.class, LineItemQuickbooksIntegrationReader::new),
            Map.entry(MemberClient.class, MemberClientReader::new),
            Map.entry(MemberClientEvents.class, MemberClientEventsReader::new),
            Map.entry(MemberClientForm1099Balances.class, MemberClientForm1099BalancesReader::new),
            Map.entry(MemberClientFormW9Info.class, MemberClientFormW9InfoReader::new),
            Map.entry(MemberClientIntegrations.class, MemberClientIntegrationsReader::new),
            Map.entry(MemberClientInternal.class, MemberClientInternalReader::new),
            Map.entry(
                MemberClientQuickbooksIntegration.class,
                MemberClientQuickbooksIntegrationReader::new),
            Map.entry(
                MemberClientRequirementResponse.class, MemberClientRequirementResponseReader::new),
            Map.entry(MemberClientTrack.class, MemberClientTrackReader::new),
            Map.entry(MemberClientWireAccount.class, MemberClientWireAccountReader::new),
            Map.entry(MemberData.class, MemberDataReader::new),
            Map.entry(MemberOptions.class, MemberOptionsReader::new),
            Map.entry(MemberProfile.class, MemberProfileReader::new),
            Map.entry(PaymentInfo.class, PaymentInfoReader::new),
            Map.entry(ProcessingFees.class, ProcessingFeesReader::new),
            Map.entry(RedactedMember.class, RedactedMemberReader::new),
            Map.entry(RedactedUser.class, RedactedUserReader::new),
            Map.entry(UserName.class, UserNameReader::new),
            Map.entry(UserPhone.class, UserPhoneReader::new),
            Map.entry(UserRoles.class, UserRolesReader::new),
            Map.entry(UserSettings.class, UserSettingsReader::new),
            Map.entry(WebhookDelivery.class, WebhookDeliveryReader::new),
            Map.entry(WebhookEventName.class, WebhookEventNameReader::new),
            Map.entry(WebhookPreference.class, WebhookPreferenceReader::new),
            Map.entry(
                WebhookPreferenceCreateRequest.class, WebhookPreferenceCreateRequestReader::new)));
  }

  private static final class AddressReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    AddressReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"addressLine1", "city", "postalCode", "state", "addressLine2"},
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new AddressReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Address(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4]);
    }
  }

  private static final class BankAccountReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    BankAccountReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"accountNumber", "bankName", "routingNumber", "swiftCode"},
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new BankAccountReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new BankAccount(
          (String) values[0], (String) values[1], (String) values[2], (String) values[3]);
    }
  }

  private static final class ClientDataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ClientDataReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"autoPayStrategy", "externalId", "verificationStratgy"},
          AutoPayStrategy.class,
          String.class,
          VerificationStrategy.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ClientDataReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new ClientData(
          (AutoPayStrategy) values[0], (String) values[1], (VerificationStrategy) values[2]);
    }
  }

  private static final class ClientInvoiceReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ClientInvoiceReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "additionalRecipientEmails",
            "amount",
            "client",
            "createdAt",
            "currency",
            "dueDate",
            "events",
            "invoiceId",
            "invoiceNumber",
            "lineItems",
            "member",
            "memberAcceptsPayments",
            "memberAddress",
            "memberClient",
            "memberCompany",
            "memberEmail",
            "memberLogoUrl",
            "memberName",
            "memberPaymentsVersion",
            "memberStripeAccountId",
            "projectName",
            "status",
            "updatedAt",
            "acceptedPaymentMethods",
            "accountId",
            "attachments",
            "bankTransferInfo",
            "chargedFees",
            "creditFeeHandling",
            "integration",
            "internationalBankTransferInfo",
            "invoiceNotes",
            "invoiceTemplateId",
            "lateFeeHandling",
            "memberFormattedAddressLines",
            "metadata",
            "paymentInfo",
            "paymentMethodId",
            "processingFees",
            "sourceId"
          },
          new TypeReference<List<String>>() {}.getType(),
          BigDecimal.class,
          ClientOptions.class,
          String.class,
          Currency.class,
          String.class,
          InvoiceEvents.class,
          String.class,
          String.class,
          new TypeReference<List<InvoiceLineItem>>() {}.getType(),
          MemberOptions.class,
          Boolean.class,
          Address.class,
          MemberClient.class,
          String.class,
          String.class,
          String.class,
          String.class,
          BigDecimal.class,
          String.class,
          String.class,
          InvoiceStatus.class,
          String.class,
          new TypeReference<List<PaymentMethod>>() {}.getType(),
          String.class,
          InvoiceAttachments.class,
          BankAccount.class,
          Fees.class,
          CreditFeeHandling.class,
          InvoiceIntegrations.class,
          BankAccount.class,
          String.class,
          String.class,
          LateFeeConfig.class,
          new TypeReference<List<String>>() {}.getType(),
          InvoiceMetadata.class,
          PaymentInfo.class,
          String.class,
          ProcessingFees.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ClientInvoiceReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new ClientInvoice(
          (List<String>) values[0],
          (BigDecimal) values[1],
          (ClientOptions) values[2],
          (String) values[3],
          (Currency) values[4],
          (String) values[5],
          (InvoiceEvents) values[6],
          (String) values[7],
          (String) values[8],
          (List<InvoiceLineItem>) values[9],
          (MemberOptions) values[10],
          (Boolean) values[11],
          (Address) values[12],
          (MemberClient) values[13],
          (String) values[14],
          (String) values[15],
          (String) values[16],
          (String) values[17],
          (BigDecimal) values[18],
          (String) values[19],
          (String) values[20],
          (InvoiceStatus) values[21],
          (String) values[22],
          (List<PaymentMethod>) values[23],
          (String) values[24],
          (InvoiceAttachments) values[25],
          (BankAccount) values[26],
          (Fees) values[27],
          (CreditFeeHandling) values[28],
          (InvoiceIntegrations) values[29],
          (BankAccount) values[30],
          (String) values[31],
          (String) values[32],
          (LateFeeConfig) values[33],
          (List<String>) values[34],
          (InvoiceMetadata) values[35],
          (PaymentInfo) values[36],
          (String) values[37],
          (ProcessingFees) values[38],
          (String) values[39]);
    }
  }

  private static final class ClientOptionsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ClientOptionsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"comment", "payDate", "workflowStatus", "workflowSubStatus"},
          String.class,
          String.class,
          ClientWorkflowStatus.class,
          WorkflowSubStatus.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ClientOptionsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new ClientOptions(
          (String) values[0],
          (String) values[1],
          (ClientWorkflowStatus) values[2],
          (WorkflowSubStatus) values[3]);
    }
  }

  private static final class CompanyReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CompanyReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "banking",
            "companyOwners",
            "description",
            "disregardedEntityName",
            "legalBusinessName",
            "links",
            "name",
            "stateOfIncorporation",
            "structure",
            "supportEmail",
            "taxId",
            "website",
            "yearOfIncorporation"
          },
          Boolean.class,
          new TypeReference<List<CompanyPerson>>() {}.getType(),
          String.class,
          String.class,
          String.class,
          CompanyLinks.class,
          String.class,
          String.class,
          CompanyStructure.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new CompanyReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new Company(
          (Boolean) values[0],
          (List<CompanyPerson>) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4],
          (CompanyLinks) values[5],
          (String) values[6],
          (String) values[7],
          (CompanyStructure) values[8],
          (String) values[9],
          (String) values[10],
          (String) values[11],
          (String) values[12]);
    }
  }

  private static final class CompanyLinksReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CompanyLinksReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"instagramUrl", "linkedInUrl", "otherUrl", "twitterUrl", "websiteUrl"},
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new CompanyLinksReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new CompanyLinks(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4]);
    }
  }

  private static final class CompanyPersonReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CompanyPersonReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"memberId", "ownershipPercentage"},
          String.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new CompanyPersonReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new CompanyPerson((String) values[0], (BigDecimal) values[1]);
    }
  }

  private static final class CreditFeeHandlingReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CreditFeeHandlingReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"clientAbsolutePercentage", "clientPays", "memberPays"},
          BigDecimal.class,
          BigDecimal.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new CreditFeeHandlingReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new CreditFeeHandling(
          (BigDecimal) values[0], (BigDecimal) values[1], (BigDecimal) values[2]);
    }
  }

  private static final class DocumentEventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    DocumentEventsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons, new String[] {"clientSignedAt", "memberSignedAt"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new DocumentEventsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new DocumentEvents((String) values[0], (String) values[1]);
    }
  }

  private static final class DocumentFilesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    DocumentFilesReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"client", "member"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new DocumentFilesReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new DocumentFiles((String) values[0], (String) values[1]);
    }
  }

  private static final class DocumentResponseReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    DocumentResponseReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "clientId",
            "documentId",
            "memberId",
            "status",
            "templateId",
            "title",
            "userRoles",
            "events",
            "files"
          },
          String.class,
          String.class,
          String.class,
          DocumentStatus.class,
          String.class,
          String.class,
          UserRoles.class,
          DocumentEvents.class,
          DocumentFiles.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new DocumentResponseReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new DocumentResponse(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (DocumentStatus) values[3],
          (String) values[4],
          (String) values[5],
          (UserRoles) values[6],
          (DocumentEvents) values[7],
          (DocumentFiles) values[8]);
    }
  }

  private static final class ErrorBodyReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ErrorBodyReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"type", "title", "status", "detail", "code", "param", "error", "requestId"},
          String.class,
          String.class,
          Integer.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ErrorBodyReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new ErrorBody(
          (String) values[0],
          (String) values[1],
          (Integer) values[2],
          (String) values[3],
          (String) values[4],
          (String) values[5],
          (String) values[6],
          (String) values[7]);
    }
  }

  private static final class ExternalIdsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ExternalIdsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"bulk", "quickbooks", "stripe"},
          ExternalIdsBulkImport.class,
          new TypeReference<Map<String, ExternalIdsQuickbooksData>>() {}.getType(),
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ExternalIdsReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new ExternalIds(
          (ExternalIdsBulkImport) values[0],
          (Map<String, ExternalIdsQuickbooksData>) values[1],
          (String) values[2]);
    }
  }

  private static final class ExternalIdsBulkImportReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ExternalIdsBulkImportReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"bulkItemMergeKey"}, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ExternalIdsBulkImportReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new ExternalIdsBulkImport((String) values[0]);
    }
  }

  private static final class ExternalIdsQuickbooksDataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ExternalIdsQuickbooksDataReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"id", "syncToken", "doCreate", "doDelete", "doUpdate", "updatedAt"},
          String.class,
          String.class,
          Boolean.class,
          Boolean.class,
          Boolean.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ExternalIdsQuickbooksDataReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new ExternalIdsQuickbooksData(
          (String) values[0],
          (String) values[1],
          (Boolean) values[2],
          (Boolean) values[3],
          (Boolean) values[4],
          (String) values[5]);
    }
  }

  private static final class FeeReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    FeeReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"amount", "calculatedAt"}, BigDecimal.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new FeeReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Fee((BigDecimal) values[0], (String) values[1]);
    }
  }

  private static final class FeesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    FeesReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"lateFee", "processingFee"}, Fee.class, Fee.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new FeesReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Fees((Fee) values[0], (Fee) values[1]);
    }
  }

  private static final class Form1099BalancesByYearReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099BalancesByYearReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"2021", "2022"},
          MemberClientForm1099Balances.class,
          MemberClientForm1099Balances.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099BalancesByYearReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Form1099BalancesByYear(
          (MemberClientForm1099Balances) values[0], (MemberClientForm1099Balances) values[1]);
    }
  }

  private static final class Form1099CorrectionReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099CorrectionReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "address",
            "companyStructure",
            "ein",
            "firstName",
            "lastName",
            "legalBusinessName",
            "ssn",
            "totalAmount"
          },
          JsonNode.class,
          CompanyStructure.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099CorrectionReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Form1099Correction(
          (JsonNode) values[0],
          (CompanyStructure) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4],
          (String) values[5],
          (String) values[6],
          (BigDecimal) values[7]);
    }
  }

  private static final class Form1099DisputeReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099DisputeReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"amount", "comment", "status"},
          BigDecimal.class,
          String.class,
          Form1099DisputeStatus.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099DisputeReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Form1099Dispute(
          (BigDecimal) values[0], (String) values[1], (Form1099DisputeStatus) values[2]);
    }
  }

  private static final class Form1099EventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099EventsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "acceptedByCollaboratorAt",
            "createdAt",
            "postFilingSuggestionMadeAt",
            "postFilingSuggestionResolvedAt",
            "submittedForCollaboratorReviewAt",
            "suggestionMadeAt",
            "suggestionResolvedAt",
            "updatedAt"
          },
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099EventsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Form1099Events(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4],
          (String) values[5],
          (String) values[6],
          (String) values[7]);
    }
  }

  private static final class Form1099FilingsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099FilingsReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"2021"}, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099FilingsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Form1099Filings((String) values[0]);
    }
  }

  private static final class FrequencyReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    FrequencyReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "startDate", "daily", "dayInInterval", "endDate", "every", "interval", "twicePerMonth"
          },
          String.class,
          Boolean.class,
          BigDecimal.class,
          String.class,
          BigDecimal.class,
          FrequencyInterval.class,
          Boolean.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new FrequencyReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new Frequency(
          (String) values[0],
          (Boolean) values[1],
          (BigDecimal) values[2],
          (String) values[3],
          (BigDecimal) values[4],
          (FrequencyInterval) values[5],
          (Boolean) values[6]);
    }
  }

  private static final class InvoiceAttachmentFileReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceAttachmentFileReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"fileName", "fileUrl"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceAttachmentFileReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new InvoiceAttachmentFile((String) values[0], (String) values[1]);
    }
  }

  private static final class InvoiceAttachmentsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceAttachmentsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "customAttachmentIds", "customAttachmentInfo", "invoiceLink", "invoicePdf", "receiptPdf"
          },
          new TypeReference<List<String>>() {}.getType(),
          new TypeReference<List<InvoiceAttachmentFile>>() {}.getType(),
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceAttachmentsReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new InvoiceAttachments(
          (List<String>) values[0],
          (List<InvoiceAttachmentFile>) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4]);
    }
  }

  private static final class InvoiceEventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceEventsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "approvedAt",
            "cancelledAt",
            "clientDeclinedAt",
            "clientResolvedDisputeAt",
            "depositedAt",
            "depositedToPayoutPlatformAt",
            "disputedAt",
            "emailMarkedAsSpamAt",
            "emailReceivedAt",
            "emailUndeliverableAt",
            "emailViewedAt",
            "estimatedDepositAt",
            "instantPayoutAt",
            "instantPayoutEligibleAt",
            "instantPayoutFailedAt",
            "markedPaidAt",
            "memberAcceptedAt",
            "memberDisputedAt",
            "memberResubmittedAt",
            "openedAt",
            "paidAt",
            "payAfterAccountVerified",
            "paymentFailedAt",
            "paymentInTransitAt",
            "paymentRetriedAt",
            "payoutFailedAt",
            "preApprovedAt",
            "refundedAt",
            "sentAt",
            "sentDue3DaysAgoAt",
            "sentDue7DaysAgoAt",
            "sentDueIn3DaysAt",
            "sentDueTodayAt",
            "sentInstantPayoutFailedToMember",
            "sentManuallyAt",
            "sentPaymentConfirmationToClient",
            "sentPaymentConfirmationToMember",
            "sentPaymentInTransitReminderAt",
            "sentPayoutMightBeDelayedToClient",
            "sentRecurringPaymentFailedAt"
          },
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceEventsReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new InvoiceEvents(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4],
          (String) values[5],
          (String) values[6],
          (String) values[7],
          (List<String>) values[8],
          (String) values[9],
          (List<String>) values[10],
          (String) values[11],
          (String) values[12],
          (String) values[13],
          (String) values[14],
          (String) values[15],
          (String) values[16],
          (String) values[17],
          (String) values[18],
          (String) values[19],
          (String) values[20],
          (String) values[21],
          (List<String>) values[22],
          (String) values[23],
          (List<String>) values[24],
          (String) values[25],
          (String) values[26],
          (String) values[27],
          (String) values[28],
          (String) values[29],
          (String) values[30],
          (String) values[31],
          (String) values[32],
          (String) values[33],
          (List<String>) values[34],
          (String) values[35],
          (String) values[36],
          (String) values[37],
          (String) values[38],
          (String) values[39]);
    }
  }

  private static final class InvoiceFeeCalculationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceFeeCalculationReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"creditFeeTotal"}, BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceFeeCalculationReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new InvoiceFeeCalculation((BigDecimal) values[0]);
    }
  }

  private static final class InvoiceIntegrationsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceIntegrationsReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"quickbooks"}, InvoiceQuickbooksIntegration.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceIntegrationsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new InvoiceIntegrations((InvoiceQuickbooksIntegration) values[0]);
    }
  }

  private static final class InvoiceLineItemReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceLineItemReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "costPerUnit",
            "createdAt",
            "labels",
            "labelsBak2",
            "quantity",
            "reimbursableExpense",
            "totalCost",
            "unit",
            "updatedAt",
            "userRoles",
            "description",
            "detail",
            "discount",
            "integration"
          },
          BigDecimal.class,
          String.class,
          new TypeReference<Map<String, String>>() {}.getType(),
          new TypeReference<Map<String, String>>() {}.getType(),
          BigDecimal.class,
          Boolean.class,
          BigDecimal.class,
          String.class,
          String.class,
          UserRoles.class,
          String.class,
          String.class,
          LineItemDiscount.class,
          InvoiceIntegrations.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceLineItemReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new InvoiceLineItem(
          (BigDecimal) values[0],
          (String) values[1],
          (Map<String, String>) values[2],
          (Map<String, String>) values[3],
          (BigDecimal) values[4],
          (Boolean) values[5],
          (BigDecimal) values[6],
          (String) values[7],
          (String) values[8],
          (UserRoles) values[9],
          (String) values[10],
          (String) values[11],
          (LineItemDiscount) values[12],
          (InvoiceIntegrations) values[13]);
    }
  }

  private static final class InvoiceMetadataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceMetadataReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "depositNote",
            "invoiceDate",
            "payoutPendingReason",
            "pendingStatusReason",
            "purchaseOrderNumber"
          },
          String.class,
          String.class,
          PayoutPendingReason.class,
          PendingStatusReason.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceMetadataReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new InvoiceMetadata(
          (String) values[0],
          (String) values[1],
          (PayoutPendingReason) values[2],
          (PendingStatusReason) values[3],
          (String) values[4]);
    }
  }

  private static final class InvoiceQuickbooksIntegrationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceQuickbooksIntegrationReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "billClassId", "billCustomerId", "expenseAccountId", "invoiceClassId", "itemId"
          },
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceQuickbooksIntegrationReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new InvoiceQuickbooksIntegration(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4]);
    }
  }

  private static final class LateFeeConfigReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LateFeeConfigReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"frequency", "lateFeeAmount", "lateFeePercentage"},
          Frequency.class,
          BigDecimal.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LateFeeConfigReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new LateFeeConfig(
          (Frequency) values[0], (BigDecimal) values[1], (BigDecimal) values[2]);
    }
  }

  private static final class LineItemDiscountReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LineItemDiscountReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"amount", "description", "percentage"},
          BigDecimal.class,
          String.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LineItemDiscountReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new LineItemDiscount(
          (BigDecimal) values[0], (String) values[1], (BigDecimal) values[2]);
    }
  }

  private static final class LineItemIntegrationsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LineItemIntegrationsReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"quickbooks"}, LineItemQuickbooksIntegration.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LineItemIntegrationsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new LineItemIntegrations((LineItemQuickbooksIntegration) values[0]);
    }
  }

  private static final class LineItemQuickbooksIntegrationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LineItemQuickbooksIntegrationReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"expenseAccountId", "itemId"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LineItemQuickbooksIntegrationReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new LineItemQuickbooksIntegration((String) values[0], (String) values[1]);
    }
  }

  private static final class MemberClientReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "achCreditAccount",
            "client",
            "clientData",
            "clientId",
            "clientUserAccountType",
            "createdAt",
            "emailTo",
            "eventActors",
            "events",
            "externalIds",
            "form1099Balances",
            "formW9Data",
            "internal",
            "internationalWireAccount",
            "labels",
            "member",
            "memberClientId",
            "memberData",
            "memberId",
            "parentMemberClientId",
            "payerPayeeId",
            "status",
            "taxStatus",
            "updatedAt",
            "userRoles",
            "collaboratorGroupId",
            "collaboratorGroupIds",
            "company",
            "eligibilityRequirements",
            "emailCC",
            "integration",
            "name"
          },
          MemberClientWireAccount.class,
          RedactedMember.class,
          ClientData.class,
          String.class,
          UserAccountType.class,
          String.class,
          String.class,
          new TypeReference<Map<String, String>>() {}.getType(),
          MemberClientEvents.class,
          ExternalIds.class,
          Form1099BalancesByYear.class,
          MemberClientFormW9Info.class,
          MemberClientInternal.class,
          MemberClientWireAccount.class,
          new TypeReference<Map<String, String>>() {}.getType(),
          RedactedMember.class,
          String.class,
          MemberData.class,
          String.class,
          String.class,
          String.class,
          MemberClientStatus.class,
          TaxStatus.class,
          String.class,
          UserRoles.class,
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class,
          new TypeReference<List<MemberClientRequirementResponse>>() {}.getType(),
          new TypeReference<List<String>>() {}.getType(),
          MemberClientIntegrations.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new MemberClient(
          (MemberClientWireAccount) values[0],
          (RedactedMember) values[1],
          (ClientData) values[2],
          (String) values[3],
          (UserAccountType) values[4],
          (String) values[5],
          (String) values[6],
          (Map<String, String>) values[7],
          (MemberClientEvents) values[8],
          (ExternalIds) values[9],
          (Form1099BalancesByYear) values[10],
          (MemberClientFormW9Info) values[11],
          (MemberClientInternal) values[12],
          (MemberClientWireAccount) values[13],
          (Map<String, String>) values[14],
          (RedactedMember) values[15],
          (String) values[16],
          (MemberData) values[17],
          (String) values[18],
          (String) values[19],
          (String) values[20],
          (MemberClientStatus) values[21],
          (TaxStatus) values[22],
          (String) values[23],
          (UserRoles) values[24],
          (String) values[25],
          (List<String>) values[26],
          (String) values[27],
          (List<MemberClientRequirementResponse>) values[28],
          (List<String>) values[29],
          (MemberClientIntegrations) values[30],
          (String) values[31]);
    }
  }

  private static final class MemberClientEventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientEventsReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"activeAt", "pendingAt"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientEventsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientEvents((String) values[0], (String) values[1]);
    }
  }

  private static final class MemberClientForm1099BalancesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientForm1099BalancesReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "adjustments",
            "deliveryMethod",
            "exclusionReason",
            "form1099Generated",
            "paymentProcessingFees",
            "platformIncome",
            "status",
            "type",
            "correction",
            "dispute",
            "events",
            "taxForm",
            "taxFormId"
          },
          BigDecimal.class,
          Form1099DeliveryMethod.class,
          Form1099ExclusionReason.class,
          Boolean.class,
          BigDecimal.class,
          BigDecimal.class,
          Form1099Status.class,
          Form1099Type.class,
          Form1099Correction.class,
          Form1099Dispute.class,
          Form1099Events.class,
          JsonNode.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientForm1099BalancesReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientForm1099Balances(
          (BigDecimal) values[0],
          (Form1099DeliveryMethod) values[1],
          (Form1099ExclusionReason) values[2],
          (Boolean) values[3],
          (BigDecimal) values[4],
          (BigDecimal) values[5],
          (Form1099Status) values[6],
          (Form1099Type) values[7],
          (Form1099Correction) values[8],
          (Form1099Dispute) values[9],
          (Form1099Events) values[10],
          (JsonNode) values[11],
          (String) values[12]);
    }
  }

  private static final class MemberClientFormW9InfoReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientFormW9InfoReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "addressLine1",
            "addressLine2",
            "city",
            "companyStructure",
            "country",
            "dob",
            "ein",
            "firstName",
            "lastName",
            "legalBusinessName",
            "postalCode",
            "ssn",
            "state"
          },
          String.class,
          String.class,
          String.class,
          CompanyStructure.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientFormW9InfoReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientFormW9Info(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (CompanyStructure) values[3],
          (String) values[4],
          (String) values[5],
          (String) values[6],
          (String) values[7],
          (String) values[8],
          (String) values[9],
          (String) values[10],
          (String) values[11],
          (String) values[12]);
    }
  }

  private static final class MemberClientIntegrationsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientIntegrationsReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"quickbooks"}, MemberClientQuickbooksIntegration.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientIntegrationsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientIntegrations((MemberClientQuickbooksIntegration) values[0]);
    }
  }

  private static final class MemberClientInternalReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientInternalReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"track", "unit"},
          MemberClientTrack.class,
          new TypeReference<Map<String, String>>() {}.getType());
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientInternalReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new MemberClientInternal(
          (MemberClientTrack) values[0], (Map<String, String>) values[1]);
    }
  }

  private static final class MemberClientQuickbooksIntegrationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientQuickbooksIntegrationReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"customerId", "expenseAccountId", "itemId", "vendorId"},
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientQuickbooksIntegrationReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientQuickbooksIntegration(
          (String) values[0], (String) values[1], (String) values[2], (String) values[3]);
    }
  }

  private static final class MemberClientRequirementResponseReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientRequirementResponseReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "clientId",
            "collaboratorGroupId",
            "eligibilityRequirementId",
            "requirementType",
            "document",
            "documentId",
            "status",
            "templateId",
            "validFor"
          },
          String.class,
          String.class,
          String.class,
          RequirementType.class,
          DocumentResponse.class,
          String.class,
          RequirementStatus.class,
          String.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientRequirementResponseReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientRequirementResponse(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (RequirementType) values[3],
          (DocumentResponse) values[4],
          (String) values[5],
          (RequirementStatus) values[6],
          (String) values[7],
          (BigDecimal) values[8]);
    }
  }

  private static final class MemberClientTrackReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientTrackReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "form1099Filings",
            "formW9Document",
            "previousTemporaryTrackUserIds",
            "temporaryTrackUserId"
          },
          Form1099Filings.class,
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientTrackReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new MemberClientTrack(
          (Form1099Filings) values[0],
          (String) values[1],
          (List<String>) values[2],
          (String) values[3]);
    }
  }

  private static final class MemberClientWireAccountReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientWireAccountReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"accountNumber", "bankName", "routingNumber", "swiftCode"},
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientWireAccountReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberClientWireAccount(
          (String) values[0], (String) values[1], (String) values[2], (String) values[3]);
    }
  }

  private static final class MemberDataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberDataReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"autoPayRequirement", "externalId", "shareTaxDocument"},
          AutoPayRequirement.class,
          String.class,
          TaxDocumentSharing.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberDataReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberData(
          (AutoPayRequirement) values[0], (String) values[1], (TaxDocumentSharing) values[2]);
    }
  }

  private static final class MemberOptionsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberOptionsReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"comment", "payoutPreferences", "workflowStatus", "workflowSubStatus"},
          String.class,
          PayoutPreference.class,
          MemberWorkflowStatus.class,
          WorkflowSubStatus.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberOptionsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberOptions(
          (String) values[0],
          (PayoutPreference) values[1],
          (MemberWorkflowStatus) values[2],
          (WorkflowSubStatus) values[3]);
    }
  }

  private static final class MemberProfileReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberProfileReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"address", "company", "logoUrl", "ssnLastFour"},
          Address.class,
          Company.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberProfileReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new MemberProfile(
          (Address) values[0], (Company) values[1], (String) values[2], (String) values[3]);
    }
  }

  private static final class PaymentInfoReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    PaymentInfoReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "meansType", "brandImageUrl", "cardBrand", "meansDescription", "meansLast4"
          },
          PaymentMeansType.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new PaymentInfoReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new PaymentInfo(
          (PaymentMeansType) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4]);
    }
  }

  private static final class ProcessingFeesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ProcessingFeesReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"creditCardFee", "instantPayoutFee"}, Fee.class, Fee.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ProcessingFeesReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new ProcessingFees((Fee) values[0], (Fee) values[1]);
    }
  }

  private static final class RedactedMemberReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    RedactedMemberReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"user", "profile"}, RedactedUser.class, MemberProfile.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new RedactedMemberReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new RedactedMember((RedactedUser) values[0], (MemberProfile) values[1]);
    }
  }

  private static final class RedactedUserReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    RedactedUserReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"email", "phone", "profile", "settings", "status", "tag"},
          String.class,
          UserPhone.class,
          UserName.class,
          UserSettings.class,
          UserStatus.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new RedactedUserReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new RedactedUser(
          (String) values[0],
          (UserPhone) values[1],
          (UserName) values[2],
          (UserSettings) values[3],
          (UserStatus) values[4],
          (String) values[5]);
    }
  }

  private static final class UserNameReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserNameReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"firstName", "lastName"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserNameReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new UserName((String) values[0], (String) values[1]);
    }
  }

  private static final class UserPhoneReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserPhoneReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"number"}, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserPhoneReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new UserPhone((String) values[0]);
    }
  }

  private static final class UserRolesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserRolesReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"ownerIds", "viewerIds"},
          new TypeReference<List<String>>() {}.getType(),
          new TypeReference<List<String>>() {}.getType());
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserRolesReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new UserRoles((List<String>) values[0], (List<String>) values[1]);
    }
  }

  private static final class UserSettingsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserSettingsReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"userAccountType"}, UserAccountType.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserSettingsReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new UserSettings((UserAccountType) values[0]);
    }
  }

  private static final class WebhookDeliveryReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    WebhookDeliveryReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "webhookDeliveryId",
            "webhookPreferenceId",
            "eventId",
            "eventName",
            "invoiceId",
            "objectVersion",
            "state",
            "attempts",
            "replays",
            "firstAttemptAt",
            "lastAttemptAt",
            "lastStatusCode",
            "lastError",
            "nextAttemptAt",
            "deliveredAt",
            "failedAt",
            "createdAt"
          },
          String.class,
          String.class,
          String.class,
          String.class,
          String.class,
          Integer.class,
          WebhookDeliveryState.class,
          Integer.class,
          Integer.class,
          String.class,
          String.class,
          Integer.class,
          String.class,
          String.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new WebhookDeliveryReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new WebhookDelivery(
          (String) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4],
          (Integer) values[5],
          (WebhookDeliveryState) values[6],
          (Integer) values[7],
          (Integer) values[8],
          (String) values[9],
          (String) values[10],
          (Integer) values[11],
          (String) values[12],
          (String) values[13],
          (String) values[14],
          (String) values[15],
          (String) values[16]);
    }
  }

  private static final class WebhookEventNameReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    WebhookEventNameReader(JsonDeserializer<?> jacksons) {
      super(jacksons, new String[] {"eventName", "description"}, String.class, String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new WebhookEventNameReader(jacksons);
    }

    @Override
    Object build(Object[] values) {
      return new WebhookEventName((String) values[0], (String) values[1]);
    }
  }

  private static final class WebhookPreferenceReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    WebhookPreferenceReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {
            "webhookPreferenceId",
            "url",
            "subscribedEvents",
            "status",
            "disabledReason",
            "createdAt",
            "updatedAt"
          },
          String.class,
          String.class,
          new TypeReference<List<String>>() {}.getType(),
          WebhookPreferenceStatus.class,
          String.class,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new WebhookPreferenceReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new WebhookPreference(
          (String) values[0],
          (String) values[1],
          (List<String>) values[2],
          (WebhookPreferenceStatus) values[3],
          (String) values[4],
          (String) values[5],
          (String) values[6]);
    }
  }

  private static final class WebhookPreferenceCreateRequestReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    WebhookPreferenceCreateRequestReader(JsonDeserializer<?> jacksons) {
      super(
          jacksons,
          new String[] {"url", "sharedSecret", "subscribedEvents"},
          String.class,
          String.class,
          new TypeReference<List<String>>() {}.getType());
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new WebhookPreferenceCreateRequestReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object build(Object[] values) {
      return new WebhookPreferenceCreateRequest(
          (String) values[0], (String) values[1], (List<String>) values[2]);
    }
  }
}
