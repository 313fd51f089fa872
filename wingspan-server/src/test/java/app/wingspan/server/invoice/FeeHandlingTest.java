package app.wingspan.server.invoice;

import static app.wingspan.server.invoice.Fixtures.NOW;
import static app.wingspan.server.invoice.Fixtures.NOW_TEXT;
import static app.wingspan.server.invoice.Fixtures.RULES;
import static app.wingspan.server.invoice.Fixtures.TODAY;
import static app.wingspan.server.invoice.Fixtures.feeHandling;
import static app.wingspan.server.invoice.Fixtures.patch;
import static app.wingspan.server.invoice.Fixtures.refusal;
import static app.wingspan.server.invoice.Fixtures.stored;
import static app.wingspan.server.invoice.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.FeeHandlingConfig;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.invoice.Fixtures.CountingNumbers;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * creditFeeHandling as a JSON merge patch: merges, canonical forms, validation, and when it may
 * change.
 */
class FeeHandlingTest {

  private static ClientInvoice openWith(String current) {
    return stored("Open").toBuilder().creditFeeHandling(feeHandling(current)).build();
  }

  /**
   * current stored value | PATCH body | resulting stored value (null = the default, member pays
   * all).
   */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
      null                                      | {'creditFeeHandling': {'clientPays': 50}}                        | {'clientPays': 50, 'memberPays': 50}
      null                                      | {'creditFeeHandling': {'memberPays': 25}}                        | {'clientPays': 75, 'memberPays': 25}
      null                                      | {'creditFeeHandling': {'clientPays': 33.33}}                     | {'clientPays': 33.33, 'memberPays': 66.67}
      null                                      | {'creditFeeHandling': {'clientPays': 100, 'memberPays': 0}}      | {'clientPays': 100, 'memberPays': 0}
      null                                      | {'creditFeeHandling': {'clientPays': 50.00, 'memberPays': 50.0}} | {'clientPays': 50, 'memberPays': 50}
      null                                      | {'creditFeeHandling': {'clientPays': 0.01}}                      | {'clientPays': 0.01, 'memberPays': 99.99}
      null                                      | {'creditFeeHandling': {'clientAbsolutePercentage': 3}}           | {'clientAbsolutePercentage': 3}
      null                                      | {'creditFeeHandling': {'clientAbsolutePercentage': 100}}         | {'clientAbsolutePercentage': 100}
      null                                      | {'creditFeeHandling': {'clientAbsolutePercentage': 0.01}}        | {'clientAbsolutePercentage': 0.01}
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'clientPays': 70}}                        | {'clientPays': 70, 'memberPays': 30}
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'memberPays': 10}}                        | {'clientPays': 90, 'memberPays': 10}
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'clientPays': 60, 'memberPays': 40}}      | {'clientPays': 60, 'memberPays': 40}
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'clientPays': null, 'memberPays': null}}  | null
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'clientPays': null, 'memberPays': null, 'clientAbsolutePercentage': null}} | null
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'clientPays': 0}}                         | null
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'memberPays': 100}}                       | null
      {'clientPays': 50, 'memberPays': 50}      | {'creditFeeHandling': {'clientPays': null, 'memberPays': null, 'clientAbsolutePercentage': 2.5}} | {'clientAbsolutePercentage': 2.5}
      {'clientAbsolutePercentage': 3}           | {'creditFeeHandling': {'clientAbsolutePercentage': 4.25}}        | {'clientAbsolutePercentage': 4.25}
      {'clientAbsolutePercentage': 3}           | {'creditFeeHandling': {'clientAbsolutePercentage': null}}        | null
      {'clientAbsolutePercentage': 3}           | {'creditFeeHandling': {'clientAbsolutePercentage': null, 'clientPays': 20}} | {'clientPays': 20, 'memberPays': 80}
      {'clientAbsolutePercentage': 3}           | {'creditFeeHandling': {'clientPays': null, 'memberPays': null, 'clientAbsolutePercentage': null}} | null
      """)
  void mergesIntoTheCanonicalForm(String current, String body, String expected) {
    ClientInvoice before = openWith(current);
    Update update = RULES.apply(before, patch(body), NOW, TODAY, new CountingNumbers());

    assertThat(update.changed()).isTrue();
    assertThat(tree(update.invoice().creditFeeHandling())).isEqualTo(tree(feeHandling(expected)));
    assertThat(update.changes())
        .contains(
            new FieldChange(
                "creditFeeHandling",
                before.creditFeeHandling(),
                update.invoice().creditFeeHandling()));
    assertThat(update.invoice().updatedAt()).isEqualTo(NOW_TEXT);
    // Every differing JSON leaf is reported, creditFeeHandling as a whole.
    Set<String> differing = new LinkedHashSet<>();
    for (String path : StatusTransitionTest.differingPaths(tree(before), tree(update.invoice()))) {
      differing.add(path.startsWith("creditFeeHandling") ? "creditFeeHandling" : path);
    }
    assertThat(differing)
        .containsExactlyInAnyOrderElementsOf(
            update.changes().stream().map(FieldChange::field).toList());
  }

  /** Patches that leave the value as it is (by value) are no change at all. */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
      null                                 | {}
      null                                 | {'creditFeeHandling': null}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': null}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': null, 'status': null}
      {'clientAbsolutePercentage': 3}      | {'creditFeeHandling': null}
      null                                 | {'creditFeeHandling': {}}
      null                                 | {'creditFeeHandling': {'clientPays': 0}}
      null                                 | {'creditFeeHandling': {'memberPays': 100}}
      null                                 | {'creditFeeHandling': {'clientPays': null, 'memberPays': null, 'clientAbsolutePercentage': null}}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {}}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {'clientPays': 50.00}}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {'clientPays': null}}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {'memberPays': null}}
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {'clientPays': 5E+1, 'memberPays': 50}}
      {'clientAbsolutePercentage': 3}      | {'creditFeeHandling': {'clientAbsolutePercentage': 3.00}}
      {'clientAbsolutePercentage': 3}      | {'creditFeeHandling': {'clientPays': null}}
      """)
  void aPatchThatLeavesEverythingEqualIsNoChange(String current, String body) {
    ClientInvoice before = openWith(current);
    Update update = RULES.apply(before, patch(body), NOW, TODAY, new CountingNumbers());
    assertThat(update.changed()).isFalse();
    assertThat(update.invoice()).isSameAs(before);
  }

  /** current | body | param | message. */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
      null                                 | {'creditFeeHandling': {'clientPays': 101}}          | creditFeeHandling.clientPays | creditFeeHandling.clientPays is a percentage share between 0 and 100, got 101
      null                                 | {'creditFeeHandling': {'clientPays': -1}}           | creditFeeHandling.clientPays | creditFeeHandling.clientPays is a percentage share between 0 and 100, got -1
      null                                 | {'creditFeeHandling': {'clientPays': 33.333}}       | creditFeeHandling.clientPays | creditFeeHandling.clientPays has at most 2 decimals, got 33.333
      null                                 | {'creditFeeHandling': {'memberPays': 100.5}}        | creditFeeHandling.memberPays | creditFeeHandling.memberPays is a percentage share between 0 and 100, got 100.5
      null                                 | {'creditFeeHandling': {'memberPays': 0.001}}        | creditFeeHandling.memberPays | creditFeeHandling.memberPays has at most 2 decimals, got 0.001
      null                                 | {'creditFeeHandling': {'clientPays': 60, 'memberPays': 50}} | creditFeeHandling     | creditFeeHandling.clientPays (60) and memberPays (50) must add up to 100
      null                                 | {'creditFeeHandling': {'clientPays': 0, 'memberPays': 0}}   | creditFeeHandling     | creditFeeHandling.clientPays (0) and memberPays (0) must add up to 100
      null                                 | {'creditFeeHandling': {'clientAbsolutePercentage': 0}}      | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage must be greater than 0 and at most 100, got 0
      null                                 | {'creditFeeHandling': {'clientAbsolutePercentage': -2}}     | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage must be greater than 0 and at most 100, got -2
      null                                 | {'creditFeeHandling': {'clientAbsolutePercentage': 100.01}} | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage must be greater than 0 and at most 100, got 100.01
      null                                 | {'creditFeeHandling': {'clientAbsolutePercentage': 2.555}}  | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage has at most 2 decimals, got 2.555
      null                                 | {'creditFeeHandling': {'clientAbsolutePercentage': 3, 'clientPays': 50}} | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage (3) cannot be combined with clientPays (50); set clientPays and memberPays to null to switch to an absolute percentage
      null                                 | {'creditFeeHandling': {'clientAbsolutePercentage': 3, 'memberPays': 100}} | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage (3) cannot be combined with memberPays (100); set clientPays and memberPays to null to switch to an absolute percentage
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {'clientAbsolutePercentage': 3}}      | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage (3) cannot be combined with clientPays (50); set clientPays and memberPays to null to switch to an absolute percentage
      {'clientAbsolutePercentage': 3}      | {'creditFeeHandling': {'clientPays': 50}}                   | creditFeeHandling.clientAbsolutePercentage | creditFeeHandling.clientAbsolutePercentage (3) cannot be combined with clientPays (50); set clientPays and memberPays to null to switch to an absolute percentage
      {'clientPays': 50, 'memberPays': 50} | {'creditFeeHandling': {'clientPays': 60, 'memberPays': 50}} | creditFeeHandling     | creditFeeHandling.clientPays (60) and memberPays (50) must add up to 100
      """)
  void aMergedResultBreakingARuleIsInvalidNamingTheField(
      String current, String body, String param, String message) {
    ClientInvoice before = openWith(current);
    InvoiceRuleException e =
        refusal(() -> RULES.apply(before, patch(body), NOW, TODAY, new CountingNumbers()));
    assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.INVALID);
    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(e.param()).isEqualTo(param);
    assertThat(e.getMessage()).isEqualTo(message);
  }

  /** The decoder refuses such numbers too; the rules do not rely on it. */
  @Test
  void aHugeExponentIsRefusedWithoutPrintingItPlainly() {
    ClientInvoiceUpdateRequest request =
        ClientInvoiceUpdateRequest.builder()
            .creditFeeHandling(
                FeeHandlingConfig.builder().clientPays(new BigDecimal("1e999999999")).build())
            .build();
    InvoiceRuleException e =
        refusal(() -> RULES.apply(openWith(null), request, NOW, TODAY, new CountingNumbers()));
    assertThat(e.getMessage())
        .isEqualTo(
            "creditFeeHandling.clientPays is a percentage share between 0 and 100, got 1E+999999999");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "Draft,changes",
    "Open,changes",
    "Overdue,changes",
    "Pending,changes",
    "PaymentInTransit,409",
    "Paid,409",
    "Cancelled,409"
  })
  void feeHandlingIsEditableOnlyBeforeMoneyMoves(String status, String expected) {
    ClientInvoice before = stored(status);
    if (expected.equals("changes")) {
      Update update =
          RULES.apply(
              before,
              patch("{'creditFeeHandling': {'clientPays': 50}}"),
              NOW,
              TODAY,
              new CountingNumbers());
      assertThat(update.invoice().creditFeeHandling()).isNotNull();
      assertThat(update.invoice().status()).isEqualTo(before.status());
      return;
    }
    InvoiceRuleException e =
        refusal(
            () ->
                RULES.apply(
                    before,
                    patch("{'creditFeeHandling': {'clientPays': 50}}"),
                    NOW,
                    TODAY,
                    new CountingNumbers()));
    assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.CONFLICT);
    assertThat(e.code()).isEqualTo("INVOICE_NOT_EDITABLE");
    assertThat(e.param()).isEqualTo("creditFeeHandling");
    assertThat(e.getMessage())
        .isEqualTo(
            "creditFeeHandling cannot change on a "
                + status
                + " invoice; it can change only while the invoice is Draft, Open, Overdue or Pending");
  }

  @Test
  void aFeePatchThatChangesNothingIsFineOnAFinalInvoice() {
    ClientInvoice paid =
        stored("Paid").toBuilder()
            .creditFeeHandling(feeHandling("{'clientPays': 50, 'memberPays': 50}"))
            .build();
    Update update =
        RULES.apply(
            paid,
            patch("{'status': 'Paid', 'creditFeeHandling': {'clientPays': 50}}"),
            NOW,
            TODAY,
            new CountingNumbers());
    assertThat(update.changed()).isFalse();
  }

  /** Stored values the rules would never write still compare by meaning. */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {'clientPays': 50}                   | {'creditFeeHandling': {}}
      {'memberPays': 100}                  | {'creditFeeHandling': {'clientPays': 0}}
      {'clientPays': 50.00, 'memberPays': 50} | {'creditFeeHandling': {'clientPays': 50}}
      {}                                   | {'creditFeeHandling': null}
      """)
  void aNonCanonicalStoredValueIsComparedByMeaning(String current, String body) {
    ClientInvoice before = openWith(current);
    assertThat(RULES.apply(before, patch(body), NOW, TODAY, new CountingNumbers()).changed())
        .isFalse();
  }

  @Test
  void badInputIsReportedBeforeAConflict() {
    InvoiceRuleException e =
        refusal(
            () ->
                RULES.apply(
                    stored("Paid"),
                    patch("{'status': 'Open', 'creditFeeHandling': {'clientPays': 101}}"),
                    NOW,
                    TODAY,
                    new CountingNumbers()));
    assertThat(e.kind()).isEqualTo(InvoiceRuleException.Kind.INVALID);
    assertThat(e.param()).isEqualTo("creditFeeHandling.clientPays");
  }

  @Test
  void editabilityIsJudgedBeforeThePatchsOwnStatusChange() {
    Update update =
        RULES.apply(
            stored("Open"),
            patch("{'status': 'Cancelled', 'creditFeeHandling': {'clientPays': 100}}"),
            NOW,
            TODAY,
            new CountingNumbers());
    assertThat(update.invoice().status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(update.invoice().creditFeeHandling().clientPays()).isEqualByComparingTo("100");
  }

  @Test
  void aRefusedStatusLeavesAValidFeeChangeUnapplied() {
    InvoiceRuleException e =
        refusal(
            () ->
                RULES.apply(
                    stored("Open"),
                    patch("{'status': 'Draft', 'creditFeeHandling': {'clientPays': 100}}"),
                    NOW,
                    TODAY,
                    new CountingNumbers()));
    assertThat(e.code()).isEqualTo("INVALID_STATUS_TRANSITION");
  }

  @Test
  void aChangedSplitRecomputesTheClientsCardFee() {
    ClientInvoice before = stored("Open"); // amount 100.00, member pays all: client fee 0.00
    Update update =
        RULES.apply(
            before,
            patch("{'creditFeeHandling': {'clientPays': 50}}"),
            NOW,
            TODAY,
            new CountingNumbers());

    assertThat(before.processingFees().creditCardFee().amount()).isEqualByComparingTo("0");
    assertThat(update.invoice().processingFees().creditCardFee().amount())
        .isEqualTo(new BigDecimal("1.60"));
    assertThat(update.invoice().processingFees().creditCardFee().calculatedAt())
        .isEqualTo(NOW_TEXT);
    assertThat(update.invoice().processingFees().creditCardFee().amount())
        .isEqualTo(RULES.fees(update.invoice()).creditFeeTotal());
    assertThat(update.changes())
        .containsExactly(
            new FieldChange("creditFeeHandling", null, update.invoice().creditFeeHandling()),
            new FieldChange(
                "processingFees.creditCardFee.amount",
                new BigDecimal("0.00"),
                new BigDecimal("1.60")),
            new FieldChange(
                "processingFees.creditCardFee.calculatedAt",
                before.processingFees().creditCardFee().calculatedAt(),
                NOW_TEXT),
            new FieldChange("updatedAt", before.updatedAt(), NOW_TEXT));
  }

  @Test
  void aChangedHandlingWithTheSameFeeLeavesProcessingFeesAlone() {
    ClientInvoice zero = stored("Open").toBuilder().amount(new BigDecimal("0.00")).build();
    Update update =
        RULES.apply(
            zero,
            patch("{'creditFeeHandling': {'clientPays': 50}}"),
            NOW,
            TODAY,
            new CountingNumbers());
    assertThat(update.invoice().processingFees()).isEqualTo(zero.processingFees());
    assertThat(update.changes())
        .extracting(FieldChange::field)
        .containsExactly("creditFeeHandling", "updatedAt");
  }

  @Test
  void theCanonicalFormKeepsOnlyPresentFields() {
    CreditFeeHandling split =
        RULES
            .apply(
                stored("Open"),
                patch("{'creditFeeHandling': {'memberPays': 40}}"),
                NOW,
                TODAY,
                new CountingNumbers())
            .invoice()
            .creditFeeHandling();
    assertThat(Fixtures.tree(split).toString())
        .isEqualTo(Fixtures.json("{'clientPays':60,'memberPays':40}"));
  }
}
