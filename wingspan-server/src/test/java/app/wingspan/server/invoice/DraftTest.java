package app.wingspan.server.invoice;

import static app.wingspan.server.invoice.Fixtures.CLIENT;
import static app.wingspan.server.invoice.Fixtures.CREATED;
import static app.wingspan.server.invoice.Fixtures.MEMBER;
import static app.wingspan.server.invoice.Fixtures.RELATIONSHIP;
import static app.wingspan.server.invoice.Fixtures.RULES;
import static app.wingspan.server.invoice.Fixtures.createRequest;
import static app.wingspan.server.invoice.Fixtures.createRequestJson;
import static app.wingspan.server.invoice.Fixtures.refusal;
import static app.wingspan.server.invoice.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.Currency;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.MemberClient;
import app.wingspan.model.PaymentMethod;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** New invoices: what a create request must hold, and the document it becomes. */
class DraftTest {

  private static final String AT = "2026-11-01T09:00:00.000Z";

  @Test
  void aNewInvoiceIsAnUnnumberedDraftStampedNow() {
    ClientInvoice invoice = RULES.draft(createRequest(""), RELATIONSHIP, "inv_1", CREATED);

    assertThat(invoice.invoiceId()).isEqualTo("inv_1");
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(invoice.invoiceNumber()).isEmpty();
    assertThat(invoice.createdAt()).isEqualTo(AT);
    assertThat(invoice.updatedAt()).isEqualTo(AT);
    assertThat(tree(invoice.events()).toString()).isEqualTo("{}");
    assertThat(invoice.dueDate()).isEqualTo(Fixtures.FUTURE);
    assertThat(invoice.currency()).isEqualTo(Currency.USD);
    assertThat(invoice.amount()).isEqualTo(new BigDecimal("100.00"));
    assertThat(invoice.acceptedPaymentMethods())
        .containsExactly(PaymentMethod.CREDIT, PaymentMethod.ACH);
    assertThat(invoice.memberAcceptsPayments()).isTrue();
    assertThat(invoice.memberPaymentsVersion()).isEqualByComparingTo("2");
    assertThat(invoice.memberStripeAccountId()).isEmpty();
    assertThat(invoice.projectName()).isEmpty();
    assertThat(invoice.additionalRecipientEmails()).isEmpty();
    assertThat(invoice.creditFeeHandling()).isNull();
    assertThat(invoice.chargedFees()).isNull();
    assertThat(invoice.processingFees().creditCardFee().amount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(invoice.processingFees().creditCardFee().calculatedAt()).isEqualTo(AT);
    assertThat(invoice.processingFees().instantPayoutFee()).isNull();
  }

  @Test
  void memberFieldsComeFromTheMembersAccount() {
    ClientInvoice invoice = RULES.draft(createRequest(""), RELATIONSHIP, "inv_1", CREATED);
    assertThat(invoice.memberName()).isEqualTo("Ada Lovelace");
    assertThat(invoice.memberCompany()).isEqualTo("Analytical Ltd");
    assertThat(invoice.memberEmail()).isEqualTo("ada@example.com");
    assertThat(invoice.memberLogoUrl()).isEqualTo("https://example.com/logo.png");
    assertThat(invoice.memberAddress()).isEqualTo(MEMBER.address());
  }

  @Test
  void memberClientDescribesTheRelationship() {
    MemberClient mc =
        RULES
            .draft(
                createRequest("'clientEmailCC': ['ap@difference.example']"),
                RELATIONSHIP,
                "inv_1",
                CREATED)
            .memberClient();
    assertThat(mc.memberClientId()).isEqualTo("mc_1");
    assertThat(mc.memberId()).isEqualTo("mem_1");
    assertThat(mc.clientId()).isEqualTo("cli_1");
    assertThat(mc.payerPayeeId()).isEqualTo("mc_1");
    assertThat(mc.createdAt()).isEqualTo("2026-10-01T08:00:00.000Z");
    assertThat(mc.updatedAt()).isEqualTo("2026-10-01T08:00:00.000Z");
    assertThat(mc.events().activeAt()).isEqualTo("2026-10-01T08:00:00.000Z");
    assertThat(mc.status().value()).isEqualTo("Active");
    assertThat(mc.taxStatus().value()).isEqualTo("Incomplete");
    assertThat(mc.clientUserAccountType().value()).isEqualTo("member");
    assertThat(mc.emailTo()).isEqualTo("pay@difference.example");
    assertThat(mc.emailCC()).containsExactly("ap@difference.example");
    assertThat(mc.name()).isEqualTo("Charles Babbage");
    assertThat(mc.company()).isEqualTo("Difference Inc");
    assertThat(mc.userRoles().ownerIds()).containsExactly("mem_1");
    assertThat(mc.userRoles().viewerIds()).containsExactly("cli_1");
    assertThat(mc.parentMemberClientId()).isEmpty();
    assertThat(mc.member().user().email()).isEqualTo("ada@example.com");
    assertThat(mc.member().profile().company().name()).isEqualTo("Analytical Ltd");
    assertThat(mc.client().profile().address()).isEqualTo(CLIENT.address());
    assertThat(mc.achCreditAccount().accountNumber()).isEmpty();
  }

  @Test
  void clientNamesFromTheRequestOverrideTheAccount() {
    ClientInvoice invoice =
        RULES.draft(
            createRequest(
                "'clientFirstName': 'Charlie', 'clientLastName': 'B', 'clientCompany': 'Engines LLC', "
                    + "'clientEmailCC': ['a@x.example', 'b@y.example'], 'currency': 'CAD'"),
            RELATIONSHIP,
            "inv_1",
            CREATED);
    assertThat(invoice.memberClient().name()).isEqualTo("Charlie B");
    assertThat(invoice.memberClient().company()).isEqualTo("Engines LLC");
    assertThat(invoice.memberClient().client().user().profile().firstName()).isEqualTo("Charlie");
    assertThat(invoice.additionalRecipientEmails()).containsExactly("a@x.example", "b@y.example");
    assertThat(invoice.currency()).isEqualTo(Currency.CAD);
  }

  @Test
  void anAccountWithoutDetailsStillFillsEveryRequiredText() {
    Party bare = new Party("mem_2", null, null, null, null, null);
    ClientInvoice invoice =
        RULES.draft(
            createRequestJson(
                "{'memberId': 'mem_2', 'clientEmail': 'p@q.example', "
                    + "'dueDate': '2026-12-01', 'lineItems': [{'totalCost': 5}]}"),
            new Relationship("mc_2", bare, new Party("cli_2", null, null, null, null, null), AT),
            "inv_2",
            CREATED);
    assertThat(
            List.of(
                invoice.memberName(),
                invoice.memberCompany(),
                invoice.memberEmail(),
                invoice.memberLogoUrl()))
        .containsOnly("");
    assertThat(invoice.memberAddress().addressLine1()).isEmpty();
    assertRequiredFieldsPresent(tree(invoice));
  }

  @Test
  void creditFeeHandlingOnCreateFollowsThePatchRules() {
    ClientInvoice invoice =
        RULES.draft(
            createRequest("'creditFeeHandling': {'clientPays': 50}"),
            RELATIONSHIP,
            "inv_1",
            CREATED);
    assertThat(tree(invoice.creditFeeHandling()).toString())
        .isEqualTo(Fixtures.json("{'clientPays':50,'memberPays':50}"));
    assertThat(invoice.processingFees().creditCardFee().amount()).isEqualTo(new BigDecimal("1.60"));
    assertThat(invoice.processingFees().creditCardFee().amount())
        .isEqualTo(RULES.fees(invoice).creditFeeTotal());

    InvoiceRuleException e =
        refusal(
            () ->
                RULES.draft(
                    createRequest(
                        "'creditFeeHandling': {'clientPays': 40, 'clientAbsolutePercentage': 3}"),
                    RELATIONSHIP,
                    "inv_1",
                    CREATED));
    assertThat(e.param()).isEqualTo("creditFeeHandling.clientAbsolutePercentage");
  }

  /** body | param | message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {'clientEmail': 'p@q.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]}                       | memberId    | memberId is required
      {'memberId': ' ', 'clientEmail': 'p@q.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]}     | memberId    | memberId is required
      {'memberId': 'mem_1', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]}                               | clientEmail | clientEmail is required
      {'memberId': 'mem_1', 'clientEmail': 'nobody', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]}      | clientEmail | clientEmail must be an email address like name@example.com, got 'nobody'
      {'memberId': 'mem_1', 'clientEmail': 'a@b', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]}         | clientEmail | clientEmail must be an email address like name@example.com, got 'a@b'
      {'memberId': 'mem_1', 'clientEmail': 'a b@c.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmail | clientEmail must be an email address like name@example.com, got 'a b@c.example'
      {'memberId': 'mem_1', 'clientEmail': 'a@@c.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmail | clientEmail must be an email address like name@example.com, got 'a@@c.example'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'clientEmailCC': ['ok@q.example', 'bad'], 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmailCC[1] | clientEmailCC[1] must be an email address like name@example.com, got 'bad'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'clientEmailCC': [null], 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmailCC[0] | clientEmailCC[0] must be an email address like name@example.com, got 'null'
      {'memberId': 'mem_1', 'clientEmail': 'a,b@c.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmail | clientEmail must be an email address like name@example.com, got 'a,b@c.example'
      {'memberId': 'mem_1', 'clientEmail': 'x@c.example\\r\\nBcc: y@d.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmail | clientEmail must be an email address like name@example.com, got 'x@c.example??Bcc: y@d.example'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'clientEmailCC': ['<a@c.example>'], 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientEmailCC[0] | clientEmailCC[0] must be an email address like name@example.com, got '<a@c.example>'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'clientEmailCC': ['a@c.example'], 'clientCompany': 'Acme\\nBcc: x@y.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientCompany | clientCompany must be one line of text without control characters, got 'Acme?Bcc: x@y.example'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'clientFirstName': 'Ann\\r\\n', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientFirstName | clientFirstName must be one line of text without control characters, got 'Ann??'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'clientLastName': 'Lee\\u0000', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}]} | clientLastName | clientLastName must be one line of text without control characters, got 'Lee?'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'lineItems': [{'costPerUnit': 1}]}                          | dueDate     | dueDate is required
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-02-30', 'lineItems': [{'costPerUnit': 1}]} | dueDate     | dueDate must be a calendar date yyyy-MM-dd, got '2026-02-30'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-1-5', 'lineItems': [{'costPerUnit': 1}]}   | dueDate     | dueDate must be a calendar date yyyy-MM-dd, got '2026-1-5'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-12-01T00:00:00Z', 'lineItems': [{'costPerUnit': 1}]} | dueDate | dueDate must be a calendar date yyyy-MM-dd, got '2026-12-01T00:00:00Z'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '12/01/2026', 'lineItems': [{'costPerUnit': 1}]} | dueDate     | dueDate must be a calendar date yyyy-MM-dd, got '12/01/2026'
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-12-01'}                                    | lineItems   | lineItems needs at least one line item
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-12-01', 'lineItems': []}                   | lineItems   | lineItems needs at least one line item
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-12-01', 'lineItems': null}                 | lineItems   | lineItems needs at least one line item
      {'memberId': 'mem_1', 'clientEmail': 'p@q.example', 'dueDate': '2026-12-01', 'lineItems': [{'costPerUnit': 1}], 'creditFeeHandling': {'clientPays': 120}} | creditFeeHandling.clientPays | creditFeeHandling.clientPays is a percentage share between 0 and 100, got 120
      """)
  void aBadRequestIsInvalidNamingTheField(String body, String param, String message) {
    ClientInvoiceCreateRequest request = createRequestJson(body);
    for (Runnable call :
        List.<Runnable>of(
            () -> RULES.validate(request),
            () -> RULES.draft(request, RELATIONSHIP, "inv_1", CREATED))) {
      InvoiceRuleException e = refusal(call::run);
      assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.INVALID);
      assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
      assertThat(e.param()).isEqualTo(param);
      assertThat(e.getMessage()).isEqualTo(message);
    }
  }

  @Test
  void anUnknownCurrencyIsInvalid() {
    ClientInvoiceCreateRequest request =
        createRequest("").toBuilder().currency(Currency.of("EUR")).build();
    InvoiceRuleException e = refusal(() -> RULES.validate(request));
    assertThat(e.param()).isEqualTo("currency");
    assertThat(e.getMessage()).isEqualTo("currency must be USD or CAD, got 'EUR'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""                | USD
      'currency': null  | USD
      'currency': 'USD' | USD
      'currency': 'CAD' | CAD
      """)
  void currencyDefaultsToUsd(String member, String expected) {
    assertThat(
            RULES.draft(createRequest(member), RELATIONSHIP, "inv_1", CREATED).currency().value())
        .isEqualTo(expected);
  }

  @Test
  void aPastDueDateIsAllowed() {
    ClientInvoice invoice =
        RULES.draft(
            createRequest("").toBuilder().dueDate("2020-01-31").build(),
            RELATIONSHIP,
            "inv_1",
            CREATED);
    assertThat(invoice.dueDate()).isEqualTo("2020-01-31");
  }

  @Test
  void longOrControlValuesAreShortenedInMessages() {
    String email = "x".repeat(300) + "\n";
    InvoiceRuleException e =
        refusal(() -> RULES.validate(createRequest("").toBuilder().clientEmail(email).build()));
    assertThat(e.getMessage())
        .isEqualTo(
            "clientEmail must be an email address like name@example.com, got '"
                + "x".repeat(80)
                + "...'");
  }

  @Test
  void aMemberCannotInvoiceItsOwnAccount() {
    Relationship self = new Relationship("mc_3", MEMBER, MEMBER, AT);
    InvoiceRuleException e = refusal(() -> RULES.draft(createRequest(""), self, "inv_1", CREATED));
    assertThat(e.param()).isEqualTo("memberId");
  }

  @Test
  void theRelationshipMustBeTheRequestsMember() {
    Relationship other =
        new Relationship("mc_4", new Party("mem_9", null, null, null, null, null), CLIENT, AT);
    assertThatThrownBy(() -> RULES.draft(createRequest(""), other, "inv_1", CREATED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDraftCarriesEveryRequiredFieldOfTheContract() {
    ClientInvoice invoice =
        RULES.draft(createRequest("'clientFirstName': 'C'"), RELATIONSHIP, "inv_1", CREATED);
    assertRequiredFieldsPresent(tree(invoice));
  }

  /**
   * What a strict (zod-style) client checks: the fields the reference contract marks required,
   * present and not null, on ClientInvoice and the objects it holds; no null item in an array of
   * objects.
   */
  static void assertRequiredFieldsPresent(JsonNode invoice) {
    Map<String, List<String>> required =
        Map.of(
            "",
                List.of(
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
                    "updatedAt"),
            "memberAddress", List.of("addressLine1", "city", "postalCode", "state"),
            "memberClient",
                List.of(
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
                    "userRoles"),
            "memberClient.achCreditAccount", List.of("accountNumber", "bankName"),
            "memberClient.internationalWireAccount", List.of("accountNumber", "bankName"),
            "memberClient.client", List.of("user"),
            "memberClient.member", List.of("user"),
            "memberClient.userRoles", List.of("ownerIds", "viewerIds"),
            "processingFees.creditCardFee", List.of("amount"));
    List<String> missing = new ArrayList<>();
    required.forEach(
        (path, fields) -> {
          JsonNode node = path.isEmpty() ? invoice : invoice.at("/" + path.replace('.', '/'));
          for (String field : fields) {
            if (!node.hasNonNull(field)) {
              missing.add(path.isEmpty() ? field : path + "." + field);
            }
          }
        });
    List<String> lineFields =
        List.of(
            "costPerUnit",
            "createdAt",
            "labels",
            "labelsBak2",
            "quantity",
            "reimbursableExpense",
            "totalCost",
            "unit",
            "updatedAt");
    for (int i = 0; i < invoice.get("lineItems").size(); i++) {
      JsonNode line = invoice.get("lineItems").get(i);
      assertThat(line.isObject()).as("lineItems[%d] is an object", i).isTrue();
      for (String field : lineFields) {
        if (!line.hasNonNull(field)) {
          missing.add("lineItems[" + i + "]." + field);
        }
      }
    }
    assertThat(missing).as("required fields missing").isEmpty();
    assertThat(invoice.at("/memberAddress/addressLine1").isTextual()).isTrue();
    assertThat(invoice.get("amount").isNumber()).isTrue();
  }
}
