// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The lenient mapper's one-pass readers of the response records (see {@link WireRecordReader}): one per record, reading
 * its members by name and calling its constructor.
 */
final class RecordReaders {
  private RecordReaders() {}

  /** The readers, as a module of the lenient mapper. */
  static SimpleModule module() {
    return WireRecordReader.module(Map.ofEntries(
        Map.entry(Address.class, AddressReader::new),
        Map.entry(BankAccount.class, BankAccountReader::new),
        Map.entry(ClientData.class, ClientDataReader::new),
        Map.entry(ClientInvoice.class, ClientInvoiceReader::new),
        Map.entry(ClientOptions.class, ClientOptionsReader::new),
        Map.entry(Company.class, CompanyReader::new),
        Map.entry(CompanyLinks.class, CompanyLinksReader::new),
        Map.entry(CompanyPerson.class, CompanyPersonReader::new),
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
        Map.entry(LineItemQuickbooksIntegration.class, LineItemQuickbooksIntegrationReader::new),
        Map.entry(MemberClient.class, MemberClientReader::new),
        Map.entry(MemberClientEvents.class, MemberClientEventsReader::new),
        Map.entry(MemberClientForm1099Balances.class, MemberClientForm1099BalancesReader::new),
        Map.entry(MemberClientFormW9Info.class, MemberClientFormW9InfoReader::new),
        Map.entry(MemberClientIntegrations.class, MemberClientIntegrationsReader::new),
        Map.entry(MemberClientInternal.class, MemberClientInternalReader::new),
        Map.entry(MemberClientQuickbooksIntegration.class, MemberClientQuickbooksIntegrationReader::new),
        Map.entry(MemberClientRequirementResponse.class, MemberClientRequirementResponseReader::new),
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
        Map.entry(UserSettings.class, UserSettingsReader::new)));
  }

  private static final class AddressReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    AddressReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object addressLine1 = absent(0, context);
      Object city = absent(1, context);
      Object postalCode = absent(2, context);
      Object state = absent(3, context);
      Object addressLine2 = absent(4, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "addressLine1" -> addressLine1 = value(parser, context, 0, wireName);
          case "city" -> city = value(parser, context, 1, wireName);
          case "postalCode" -> postalCode = value(parser, context, 2, wireName);
          case "state" -> state = value(parser, context, 3, wireName);
          case "addressLine2" -> addressLine2 = value(parser, context, 4, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Address(
          (String) addressLine1,
          (String) city,
          (String) postalCode,
          (String) state,
          (String) addressLine2);
    }
  }

