package app.wingspan.server.invoice;

import static app.wingspan.server.invoice.Fixtures.CREATED;
import static app.wingspan.server.invoice.Fixtures.RELATIONSHIP;
import static app.wingspan.server.invoice.Fixtures.RULES;
import static app.wingspan.server.invoice.Fixtures.createRequest;
import static app.wingspan.server.invoice.Fixtures.createRequestJson;
import static app.wingspan.server.invoice.Fixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.InvoiceLineItem;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line arithmetic: one rounding per line, to cents, half-up; the amount sums the rounded lines. */
class LineItemsTest {

  private static ClientInvoice draftWithLines(String lines) {
    return RULES.draft(
        createRequestJson(
            "{'memberId': 'mem_1', 'clientEmail': 'pay@difference.example', "
                + "'dueDate': '2026-12-31', 'lineItems': ["
                + lines
                + "]}"),
        RELATIONSHIP,
        "inv_1",
        CREATED);
  }

  /** line JSON | stored costPerUnit | stored quantity | stored totalCost (exact text). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {'costPerUnit': 0.333, 'quantity': 3}                          | 0.333             | 3   | 1.00
      {'costPerUnit': 1.005, 'quantity': 1}                          | 1.005             | 1   | 1.01
      {'costPerUnit': 1.005}                                         | 1.005             | 1   | 1.01
      {'costPerUnit': 19.99, 'quantity': 1.5}                        | 19.99             | 1.5 | 29.99
      {'costPerUnit': 0.125}                                         | 0.125             | 1   | 0.13
      {'costPerUnit': 0.124999}                                      | 0.124999          | 1   | 0.12
      {'costPerUnit': 0.1, 'quantity': 3}                            | 0.1               | 3   | 0.30
      {'costPerUnit': 100, 'quantity': 0.3333333333}                 | 100               | 0.3333333333 | 33.33
      {'costPerUnit': 10, 'quantity': 0}                             | 10                | 0   | 0.00
      {'costPerUnit': 0}                                             | 0                 | 1   | 0.00
      {'costPerUnit': 12345678901234.56, 'quantity': 1}              | 12345678901234.56 | 1   | 12345678901234.56
      {'costPerUnit': 12345678901234.56, 'quantity': 2}              | 12345678901234.56 | 2   | 24691357802469.12
      {'costPerUnit': 999999999999999.99, 'quantity': 1}     | 999999999999999.99 | 1 | 999999999999999.99
      {'costPerUnit': 10, 'quantity': 3, 'totalCost': 30}            | 10                | 3   | 30.00
      {'costPerUnit': 10, 'quantity': 3, 'totalCost': 30.000}        | 10                | 3   | 30.00
      {'costPerUnit': 0.333, 'quantity': 3, 'totalCost': 1}          | 0.333             | 3   | 1.00
      {'totalCost': 99.5}                                            | 99.50             | 1   | 99.50
      {'totalCost': 99.5, 'quantity': 1}                             | 99.50             | 1   | 99.50
      {'totalCost': 7, 'costPerUnit': null, 'quantity': null}        | 7.00              | 1   | 7.00
      """)
  void aLineTotalIsRoundedOnceToCentsHalfUp(
      String line, String costPerUnit, String quantity, String totalCost) {
    InvoiceLineItem item = draftWithLines(line).lineItems().get(0);
    assertThat(item.costPerUnit().toPlainString()).isEqualTo(costPerUnit);
    assertThat(item.quantity().toPlainString()).isEqualTo(quantity);
    assertThat(item.totalCost().toPlainString()).isEqualTo(totalCost);
  }

  /** lines | amount: the sum of rounded line totals, not the rounding of an unrounded sum. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {'costPerUnit': 50, 'quantity': 2}                                                                       | 100.00
      {'costPerUnit': 0.333, 'quantity': 3}, {'costPerUnit': 1.005}, {'costPerUnit': 19.99, 'quantity': 1.5}  | 32.00
      {'costPerUnit': 0.004}, {'costPerUnit': 0.004}, {'costPerUnit': 0.004}                                  | 0.00
      {'costPerUnit': 0.005}, {'costPerUnit': 0.005}, {'costPerUnit': 0.005}                                  | 0.03
      {'costPerUnit': 0.1}, {'costPerUnit': 0.2}                                                              | 0.30
      {'costPerUnit': 12345678901234.56}, {'totalCost': 0.44}                                                 | 12345678901235.00
      {'costPerUnit': 0}                                                                                       | 0.00
      """)
  void theAmountSumsTheRoundedLineTotals(String lines, String amount) {
    assertThat(draftWithLines(lines).amount().toPlainString()).isEqualTo(amount);
  }

  /** lines | param | message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {}                                                    | lineItems[0].costPerUnit | lineItems[0].costPerUnit is required (or totalCost alone, for a flat amount)
      {'costPerUnit': null, 'totalCost': null}              | lineItems[0].costPerUnit | lineItems[0].costPerUnit is required (or totalCost alone, for a flat amount)
      {'quantity': 2}                                       | lineItems[0].costPerUnit | lineItems[0].costPerUnit is required (or totalCost alone, for a flat amount)
      {'totalCost': 10, 'quantity': 2}                      | lineItems[0].costPerUnit | lineItems[0].costPerUnit is required when quantity (2) is given; totalCost alone is a flat amount of quantity 1
      {'costPerUnit': -1}                                   | lineItems[0].costPerUnit | lineItems[0].costPerUnit must not be negative, got -1
      {'costPerUnit': 1, 'quantity': -0.5}                  | lineItems[0].quantity    | lineItems[0].quantity must not be negative, got -0.5
      {'costPerUnit': 1, 'totalCost': -1}                   | lineItems[0].totalCost   | lineItems[0].totalCost must not be negative, got -1
      {'totalCost': -0.01}                                  | lineItems[0].totalCost   | lineItems[0].totalCost must not be negative, got -0.01
      {'costPerUnit': 0.333, 'quantity': 3, 'totalCost': 0.99} | lineItems[0].totalCost | lineItems[0].totalCost 0.99 does not match costPerUnit x quantity = 0.333 x 3 = 1.00 (rounded to cents, half-up)
      {'costPerUnit': 1.005, 'totalCost': 1.00}             | lineItems[0].totalCost   | lineItems[0].totalCost 1.00 does not match costPerUnit x quantity = 1.005 x 1 = 1.01 (rounded to cents, half-up)
      {'costPerUnit': 10.001, 'totalCost': 10.001}          | lineItems[0].totalCost   | lineItems[0].totalCost has at most 2 decimals, got 10.001
      {'totalCost': 10.001}                                 | lineItems[0].totalCost   | lineItems[0].totalCost has at most 2 decimals, got 10.001
      {'costPerUnit': 1.00000000001}                        | lineItems[0].costPerUnit | lineItems[0].costPerUnit has at most 10 decimals, got 1.00000000001
      {'costPerUnit': 1, 'quantity': 1e-11}                 | lineItems[0].quantity    | lineItems[0].quantity has at most 10 decimals, got 0.00000000001
      {'costPerUnit': 1e15}                                 | lineItems[0].costPerUnit | lineItems[0].costPerUnit must be less than 1000000000000000, got 1E+15
      {'costPerUnit': 1, 'quantity': 1000000000000000}      | lineItems[0].quantity    | lineItems[0].quantity must be less than 1000000000000000, got 1000000000000000
      {'costPerUnit': 999999999999999.9999999999, 'quantity': 999999999999999.9999999999} | lineItems[0].totalCost | lineItems[0].totalCost = costPerUnit x quantity = 999999999999999.9999999999 x 999999999999999.9999999999 must be less than 1000000000000000
      {'costPerUnit': 999999999999999.995}                  | lineItems[0].totalCost   | lineItems[0].totalCost = costPerUnit x quantity = 999999999999999.995 x 1 must be less than 1000000000000000
      {'totalCost': 999999999999999.99}, {'totalCost': 0.01} | lineItems               | the invoice amount (the sum of the line totals, 1000000000000000.00) must be less than 1000000000000000, like each number in it
      {'costPerUnit': 1, 'discount': {'amount': 1}}         | lineItems[0].discount    | lineItems[0].discount is not supported; put the discounted price in costPerUnit or totalCost
      {'costPerUnit': 1, 'labels': {'team': null}}          | lineItems[0].labels.team | lineItems[0].labels.team must be a string, got null
      {'costPerUnit': 1}, {'quantity': 1}                   | lineItems[1].costPerUnit | lineItems[1].costPerUnit is required (or totalCost alone, for a flat amount)
      {'costPerUnit': 1}, null                              | lineItems[1]             | lineItems[1] is null; each line item is an object
      """)
  void aBadLineIsInvalidNamingItsField(String lines, String param, String message) {
    InvoiceRuleException e = refusal(() -> draftWithLines(lines));
    assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.INVALID);
    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(e.param()).isEqualTo(param);
    assertThat(e.getMessage()).isEqualTo(message);
  }

  /** The decoder refuses such numbers too; the rules do not rely on it. */
  @org.junit.jupiter.api.Test
  void aHugeExponentIsRefusedWithoutPrintingItPlainly() {
    ClientInvoiceCreateRequest request =
        createRequest("").toBuilder()
            .lineItems(
                List.of(
                    InvoiceLineItemsCreateRequest.builder()
                        .costPerUnit(new BigDecimal("1e999999999"))
                        .build()))
            .build();
    InvoiceRuleException e = refusal(() -> RULES.validate(request));
    assertThat(e.param()).isEqualTo("lineItems[0].costPerUnit");
    assertThat(e.getMessage())
        .isEqualTo("lineItems[0].costPerUnit must be less than 1000000000000000, got 1E+999999999");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {'costPerUnit': 1}                                                                  | '' | false | {}
      {'costPerUnit': 1, 'unit': 'hours', 'reimbursableExpense': true, 'labels': {'team': 'ops'}} | hours | true | {'team':'ops'}
      """)
  void requiredLineFieldsGetDefaults(
      String line, String unit, boolean reimbursable, String labels) {
    InvoiceLineItem item = draftWithLines(line).lineItems().get(0);
    assertThat(item.unit()).isEqualTo(unit);
    assertThat(item.reimbursableExpense()).isEqualTo(reimbursable);
    assertThat(Fixtures.tree(item.labels()).toString()).isEqualTo(Fixtures.json(labels));
    assertThat(item.labelsBak2()).isEmpty();
    assertThat(item.createdAt()).isEqualTo("2026-11-01T09:00:00.000Z");
    assertThat(item.updatedAt()).isEqualTo("2026-11-01T09:00:00.000Z");
  }

  @org.junit.jupiter.api.Test
  void descriptionDetailAndQuickbooksIdsAreKept() {
    InvoiceLineItem item =
        draftWithLines(
                "{'costPerUnit': 1, 'description': 'Logo', 'detail': 'v2', "
                    + "'integration': {'quickbooks': {'expenseAccountId': 'ea1', 'itemId': 'it1'}}}")
            .lineItems()
            .get(0);
    assertThat(item.description()).isEqualTo("Logo");
    assertThat(item.detail()).isEqualTo("v2");
    assertThat(item.integration().quickbooks().expenseAccountId()).isEqualTo("ea1");
    assertThat(item.integration().quickbooks().itemId()).isEqualTo("it1");
    assertThat(item.totalCost()).isEqualTo(new BigDecimal("1.00"));
    assertThat(createRequest("").lineItems()).hasSize(1);
  }
}