  private static final class BankAccountReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    BankAccountReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object accountNumber = absent(0, context);
      Object bankName = absent(1, context);
      Object routingNumber = absent(2, context);
      Object swiftCode = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "accountNumber" -> accountNumber = value(parser, context, 0, wireName);
          case "bankName" -> bankName = value(parser, context, 1, wireName);
          case "routingNumber" -> routingNumber = value(parser, context, 2, wireName);
          case "swiftCode" -> swiftCode = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new BankAccount(
          (String) accountNumber,
          (String) bankName,
          (String) routingNumber,
          (String) swiftCode);
    }
  }

  private static final class ClientDataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ClientDataReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          AutoPayStrategy.class,
          String.class,
          VerificationStrategy.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ClientDataReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object autoPayStrategy = absent(0, context);
      Object externalId = absent(1, context);
      Object verificationStratgy = absent(2, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "autoPayStrategy" -> autoPayStrategy = value(parser, context, 0, wireName);
          case "externalId" -> externalId = value(parser, context, 1, wireName);
          case "verificationStratgy" -> verificationStratgy = value(parser, context, 2, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ClientData(
          (AutoPayStrategy) autoPayStrategy,
          (String) externalId,
          (VerificationStrategy) verificationStratgy);
    }
  }

  private static final class ClientInvoiceReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ClientInvoiceReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
          FeeHandlingConfig.class,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object additionalRecipientEmails = absent(0, context);
      Object amount = absent(1, context);
      Object client = absent(2, context);
      Object createdAt = absent(3, context);
      Object currency = absent(4, context);
      Object dueDate = absent(5, context);
      Object events = absent(6, context);
      Object invoiceId = absent(7, context);
      Object invoiceNumber = absent(8, context);
      Object lineItems = absent(9, context);
      Object member = absent(10, context);
      Object memberAcceptsPayments = absent(11, context);
      Object memberAddress = absent(12, context);
      Object memberClient = absent(13, context);
      Object memberCompany = absent(14, context);
      Object memberEmail = absent(15, context);
      Object memberLogoUrl = absent(16, context);
      Object memberName = absent(17, context);
      Object memberPaymentsVersion = absent(18, context);
      Object memberStripeAccountId = absent(19, context);
      Object projectName = absent(20, context);
      Object status = absent(21, context);
      Object updatedAt = absent(22, context);
      Object acceptedPaymentMethods = absent(23, context);
      Object accountId = absent(24, context);
      Object attachments = absent(25, context);
      Object bankTransferInfo = absent(26, context);
      Object chargedFees = absent(27, context);
      Object creditFeeHandling = absent(28, context);
      Object integration = absent(29, context);
      Object internationalBankTransferInfo = absent(30, context);
      Object invoiceNotes = absent(31, context);
      Object invoiceTemplateId = absent(32, context);
      Object lateFeeHandling = absent(33, context);
      Object memberFormattedAddressLines = absent(34, context);
      Object metadata = absent(35, context);
      Object paymentInfo = absent(36, context);
      Object paymentMethodId = absent(37, context);
      Object processingFees = absent(38, context);
      Object sourceId = absent(39, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "additionalRecipientEmails" -> additionalRecipientEmails = value(parser, context, 0, wireName);
          case "amount" -> amount = value(parser, context, 1, wireName);
          case "client" -> client = value(parser, context, 2, wireName);
          case "createdAt" -> createdAt = value(parser, context, 3, wireName);
          case "currency" -> currency = value(parser, context, 4, wireName);
          case "dueDate" -> dueDate = value(parser, context, 5, wireName);
          case "events" -> events = value(parser, context, 6, wireName);
          case "invoiceId" -> invoiceId = value(parser, context, 7, wireName);
          case "invoiceNumber" -> invoiceNumber = value(parser, context, 8, wireName);
          case "lineItems" -> lineItems = value(parser, context, 9, wireName);
          case "member" -> member = value(parser, context, 10, wireName);
          case "memberAcceptsPayments" -> memberAcceptsPayments = value(parser, context, 11, wireName);
          case "memberAddress" -> memberAddress = value(parser, context, 12, wireName);
          case "memberClient" -> memberClient = value(parser, context, 13, wireName);
          case "memberCompany" -> memberCompany = value(parser, context, 14, wireName);
          case "memberEmail" -> memberEmail = value(parser, context, 15, wireName);
          case "memberLogoUrl" -> memberLogoUrl = value(parser, context, 16, wireName);
          case "memberName" -> memberName = value(parser, context, 17, wireName);
          case "memberPaymentsVersion" -> memberPaymentsVersion = value(parser, context, 18, wireName);
          case "memberStripeAccountId" -> memberStripeAccountId = value(parser, context, 19, wireName);
          case "projectName" -> projectName = value(parser, context, 20, wireName);
          case "status" -> status = value(parser, context, 21, wireName);
          case "updatedAt" -> updatedAt = value(parser, context, 22, wireName);
          case "acceptedPaymentMethods" -> acceptedPaymentMethods = value(parser, context, 23, wireName);
          case "accountId" -> accountId = value(parser, context, 24, wireName);
          case "attachments" -> attachments = value(parser, context, 25, wireName);
          case "bankTransferInfo" -> bankTransferInfo = value(parser, context, 26, wireName);
          case "chargedFees" -> chargedFees = value(parser, context, 27, wireName);
          case "creditFeeHandling" -> creditFeeHandling = value(parser, context, 28, wireName);
          case "integration" -> integration = value(parser, context, 29, wireName);
          case "internationalBankTransferInfo" -> internationalBankTransferInfo = value(parser, context, 30, wireName);
          case "invoiceNotes" -> invoiceNotes = value(parser, context, 31, wireName);
          case "invoiceTemplateId" -> invoiceTemplateId = value(parser, context, 32, wireName);
          case "lateFeeHandling" -> lateFeeHandling = value(parser, context, 33, wireName);
          case "memberFormattedAddressLines" -> memberFormattedAddressLines = value(parser, context, 34, wireName);
          case "metadata" -> metadata = value(parser, context, 35, wireName);
          case "paymentInfo" -> paymentInfo = value(parser, context, 36, wireName);
          case "paymentMethodId" -> paymentMethodId = value(parser, context, 37, wireName);
          case "processingFees" -> processingFees = value(parser, context, 38, wireName);
          case "sourceId" -> sourceId = value(parser, context, 39, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ClientInvoice(
          (List<String>) additionalRecipientEmails,
          (BigDecimal) amount,
          (ClientOptions) client,
          (String) createdAt,
          (Currency) currency,
          (String) dueDate,
          (InvoiceEvents) events,
          (String) invoiceId,
          (String) invoiceNumber,
          (List<InvoiceLineItem>) lineItems,
          (MemberOptions) member,
          (Boolean) memberAcceptsPayments,
          (Address) memberAddress,
          (MemberClient) memberClient,
          (String) memberCompany,
          (String) memberEmail,
          (String) memberLogoUrl,
          (String) memberName,
          (BigDecimal) memberPaymentsVersion,
          (String) memberStripeAccountId,
          (String) projectName,
          (InvoiceStatus) status,
          (String) updatedAt,
          (List<PaymentMethod>) acceptedPaymentMethods,
          (String) accountId,
          (InvoiceAttachments) attachments,
          (BankAccount) bankTransferInfo,
          (Fees) chargedFees,
          (FeeHandlingConfig) creditFeeHandling,
          (InvoiceIntegrations) integration,
          (BankAccount) internationalBankTransferInfo,
          (String) invoiceNotes,
          (String) invoiceTemplateId,
          (LateFeeConfig) lateFeeHandling,
          (List<String>) memberFormattedAddressLines,
          (InvoiceMetadata) metadata,
          (PaymentInfo) paymentInfo,
          (String) paymentMethodId,
          (ProcessingFees) processingFees,
          (String) sourceId);
    }
  }

  private static final class ClientOptionsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ClientOptionsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object comment = absent(0, context);
      Object payDate = absent(1, context);
      Object workflowStatus = absent(2, context);
      Object workflowSubStatus = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "comment" -> comment = value(parser, context, 0, wireName);
          case "payDate" -> payDate = value(parser, context, 1, wireName);
          case "workflowStatus" -> workflowStatus = value(parser, context, 2, wireName);
          case "workflowSubStatus" -> workflowSubStatus = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ClientOptions(
          (String) comment,
          (String) payDate,
          (ClientWorkflowStatus) workflowStatus,
          (WorkflowSubStatus) workflowSubStatus);
    }
  }

  private static final class CompanyReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CompanyReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object banking = absent(0, context);
      Object companyOwners = absent(1, context);
      Object description = absent(2, context);
      Object disregardedEntityName = absent(3, context);
      Object legalBusinessName = absent(4, context);
      Object links = absent(5, context);
      Object name = absent(6, context);
      Object stateOfIncorporation = absent(7, context);
      Object structure = absent(8, context);
      Object supportEmail = absent(9, context);
      Object taxId = absent(10, context);
      Object website = absent(11, context);
      Object yearOfIncorporation = absent(12, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "banking" -> banking = value(parser, context, 0, wireName);
          case "companyOwners" -> companyOwners = value(parser, context, 1, wireName);
          case "description" -> description = value(parser, context, 2, wireName);
          case "disregardedEntityName" -> disregardedEntityName = value(parser, context, 3, wireName);
          case "legalBusinessName" -> legalBusinessName = value(parser, context, 4, wireName);
          case "links" -> links = value(parser, context, 5, wireName);
          case "name" -> name = value(parser, context, 6, wireName);
          case "stateOfIncorporation" -> stateOfIncorporation = value(parser, context, 7, wireName);
          case "structure" -> structure = value(parser, context, 8, wireName);
          case "supportEmail" -> supportEmail = value(parser, context, 9, wireName);
          case "taxId" -> taxId = value(parser, context, 10, wireName);
          case "website" -> website = value(parser, context, 11, wireName);
          case "yearOfIncorporation" -> yearOfIncorporation = value(parser, context, 12, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Company(
          (Boolean) banking,
          (List<CompanyPerson>) companyOwners,
          (String) description,
          (String) disregardedEntityName,
          (String) legalBusinessName,
          (CompanyLinks) links,
          (String) name,
          (String) stateOfIncorporation,
          (CompanyStructure) structure,
          (String) supportEmail,
          (String) taxId,
          (String) website,
          (String) yearOfIncorporation);
    }
  }

  private static final class CompanyLinksReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CompanyLinksReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object instagramUrl = absent(0, context);
      Object linkedInUrl = absent(1, context);
      Object otherUrl = absent(2, context);
      Object twitterUrl = absent(3, context);
      Object websiteUrl = absent(4, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "instagramUrl" -> instagramUrl = value(parser, context, 0, wireName);
          case "linkedInUrl" -> linkedInUrl = value(parser, context, 1, wireName);
          case "otherUrl" -> otherUrl = value(parser, context, 2, wireName);
          case "twitterUrl" -> twitterUrl = value(parser, context, 3, wireName);
          case "websiteUrl" -> websiteUrl = value(parser, context, 4, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new CompanyLinks(
          (String) instagramUrl,
          (String) linkedInUrl,
          (String) otherUrl,
          (String) twitterUrl,
          (String) websiteUrl);
    }
  }

  private static final class CompanyPersonReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    CompanyPersonReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new CompanyPersonReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object memberId = absent(0, context);
      Object ownershipPercentage = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "memberId" -> memberId = value(parser, context, 0, wireName);
          case "ownershipPercentage" -> ownershipPercentage = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new CompanyPerson(
          (String) memberId,
          (BigDecimal) ownershipPercentage);
    }
  }

  private static final class DocumentEventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    DocumentEventsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new DocumentEventsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object clientSignedAt = absent(0, context);
      Object memberSignedAt = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "clientSignedAt" -> clientSignedAt = value(parser, context, 0, wireName);
          case "memberSignedAt" -> memberSignedAt = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new DocumentEvents(
          (String) clientSignedAt,
          (String) memberSignedAt);
    }
  }

  private static final class DocumentFilesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    DocumentFilesReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new DocumentFilesReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object client = absent(0, context);
      Object member = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "client" -> client = value(parser, context, 0, wireName);
          case "member" -> member = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new DocumentFiles(
          (String) client,
          (String) member);
    }
  }

  private static final class DocumentResponseReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    DocumentResponseReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object clientId = absent(0, context);
      Object documentId = absent(1, context);
      Object memberId = absent(2, context);
      Object status = absent(3, context);
      Object templateId = absent(4, context);
      Object title = absent(5, context);
      Object userRoles = absent(6, context);
      Object events = absent(7, context);
      Object files = absent(8, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "clientId" -> clientId = value(parser, context, 0, wireName);
          case "documentId" -> documentId = value(parser, context, 1, wireName);
          case "memberId" -> memberId = value(parser, context, 2, wireName);
          case "status" -> status = value(parser, context, 3, wireName);
          case "templateId" -> templateId = value(parser, context, 4, wireName);
          case "title" -> title = value(parser, context, 5, wireName);
          case "userRoles" -> userRoles = value(parser, context, 6, wireName);
          case "events" -> events = value(parser, context, 7, wireName);
          case "files" -> files = value(parser, context, 8, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new DocumentResponse(
          (String) clientId,
          (String) documentId,
          (String) memberId,
          (DocumentStatus) status,
          (String) templateId,
          (String) title,
          (UserRoles) userRoles,
          (DocumentEvents) events,
          (DocumentFiles) files);
    }
  }

  private static final class ErrorBodyReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ErrorBodyReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object type = absent(0, context);
      Object title = absent(1, context);
      Object status = absent(2, context);
      Object detail = absent(3, context);
      Object code = absent(4, context);
      Object param = absent(5, context);
      Object error = absent(6, context);
      Object requestId = absent(7, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "type" -> type = value(parser, context, 0, wireName);
          case "title" -> title = value(parser, context, 1, wireName);
          case "status" -> status = value(parser, context, 2, wireName);
          case "detail" -> detail = value(parser, context, 3, wireName);
          case "code" -> code = value(parser, context, 4, wireName);
          case "param" -> param = value(parser, context, 5, wireName);
          case "error" -> error = value(parser, context, 6, wireName);
          case "requestId" -> requestId = value(parser, context, 7, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ErrorBody(
          (String) type,
          (String) title,
          (Integer) status,
          (String) detail,
          (String) code,
          (String) param,
          (String) error,
          (String) requestId);
    }
  }

  private static final class ExternalIdsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ExternalIdsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object bulk = absent(0, context);
      Object quickbooks = absent(1, context);
      Object stripe = absent(2, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "bulk" -> bulk = value(parser, context, 0, wireName);
          case "quickbooks" -> quickbooks = value(parser, context, 1, wireName);
          case "stripe" -> stripe = value(parser, context, 2, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ExternalIds(
          (ExternalIdsBulkImport) bulk,
          (Map<String, ExternalIdsQuickbooksData>) quickbooks,
          (String) stripe);
    }
  }

  private static final class ExternalIdsBulkImportReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ExternalIdsBulkImportReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ExternalIdsBulkImportReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object bulkItemMergeKey = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "bulkItemMergeKey" -> bulkItemMergeKey = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ExternalIdsBulkImport(
          (String) bulkItemMergeKey);
    }
  }

  private static final class ExternalIdsQuickbooksDataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ExternalIdsQuickbooksDataReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object id = absent(0, context);
      Object syncToken = absent(1, context);
      Object doCreate = absent(2, context);
      Object doDelete = absent(3, context);
      Object doUpdate = absent(4, context);
      Object updatedAt = absent(5, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "id" -> id = value(parser, context, 0, wireName);
          case "syncToken" -> syncToken = value(parser, context, 1, wireName);
          case "doCreate" -> doCreate = value(parser, context, 2, wireName);
          case "doDelete" -> doDelete = value(parser, context, 3, wireName);
          case "doUpdate" -> doUpdate = value(parser, context, 4, wireName);
          case "updatedAt" -> updatedAt = value(parser, context, 5, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ExternalIdsQuickbooksData(
          (String) id,
          (String) syncToken,
          (Boolean) doCreate,
          (Boolean) doDelete,
          (Boolean) doUpdate,
          (String) updatedAt);
    }
  }

  private static final class FeeReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    FeeReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          BigDecimal.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new FeeReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object amount = absent(0, context);
      Object calculatedAt = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "amount" -> amount = value(parser, context, 0, wireName);
          case "calculatedAt" -> calculatedAt = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Fee(
          (BigDecimal) amount,
          (String) calculatedAt);
    }
  }

  private static final class FeesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    FeesReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          Fee.class,
          Fee.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new FeesReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object lateFee = absent(0, context);
      Object processingFee = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "lateFee" -> lateFee = value(parser, context, 0, wireName);
          case "processingFee" -> processingFee = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Fees(
          (Fee) lateFee,
          (Fee) processingFee);
    }
  }

  private static final class Form1099BalancesByYearReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099BalancesByYearReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          MemberClientForm1099Balances.class,
          MemberClientForm1099Balances.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099BalancesByYearReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object year2021 = absent(0, context);
      Object year2022 = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "2021" -> year2021 = value(parser, context, 0, wireName);
          case "2022" -> year2022 = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Form1099BalancesByYear(
          (MemberClientForm1099Balances) year2021,
          (MemberClientForm1099Balances) year2022);
    }
  }

  private static final class Form1099CorrectionReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099CorrectionReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object address = absent(0, context);
      Object companyStructure = absent(1, context);
      Object ein = absent(2, context);
      Object firstName = absent(3, context);
      Object lastName = absent(4, context);
      Object legalBusinessName = absent(5, context);
      Object ssn = absent(6, context);
      Object totalAmount = absent(7, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "address" -> address = value(parser, context, 0, wireName);
          case "companyStructure" -> companyStructure = value(parser, context, 1, wireName);
          case "ein" -> ein = value(parser, context, 2, wireName);
          case "firstName" -> firstName = value(parser, context, 3, wireName);
          case "lastName" -> lastName = value(parser, context, 4, wireName);
          case "legalBusinessName" -> legalBusinessName = value(parser, context, 5, wireName);
          case "ssn" -> ssn = value(parser, context, 6, wireName);
          case "totalAmount" -> totalAmount = value(parser, context, 7, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Form1099Correction(
          (JsonNode) address,
          (CompanyStructure) companyStructure,
          (String) ein,
          (String) firstName,
          (String) lastName,
          (String) legalBusinessName,
          (String) ssn,
          (BigDecimal) totalAmount);
    }
  }

  private static final class Form1099DisputeReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099DisputeReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          BigDecimal.class,
          String.class,
          Form1099DisputeStatus.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099DisputeReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object amount = absent(0, context);
      Object comment = absent(1, context);
      Object status = absent(2, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "amount" -> amount = value(parser, context, 0, wireName);
          case "comment" -> comment = value(parser, context, 1, wireName);
          case "status" -> status = value(parser, context, 2, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Form1099Dispute(
          (BigDecimal) amount,
          (String) comment,
          (Form1099DisputeStatus) status);
    }
  }

  private static final class Form1099EventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099EventsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object acceptedByCollaboratorAt = absent(0, context);
      Object createdAt = absent(1, context);
      Object postFilingSuggestionMadeAt = absent(2, context);
      Object postFilingSuggestionResolvedAt = absent(3, context);
      Object submittedForCollaboratorReviewAt = absent(4, context);
      Object suggestionMadeAt = absent(5, context);
      Object suggestionResolvedAt = absent(6, context);
      Object updatedAt = absent(7, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "acceptedByCollaboratorAt" -> acceptedByCollaboratorAt = value(parser, context, 0, wireName);
          case "createdAt" -> createdAt = value(parser, context, 1, wireName);
          case "postFilingSuggestionMadeAt" -> postFilingSuggestionMadeAt = value(parser, context, 2, wireName);
          case "postFilingSuggestionResolvedAt" -> postFilingSuggestionResolvedAt = value(parser, context, 3, wireName);
          case "submittedForCollaboratorReviewAt" -> submittedForCollaboratorReviewAt = value(parser, context, 4, wireName);
          case "suggestionMadeAt" -> suggestionMadeAt = value(parser, context, 5, wireName);
          case "suggestionResolvedAt" -> suggestionResolvedAt = value(parser, context, 6, wireName);
          case "updatedAt" -> updatedAt = value(parser, context, 7, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Form1099Events(
          (String) acceptedByCollaboratorAt,
          (String) createdAt,
          (String) postFilingSuggestionMadeAt,
          (String) postFilingSuggestionResolvedAt,
          (String) submittedForCollaboratorReviewAt,
          (String) suggestionMadeAt,
          (String) suggestionResolvedAt,
          (String) updatedAt);
    }
  }

  private static final class Form1099FilingsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    Form1099FilingsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new Form1099FilingsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object year2021 = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "2021" -> year2021 = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Form1099Filings(
          (String) year2021);
    }
  }

  private static final class FrequencyReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    FrequencyReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object startDate = absent(0, context);
      Object daily = absent(1, context);
      Object dayInInterval = absent(2, context);
      Object endDate = absent(3, context);
      Object every = absent(4, context);
      Object interval = absent(5, context);
      Object twicePerMonth = absent(6, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "startDate" -> startDate = value(parser, context, 0, wireName);
          case "daily" -> daily = value(parser, context, 1, wireName);
          case "dayInInterval" -> dayInInterval = value(parser, context, 2, wireName);
          case "endDate" -> endDate = value(parser, context, 3, wireName);
          case "every" -> every = value(parser, context, 4, wireName);
          case "interval" -> interval = value(parser, context, 5, wireName);
          case "twicePerMonth" -> twicePerMonth = value(parser, context, 6, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new Frequency(
          (String) startDate,
          (Boolean) daily,
          (BigDecimal) dayInInterval,
          (String) endDate,
          (BigDecimal) every,
          (FrequencyInterval) interval,
          (Boolean) twicePerMonth);
    }
  }

  private static final class InvoiceAttachmentFileReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceAttachmentFileReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceAttachmentFileReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object fileName = absent(0, context);
      Object fileUrl = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "fileName" -> fileName = value(parser, context, 0, wireName);
          case "fileUrl" -> fileUrl = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceAttachmentFile(
          (String) fileName,
          (String) fileUrl);
    }
  }

  private static final class InvoiceAttachmentsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceAttachmentsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object customAttachmentIds = absent(0, context);
      Object customAttachmentInfo = absent(1, context);
      Object invoiceLink = absent(2, context);
      Object invoicePdf = absent(3, context);
      Object receiptPdf = absent(4, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "customAttachmentIds" -> customAttachmentIds = value(parser, context, 0, wireName);
          case "customAttachmentInfo" -> customAttachmentInfo = value(parser, context, 1, wireName);
          case "invoiceLink" -> invoiceLink = value(parser, context, 2, wireName);
          case "invoicePdf" -> invoicePdf = value(parser, context, 3, wireName);
          case "receiptPdf" -> receiptPdf = value(parser, context, 4, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceAttachments(
          (List<String>) customAttachmentIds,
          (List<InvoiceAttachmentFile>) customAttachmentInfo,
          (String) invoiceLink,
          (String) invoicePdf,
          (String) receiptPdf);
    }
  }

  private static final class InvoiceEventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceEventsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object approvedAt = absent(0, context);
      Object cancelledAt = absent(1, context);
      Object clientDeclinedAt = absent(2, context);
      Object clientResolvedDisputeAt = absent(3, context);
      Object depositedAt = absent(4, context);
      Object depositedToPayoutPlatformAt = absent(5, context);
      Object disputedAt = absent(6, context);
      Object emailMarkedAsSpamAt = absent(7, context);
      Object emailReceivedAt = absent(8, context);
      Object emailUndeliverableAt = absent(9, context);
      Object emailViewedAt = absent(10, context);
      Object estimatedDepositAt = absent(11, context);
      Object instantPayoutAt = absent(12, context);
      Object instantPayoutEligibleAt = absent(13, context);
      Object instantPayoutFailedAt = absent(14, context);
      Object markedPaidAt = absent(15, context);
      Object memberAcceptedAt = absent(16, context);
      Object memberDisputedAt = absent(17, context);
      Object memberResubmittedAt = absent(18, context);
      Object openedAt = absent(19, context);
      Object paidAt = absent(20, context);
      Object payAfterAccountVerified = absent(21, context);
      Object paymentFailedAt = absent(22, context);
      Object paymentInTransitAt = absent(23, context);
      Object paymentRetriedAt = absent(24, context);
      Object payoutFailedAt = absent(25, context);
      Object preApprovedAt = absent(26, context);
      Object refundedAt = absent(27, context);
      Object sentAt = absent(28, context);
      Object sentDue3DaysAgoAt = absent(29, context);
      Object sentDue7DaysAgoAt = absent(30, context);
      Object sentDueIn3DaysAt = absent(31, context);
      Object sentDueTodayAt = absent(32, context);
      Object sentInstantPayoutFailedToMember = absent(33, context);
      Object sentManuallyAt = absent(34, context);
      Object sentPaymentConfirmationToClient = absent(35, context);
      Object sentPaymentConfirmationToMember = absent(36, context);
      Object sentPaymentInTransitReminderAt = absent(37, context);
      Object sentPayoutMightBeDelayedToClient = absent(38, context);
      Object sentRecurringPaymentFailedAt = absent(39, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "approvedAt" -> approvedAt = value(parser, context, 0, wireName);
          case "cancelledAt" -> cancelledAt = value(parser, context, 1, wireName);
          case "clientDeclinedAt" -> clientDeclinedAt = value(parser, context, 2, wireName);
          case "clientResolvedDisputeAt" -> clientResolvedDisputeAt = value(parser, context, 3, wireName);
          case "depositedAt" -> depositedAt = value(parser, context, 4, wireName);
          case "depositedToPayoutPlatformAt" -> depositedToPayoutPlatformAt = value(parser, context, 5, wireName);
          case "disputedAt" -> disputedAt = value(parser, context, 6, wireName);
          case "emailMarkedAsSpamAt" -> emailMarkedAsSpamAt = value(parser, context, 7, wireName);
          case "emailReceivedAt" -> emailReceivedAt = value(parser, context, 8, wireName);
          case "emailUndeliverableAt" -> emailUndeliverableAt = value(parser, context, 9, wireName);
          case "emailViewedAt" -> emailViewedAt = value(parser, context, 10, wireName);
          case "estimatedDepositAt" -> estimatedDepositAt = value(parser, context, 11, wireName);
          case "instantPayoutAt" -> instantPayoutAt = value(parser, context, 12, wireName);
          case "instantPayoutEligibleAt" -> instantPayoutEligibleAt = value(parser, context, 13, wireName);
          case "instantPayoutFailedAt" -> instantPayoutFailedAt = value(parser, context, 14, wireName);
          case "markedPaidAt" -> markedPaidAt = value(parser, context, 15, wireName);
          case "memberAcceptedAt" -> memberAcceptedAt = value(parser, context, 16, wireName);
          case "memberDisputedAt" -> memberDisputedAt = value(parser, context, 17, wireName);
          case "memberResubmittedAt" -> memberResubmittedAt = value(parser, context, 18, wireName);
          case "openedAt" -> openedAt = value(parser, context, 19, wireName);
          case "paidAt" -> paidAt = value(parser, context, 20, wireName);
          case "payAfterAccountVerified" -> payAfterAccountVerified = value(parser, context, 21, wireName);
          case "paymentFailedAt" -> paymentFailedAt = value(parser, context, 22, wireName);
          case "paymentInTransitAt" -> paymentInTransitAt = value(parser, context, 23, wireName);
          case "paymentRetriedAt" -> paymentRetriedAt = value(parser, context, 24, wireName);
          case "payoutFailedAt" -> payoutFailedAt = value(parser, context, 25, wireName);
          case "preApprovedAt" -> preApprovedAt = value(parser, context, 26, wireName);
          case "refundedAt" -> refundedAt = value(parser, context, 27, wireName);
          case "sentAt" -> sentAt = value(parser, context, 28, wireName);
          case "sentDue3DaysAgoAt" -> sentDue3DaysAgoAt = value(parser, context, 29, wireName);
          case "sentDue7DaysAgoAt" -> sentDue7DaysAgoAt = value(parser, context, 30, wireName);
          case "sentDueIn3DaysAt" -> sentDueIn3DaysAt = value(parser, context, 31, wireName);
          case "sentDueTodayAt" -> sentDueTodayAt = value(parser, context, 32, wireName);
          case "sentInstantPayoutFailedToMember" -> sentInstantPayoutFailedToMember = value(parser, context, 33, wireName);
          case "sentManuallyAt" -> sentManuallyAt = value(parser, context, 34, wireName);
          case "sentPaymentConfirmationToClient" -> sentPaymentConfirmationToClient = value(parser, context, 35, wireName);
          case "sentPaymentConfirmationToMember" -> sentPaymentConfirmationToMember = value(parser, context, 36, wireName);
          case "sentPaymentInTransitReminderAt" -> sentPaymentInTransitReminderAt = value(parser, context, 37, wireName);
          case "sentPayoutMightBeDelayedToClient" -> sentPayoutMightBeDelayedToClient = value(parser, context, 38, wireName);
          case "sentRecurringPaymentFailedAt" -> sentRecurringPaymentFailedAt = value(parser, context, 39, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceEvents(
          (String) approvedAt,
          (String) cancelledAt,
          (String) clientDeclinedAt,
          (String) clientResolvedDisputeAt,
          (String) depositedAt,
          (String) depositedToPayoutPlatformAt,
          (String) disputedAt,
          (String) emailMarkedAsSpamAt,
          (List<String>) emailReceivedAt,
          (String) emailUndeliverableAt,
          (List<String>) emailViewedAt,
          (String) estimatedDepositAt,
          (String) instantPayoutAt,
          (String) instantPayoutEligibleAt,
          (String) instantPayoutFailedAt,
          (String) markedPaidAt,
          (String) memberAcceptedAt,
          (String) memberDisputedAt,
          (String) memberResubmittedAt,
          (String) openedAt,
          (String) paidAt,
          (String) payAfterAccountVerified,
          (List<String>) paymentFailedAt,
          (String) paymentInTransitAt,
          (List<String>) paymentRetriedAt,
          (String) payoutFailedAt,
          (String) preApprovedAt,
          (String) refundedAt,
          (String) sentAt,
          (String) sentDue3DaysAgoAt,
          (String) sentDue7DaysAgoAt,
          (String) sentDueIn3DaysAt,
          (String) sentDueTodayAt,
          (String) sentInstantPayoutFailedToMember,
          (List<String>) sentManuallyAt,
          (String) sentPaymentConfirmationToClient,
          (String) sentPaymentConfirmationToMember,
          (String) sentPaymentInTransitReminderAt,
          (String) sentPayoutMightBeDelayedToClient,
          (String) sentRecurringPaymentFailedAt);
    }
  }

  private static final class InvoiceFeeCalculationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceFeeCalculationReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceFeeCalculationReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object creditFeeTotal = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "creditFeeTotal" -> creditFeeTotal = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceFeeCalculation(
          (BigDecimal) creditFeeTotal);
    }
  }

  private static final class InvoiceIntegrationsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceIntegrationsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          InvoiceQuickbooksIntegration.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new InvoiceIntegrationsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object quickbooks = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "quickbooks" -> quickbooks = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceIntegrations(
          (InvoiceQuickbooksIntegration) quickbooks);
    }
  }

  private static final class InvoiceLineItemReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceLineItemReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object costPerUnit = absent(0, context);
      Object createdAt = absent(1, context);
      Object labels = absent(2, context);
      Object labelsBak2 = absent(3, context);
      Object quantity = absent(4, context);
      Object reimbursableExpense = absent(5, context);
      Object totalCost = absent(6, context);
      Object unit = absent(7, context);
      Object updatedAt = absent(8, context);
      Object userRoles = absent(9, context);
      Object description = absent(10, context);
      Object detail = absent(11, context);
      Object discount = absent(12, context);
      Object integration = absent(13, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "costPerUnit" -> costPerUnit = value(parser, context, 0, wireName);
          case "createdAt" -> createdAt = value(parser, context, 1, wireName);
          case "labels" -> labels = value(parser, context, 2, wireName);
          case "labelsBak2" -> labelsBak2 = value(parser, context, 3, wireName);
          case "quantity" -> quantity = value(parser, context, 4, wireName);
          case "reimbursableExpense" -> reimbursableExpense = value(parser, context, 5, wireName);
          case "totalCost" -> totalCost = value(parser, context, 6, wireName);
          case "unit" -> unit = value(parser, context, 7, wireName);
          case "updatedAt" -> updatedAt = value(parser, context, 8, wireName);
          case "userRoles" -> userRoles = value(parser, context, 9, wireName);
          case "description" -> description = value(parser, context, 10, wireName);
          case "detail" -> detail = value(parser, context, 11, wireName);
          case "discount" -> discount = value(parser, context, 12, wireName);
          case "integration" -> integration = value(parser, context, 13, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceLineItem(
          (BigDecimal) costPerUnit,
          (String) createdAt,
          (Map<String, String>) labels,
          (Map<String, String>) labelsBak2,
          (BigDecimal) quantity,
          (Boolean) reimbursableExpense,
          (BigDecimal) totalCost,
          (String) unit,
          (String) updatedAt,
          (UserRoles) userRoles,
          (String) description,
          (String) detail,
          (LineItemDiscount) discount,
          (InvoiceIntegrations) integration);
    }
  }

  private static final class InvoiceMetadataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceMetadataReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object depositNote = absent(0, context);
      Object invoiceDate = absent(1, context);
      Object payoutPendingReason = absent(2, context);
      Object pendingStatusReason = absent(3, context);
      Object purchaseOrderNumber = absent(4, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "depositNote" -> depositNote = value(parser, context, 0, wireName);
          case "invoiceDate" -> invoiceDate = value(parser, context, 1, wireName);
          case "payoutPendingReason" -> payoutPendingReason = value(parser, context, 2, wireName);
          case "pendingStatusReason" -> pendingStatusReason = value(parser, context, 3, wireName);
          case "purchaseOrderNumber" -> purchaseOrderNumber = value(parser, context, 4, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceMetadata(
          (String) depositNote,
          (String) invoiceDate,
          (PayoutPendingReason) payoutPendingReason,
          (PendingStatusReason) pendingStatusReason,
          (String) purchaseOrderNumber);
    }
  }

  private static final class InvoiceQuickbooksIntegrationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    InvoiceQuickbooksIntegrationReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object billClassId = absent(0, context);
      Object billCustomerId = absent(1, context);
      Object expenseAccountId = absent(2, context);
      Object invoiceClassId = absent(3, context);
      Object itemId = absent(4, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "billClassId" -> billClassId = value(parser, context, 0, wireName);
          case "billCustomerId" -> billCustomerId = value(parser, context, 1, wireName);
          case "expenseAccountId" -> expenseAccountId = value(parser, context, 2, wireName);
          case "invoiceClassId" -> invoiceClassId = value(parser, context, 3, wireName);
          case "itemId" -> itemId = value(parser, context, 4, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new InvoiceQuickbooksIntegration(
          (String) billClassId,
          (String) billCustomerId,
          (String) expenseAccountId,
          (String) invoiceClassId,
          (String) itemId);
    }
  }

  private static final class LateFeeConfigReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LateFeeConfigReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          Frequency.class,
          BigDecimal.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LateFeeConfigReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object frequency = absent(0, context);
      Object lateFeeAmount = absent(1, context);
      Object lateFeePercentage = absent(2, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "frequency" -> frequency = value(parser, context, 0, wireName);
          case "lateFeeAmount" -> lateFeeAmount = value(parser, context, 1, wireName);
          case "lateFeePercentage" -> lateFeePercentage = value(parser, context, 2, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new LateFeeConfig(
          (Frequency) frequency,
          (BigDecimal) lateFeeAmount,
          (BigDecimal) lateFeePercentage);
    }
  }

  private static final class LineItemDiscountReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LineItemDiscountReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          BigDecimal.class,
          String.class,
          BigDecimal.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LineItemDiscountReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object amount = absent(0, context);
      Object description = absent(1, context);
      Object percentage = absent(2, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "amount" -> amount = value(parser, context, 0, wireName);
          case "description" -> description = value(parser, context, 1, wireName);
          case "percentage" -> percentage = value(parser, context, 2, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new LineItemDiscount(
          (BigDecimal) amount,
          (String) description,
          (BigDecimal) percentage);
    }
  }

  private static final class LineItemIntegrationsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LineItemIntegrationsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          LineItemQuickbooksIntegration.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LineItemIntegrationsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object quickbooks = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "quickbooks" -> quickbooks = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new LineItemIntegrations(
          (LineItemQuickbooksIntegration) quickbooks);
    }
  }

  private static final class LineItemQuickbooksIntegrationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    LineItemQuickbooksIntegrationReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new LineItemQuickbooksIntegrationReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object expenseAccountId = absent(0, context);
      Object itemId = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "expenseAccountId" -> expenseAccountId = value(parser, context, 0, wireName);
          case "itemId" -> itemId = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new LineItemQuickbooksIntegration(
          (String) expenseAccountId,
          (String) itemId);
    }
  }

  private static final class MemberClientReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object achCreditAccount = absent(0, context);
      Object client = absent(1, context);
      Object clientData = absent(2, context);
      Object clientId = absent(3, context);
      Object clientUserAccountType = absent(4, context);
      Object createdAt = absent(5, context);
      Object emailTo = absent(6, context);
      Object eventActors = absent(7, context);
      Object events = absent(8, context);
      Object externalIds = absent(9, context);
      Object form1099Balances = absent(10, context);
      Object formW9Data = absent(11, context);
      Object internal = absent(12, context);
      Object internationalWireAccount = absent(13, context);
      Object labels = absent(14, context);
      Object member = absent(15, context);
      Object memberClientId = absent(16, context);
      Object memberData = absent(17, context);
      Object memberId = absent(18, context);
      Object parentMemberClientId = absent(19, context);
      Object payerPayeeId = absent(20, context);
      Object status = absent(21, context);
      Object taxStatus = absent(22, context);
      Object updatedAt = absent(23, context);
      Object userRoles = absent(24, context);
      Object collaboratorGroupId = absent(25, context);
      Object collaboratorGroupIds = absent(26, context);
      Object company = absent(27, context);
      Object eligibilityRequirements = absent(28, context);
      Object emailCC = absent(29, context);
      Object integration = absent(30, context);
      Object name = absent(31, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "achCreditAccount" -> achCreditAccount = value(parser, context, 0, wireName);
          case "client" -> client = value(parser, context, 1, wireName);
          case "clientData" -> clientData = value(parser, context, 2, wireName);
          case "clientId" -> clientId = value(parser, context, 3, wireName);
          case "clientUserAccountType" -> clientUserAccountType = value(parser, context, 4, wireName);
          case "createdAt" -> createdAt = value(parser, context, 5, wireName);
          case "emailTo" -> emailTo = value(parser, context, 6, wireName);
          case "eventActors" -> eventActors = value(parser, context, 7, wireName);
          case "events" -> events = value(parser, context, 8, wireName);
          case "externalIds" -> externalIds = value(parser, context, 9, wireName);
          case "form1099Balances" -> form1099Balances = value(parser, context, 10, wireName);
          case "formW9Data" -> formW9Data = value(parser, context, 11, wireName);
          case "internal" -> internal = value(parser, context, 12, wireName);
          case "internationalWireAccount" -> internationalWireAccount = value(parser, context, 13, wireName);
          case "labels" -> labels = value(parser, context, 14, wireName);
          case "member" -> member = value(parser, context, 15, wireName);
          case "memberClientId" -> memberClientId = value(parser, context, 16, wireName);
          case "memberData" -> memberData = value(parser, context, 17, wireName);
          case "memberId" -> memberId = value(parser, context, 18, wireName);
          case "parentMemberClientId" -> parentMemberClientId = value(parser, context, 19, wireName);
          case "payerPayeeId" -> payerPayeeId = value(parser, context, 20, wireName);
          case "status" -> status = value(parser, context, 21, wireName);
          case "taxStatus" -> taxStatus = value(parser, context, 22, wireName);
          case "updatedAt" -> updatedAt = value(parser, context, 23, wireName);
          case "userRoles" -> userRoles = value(parser, context, 24, wireName);
          case "collaboratorGroupId" -> collaboratorGroupId = value(parser, context, 25, wireName);
          case "collaboratorGroupIds" -> collaboratorGroupIds = value(parser, context, 26, wireName);
          case "company" -> company = value(parser, context, 27, wireName);
          case "eligibilityRequirements" -> eligibilityRequirements = value(parser, context, 28, wireName);
          case "emailCC" -> emailCC = value(parser, context, 29, wireName);
          case "integration" -> integration = value(parser, context, 30, wireName);
          case "name" -> name = value(parser, context, 31, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClient(
          (MemberClientWireAccount) achCreditAccount,
          (RedactedMember) client,
          (ClientData) clientData,
          (String) clientId,
          (UserAccountType) clientUserAccountType,
          (String) createdAt,
          (String) emailTo,
          (Map<String, String>) eventActors,
          (MemberClientEvents) events,
          (ExternalIds) externalIds,
          (Form1099BalancesByYear) form1099Balances,
          (MemberClientFormW9Info) formW9Data,
          (MemberClientInternal) internal,
          (MemberClientWireAccount) internationalWireAccount,
          (Map<String, String>) labels,
          (RedactedMember) member,
          (String) memberClientId,
          (MemberData) memberData,
          (String) memberId,
          (String) parentMemberClientId,
          (String) payerPayeeId,
          (MemberClientStatus) status,
          (TaxStatus) taxStatus,
          (String) updatedAt,
          (UserRoles) userRoles,
          (String) collaboratorGroupId,
          (List<String>) collaboratorGroupIds,
          (String) company,
          (List<MemberClientRequirementResponse>) eligibilityRequirements,
          (List<String>) emailCC,
          (MemberClientIntegrations) integration,
          (String) name);
    }
  }

  private static final class MemberClientEventsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientEventsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientEventsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object activeAt = absent(0, context);
      Object pendingAt = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "activeAt" -> activeAt = value(parser, context, 0, wireName);
          case "pendingAt" -> pendingAt = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientEvents(
          (String) activeAt,
          (String) pendingAt);
    }
  }

  private static final class MemberClientForm1099BalancesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientForm1099BalancesReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object adjustments = absent(0, context);
      Object deliveryMethod = absent(1, context);
      Object exclusionReason = absent(2, context);
      Object form1099Generated = absent(3, context);
      Object paymentProcessingFees = absent(4, context);
      Object platformIncome = absent(5, context);
      Object status = absent(6, context);
      Object type = absent(7, context);
      Object correction = absent(8, context);
      Object dispute = absent(9, context);
      Object events = absent(10, context);
      Object taxForm = absent(11, context);
      Object taxFormId = absent(12, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "adjustments" -> adjustments = value(parser, context, 0, wireName);
          case "deliveryMethod" -> deliveryMethod = value(parser, context, 1, wireName);
          case "exclusionReason" -> exclusionReason = value(parser, context, 2, wireName);
          case "form1099Generated" -> form1099Generated = value(parser, context, 3, wireName);
          case "paymentProcessingFees" -> paymentProcessingFees = value(parser, context, 4, wireName);
          case "platformIncome" -> platformIncome = value(parser, context, 5, wireName);
          case "status" -> status = value(parser, context, 6, wireName);
          case "type" -> type = value(parser, context, 7, wireName);
          case "correction" -> correction = value(parser, context, 8, wireName);
          case "dispute" -> dispute = value(parser, context, 9, wireName);
          case "events" -> events = value(parser, context, 10, wireName);
          case "taxForm" -> taxForm = value(parser, context, 11, wireName);
          case "taxFormId" -> taxFormId = value(parser, context, 12, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientForm1099Balances(
          (BigDecimal) adjustments,
          (Form1099DeliveryMethod) deliveryMethod,
          (Form1099ExclusionReason) exclusionReason,
          (Boolean) form1099Generated,
          (BigDecimal) paymentProcessingFees,
          (BigDecimal) platformIncome,
          (Form1099Status) status,
          (Form1099Type) type,
          (Form1099Correction) correction,
          (Form1099Dispute) dispute,
          (Form1099Events) events,
          (JsonNode) taxForm,
          (String) taxFormId);
    }
  }

  private static final class MemberClientFormW9InfoReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientFormW9InfoReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object addressLine1 = absent(0, context);
      Object addressLine2 = absent(1, context);
      Object city = absent(2, context);
      Object companyStructure = absent(3, context);
      Object country = absent(4, context);
      Object dob = absent(5, context);
      Object ein = absent(6, context);
      Object firstName = absent(7, context);
      Object lastName = absent(8, context);
      Object legalBusinessName = absent(9, context);
      Object postalCode = absent(10, context);
      Object ssn = absent(11, context);
      Object state = absent(12, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "addressLine1" -> addressLine1 = value(parser, context, 0, wireName);
          case "addressLine2" -> addressLine2 = value(parser, context, 1, wireName);
          case "city" -> city = value(parser, context, 2, wireName);
          case "companyStructure" -> companyStructure = value(parser, context, 3, wireName);
          case "country" -> country = value(parser, context, 4, wireName);
          case "dob" -> dob = value(parser, context, 5, wireName);
          case "ein" -> ein = value(parser, context, 6, wireName);
          case "firstName" -> firstName = value(parser, context, 7, wireName);
          case "lastName" -> lastName = value(parser, context, 8, wireName);
          case "legalBusinessName" -> legalBusinessName = value(parser, context, 9, wireName);
          case "postalCode" -> postalCode = value(parser, context, 10, wireName);
          case "ssn" -> ssn = value(parser, context, 11, wireName);
          case "state" -> state = value(parser, context, 12, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientFormW9Info(
          (String) addressLine1,
          (String) addressLine2,
          (String) city,
          (CompanyStructure) companyStructure,
          (String) country,
          (String) dob,
          (String) ein,
          (String) firstName,
          (String) lastName,
          (String) legalBusinessName,
          (String) postalCode,
          (String) ssn,
          (String) state);
    }
  }

  private static final class MemberClientIntegrationsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientIntegrationsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          MemberClientQuickbooksIntegration.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientIntegrationsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object quickbooks = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "quickbooks" -> quickbooks = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientIntegrations(
          (MemberClientQuickbooksIntegration) quickbooks);
    }
  }

  private static final class MemberClientInternalReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientInternalReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          MemberClientTrack.class,
          new TypeReference<Map<String, String>>() {}.getType());
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberClientInternalReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object track = absent(0, context);
      Object unit = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "track" -> track = value(parser, context, 0, wireName);
          case "unit" -> unit = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientInternal(
          (MemberClientTrack) track,
          (Map<String, String>) unit);
    }
  }

  private static final class MemberClientQuickbooksIntegrationReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientQuickbooksIntegrationReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object customerId = absent(0, context);
      Object expenseAccountId = absent(1, context);
      Object itemId = absent(2, context);
      Object vendorId = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "customerId" -> customerId = value(parser, context, 0, wireName);
          case "expenseAccountId" -> expenseAccountId = value(parser, context, 1, wireName);
          case "itemId" -> itemId = value(parser, context, 2, wireName);
          case "vendorId" -> vendorId = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientQuickbooksIntegration(
          (String) customerId,
          (String) expenseAccountId,
          (String) itemId,
          (String) vendorId);
    }
  }

  private static final class MemberClientRequirementResponseReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientRequirementResponseReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object clientId = absent(0, context);
      Object collaboratorGroupId = absent(1, context);
      Object eligibilityRequirementId = absent(2, context);
      Object requirementType = absent(3, context);
      Object document = absent(4, context);
      Object documentId = absent(5, context);
      Object status = absent(6, context);
      Object templateId = absent(7, context);
      Object validFor = absent(8, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "clientId" -> clientId = value(parser, context, 0, wireName);
          case "collaboratorGroupId" -> collaboratorGroupId = value(parser, context, 1, wireName);
          case "eligibilityRequirementId" -> eligibilityRequirementId = value(parser, context, 2, wireName);
          case "requirementType" -> requirementType = value(parser, context, 3, wireName);
          case "document" -> document = value(parser, context, 4, wireName);
          case "documentId" -> documentId = value(parser, context, 5, wireName);
          case "status" -> status = value(parser, context, 6, wireName);
          case "templateId" -> templateId = value(parser, context, 7, wireName);
          case "validFor" -> validFor = value(parser, context, 8, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientRequirementResponse(
          (String) clientId,
          (String) collaboratorGroupId,
          (String) eligibilityRequirementId,
          (RequirementType) requirementType,
          (DocumentResponse) document,
          (String) documentId,
          (RequirementStatus) status,
          (String) templateId,
          (BigDecimal) validFor);
    }
  }

  private static final class MemberClientTrackReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientTrackReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object form1099Filings = absent(0, context);
      Object formW9Document = absent(1, context);
      Object previousTemporaryTrackUserIds = absent(2, context);
      Object temporaryTrackUserId = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "form1099Filings" -> form1099Filings = value(parser, context, 0, wireName);
          case "formW9Document" -> formW9Document = value(parser, context, 1, wireName);
          case "previousTemporaryTrackUserIds" -> previousTemporaryTrackUserIds = value(parser, context, 2, wireName);
          case "temporaryTrackUserId" -> temporaryTrackUserId = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientTrack(
          (Form1099Filings) form1099Filings,
          (String) formW9Document,
          (List<String>) previousTemporaryTrackUserIds,
          (String) temporaryTrackUserId);
    }
  }

  private static final class MemberClientWireAccountReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberClientWireAccountReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object accountNumber = absent(0, context);
      Object bankName = absent(1, context);
      Object routingNumber = absent(2, context);
      Object swiftCode = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "accountNumber" -> accountNumber = value(parser, context, 0, wireName);
          case "bankName" -> bankName = value(parser, context, 1, wireName);
          case "routingNumber" -> routingNumber = value(parser, context, 2, wireName);
          case "swiftCode" -> swiftCode = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberClientWireAccount(
          (String) accountNumber,
          (String) bankName,
          (String) routingNumber,
          (String) swiftCode);
    }
  }

  private static final class MemberDataReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberDataReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          AutoPayRequirement.class,
          String.class,
          TaxDocumentSharing.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new MemberDataReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object autoPayRequirement = absent(0, context);
      Object externalId = absent(1, context);
      Object shareTaxDocument = absent(2, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "autoPayRequirement" -> autoPayRequirement = value(parser, context, 0, wireName);
          case "externalId" -> externalId = value(parser, context, 1, wireName);
          case "shareTaxDocument" -> shareTaxDocument = value(parser, context, 2, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberData(
          (AutoPayRequirement) autoPayRequirement,
          (String) externalId,
          (TaxDocumentSharing) shareTaxDocument);
    }
  }

  private static final class MemberOptionsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberOptionsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object comment = absent(0, context);
      Object payoutPreferences = absent(1, context);
      Object workflowStatus = absent(2, context);
      Object workflowSubStatus = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "comment" -> comment = value(parser, context, 0, wireName);
          case "payoutPreferences" -> payoutPreferences = value(parser, context, 1, wireName);
          case "workflowStatus" -> workflowStatus = value(parser, context, 2, wireName);
          case "workflowSubStatus" -> workflowSubStatus = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberOptions(
          (String) comment,
          (PayoutPreference) payoutPreferences,
          (MemberWorkflowStatus) workflowStatus,
          (WorkflowSubStatus) workflowSubStatus);
    }
  }

  private static final class MemberProfileReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    MemberProfileReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object address = absent(0, context);
      Object company = absent(1, context);
      Object logoUrl = absent(2, context);
      Object ssnLastFour = absent(3, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "address" -> address = value(parser, context, 0, wireName);
          case "company" -> company = value(parser, context, 1, wireName);
          case "logoUrl" -> logoUrl = value(parser, context, 2, wireName);
          case "ssnLastFour" -> ssnLastFour = value(parser, context, 3, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new MemberProfile(
          (Address) address,
          (Company) company,
          (String) logoUrl,
          (String) ssnLastFour);
    }
  }

  private static final class PaymentInfoReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    PaymentInfoReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object meansType = absent(0, context);
      Object brandImageUrl = absent(1, context);
      Object cardBrand = absent(2, context);
      Object meansDescription = absent(3, context);
      Object meansLast4 = absent(4, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "meansType" -> meansType = value(parser, context, 0, wireName);
          case "brandImageUrl" -> brandImageUrl = value(parser, context, 1, wireName);
          case "cardBrand" -> cardBrand = value(parser, context, 2, wireName);
          case "meansDescription" -> meansDescription = value(parser, context, 3, wireName);
          case "meansLast4" -> meansLast4 = value(parser, context, 4, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new PaymentInfo(
          (PaymentMeansType) meansType,
          (String) brandImageUrl,
          (String) cardBrand,
          (String) meansDescription,
          (String) meansLast4);
    }
  }

  private static final class ProcessingFeesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    ProcessingFeesReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          Fee.class,
          Fee.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new ProcessingFeesReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object creditCardFee = absent(0, context);
      Object instantPayoutFee = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "creditCardFee" -> creditCardFee = value(parser, context, 0, wireName);
          case "instantPayoutFee" -> instantPayoutFee = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new ProcessingFees(
          (Fee) creditCardFee,
          (Fee) instantPayoutFee);
    }
  }

  private static final class RedactedMemberReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    RedactedMemberReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          RedactedUser.class,
          MemberProfile.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new RedactedMemberReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object user = absent(0, context);
      Object profile = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "user" -> user = value(parser, context, 0, wireName);
          case "profile" -> profile = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new RedactedMember(
          (RedactedUser) user,
          (MemberProfile) profile);
    }
  }

  private static final class RedactedUserReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    RedactedUserReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
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
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object email = absent(0, context);
      Object phone = absent(1, context);
      Object profile = absent(2, context);
      Object settings = absent(3, context);
      Object status = absent(4, context);
      Object tag = absent(5, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "email" -> email = value(parser, context, 0, wireName);
          case "phone" -> phone = value(parser, context, 1, wireName);
          case "profile" -> profile = value(parser, context, 2, wireName);
          case "settings" -> settings = value(parser, context, 3, wireName);
          case "status" -> status = value(parser, context, 4, wireName);
          case "tag" -> tag = value(parser, context, 5, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new RedactedUser(
          (String) email,
          (UserPhone) phone,
          (UserName) profile,
          (UserSettings) settings,
          (UserStatus) status,
          (String) tag);
    }
  }

  private static final class UserNameReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserNameReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserNameReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object firstName = absent(0, context);
      Object lastName = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "firstName" -> firstName = value(parser, context, 0, wireName);
          case "lastName" -> lastName = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new UserName(
          (String) firstName,
          (String) lastName);
    }
  }

  private static final class UserPhoneReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserPhoneReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          String.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserPhoneReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object number = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "number" -> number = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new UserPhone(
          (String) number);
    }
  }

  private static final class UserRolesReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserRolesReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          new TypeReference<List<String>>() {}.getType(),
          new TypeReference<List<String>>() {}.getType());
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserRolesReader(jacksons);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object ownerIds = absent(0, context);
      Object viewerIds = absent(1, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "ownerIds" -> ownerIds = value(parser, context, 0, wireName);
          case "viewerIds" -> viewerIds = value(parser, context, 1, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new UserRoles(
          (List<String>) ownerIds,
          (List<String>) viewerIds);
    }
  }

  private static final class UserSettingsReader extends WireRecordReader {
    private static final long serialVersionUID = 1L;

    UserSettingsReader(JsonDeserializer<?> jacksons) {
      super(jacksons,
          UserAccountType.class);
    }

    @Override
    WireRecordReader with(JsonDeserializer<?> jacksons) {
      return new UserSettingsReader(jacksons);
    }

    @Override
    Object read(JsonParser parser, DeserializationContext context, String first) throws IOException {
      Object userAccountType = absent(0, context);
      for (String wireName = first; wireName != null; wireName = parser.nextFieldName()) {
        switch (wireName) {
          case "userAccountType" -> userAccountType = value(parser, context, 0, wireName);
          default -> skip(parser, context, wireName);
        }
      }
      return new UserSettings(
          (UserAccountType) userAccountType);
    }
  }
}
