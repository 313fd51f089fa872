package app.wingspan.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.WingspanJson;
import app.wingspan.sdk.WebhookVerificationException.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Webhooks.sign and Webhooks.constructEvent: the Standard Webhooks scheme, case by case. */
class WebhooksTest {

  private static final String SECRET = "a-shared-secret-of-the-endpoint";
  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String EVENT_ID = "evt_01JEXAMPLE";

  private static final String PAID =
      """
      {"eventId":"evt_01JEXAMPLE","eventName":"Invoice.Paid","entityName":"Invoice",\
      "objectId":"inv-1","timestamp":"2026-12-06T09:59:58Z","objectVersion":7,"data":%s}"""
          .formatted(Fixtures.INVOICE_JSON.strip());

  /** A delivery as a server sends it: the body and its headers, which each case then alters. */
  record Delivery(byte[] body, WebhookHeaders headers) {
    Delivery withHeaders(UnaryOperator<WebhookHeaders> change) {
      return new Delivery(body, change.apply(headers));
    }
  }

  private static Delivery signed(String body, Instant at, String... secrets) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new Delivery(bytes, Webhooks.sign(EVENT_ID, at, bytes, List.of(secrets)));
  }

  private static Delivery paid() {
    return signed(PAID, NOW, SECRET);
  }

  @Test
  void signsAsTheStandardWebhooksSpecificationsExample() {
    // The worked example of the Standard Webhooks specification: its id, time, body and whsec_ key.
    WebhookHeaders headers =
        Webhooks.sign(
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            Instant.ofEpochSecond(1614265330),
            "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8),
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    assertThat(headers)
        .isEqualTo(
            new WebhookHeaders(
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "1614265330",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("signed now", paid()),
        Arguments.of("signed 5 minutes ago", signed(PAID, NOW.minusSeconds(300), SECRET)),
        Arguments.of("signed 5 minutes ahead", signed(PAID, NOW.plusSeconds(300), SECRET)),
        Arguments.of(
            "rotating: old secret first", signed(PAID, NOW, "the-old-secret-of-it", SECRET)),
        Arguments.of(
            "rotating: new secret first", signed(PAID, NOW, SECRET, "the-new-secret-of-it")),
        Arguments.of(
            "a bad signature before the good one",
            paid().withHeaders(h -> withSignature(h, "v1,AAAA " + h.signature()))),
        Arguments.of(
            "another scheme before v1",
            paid().withHeaders(h -> withSignature(h, "v1a,c2lnbmVk " + h.signature()))),
        Arguments.of(
            "headers padded with spaces",
            paid()
                .withHeaders(
                    h ->
                        new WebhookHeaders(
                            " " + h.id(), h.timestamp() + " ", "  " + h.signature() + " "))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void accepted(String name, Delivery delivery) {
    WebhookEvent event =
        Webhooks.constructEvent(
            delivery.body(), delivery.headers(), SECRET, Webhooks.DEFAULT_TOLERANCE, CLOCK);

    assertThat(event.eventName()).isEqualTo("Invoice.Paid");
    assertThat(event.invoice())
        .hasValueSatisfying(i -> assertThat(i.invoiceId()).isEqualTo("inv-1"));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(
            "no webhook-id",
            paid().withHeaders(h -> new WebhookHeaders(null, h.timestamp(), h.signature())),
            Reason.MISSING_HEADER,
            "the webhook-id header is missing"),
        Arguments.of(
            "blank webhook-timestamp",
            paid().withHeaders(h -> new WebhookHeaders(h.id(), " ", h.signature())),
            Reason.MISSING_HEADER,
            "the webhook-timestamp header is missing"),
        Arguments.of(
            "no webhook-signature",
            paid().withHeaders(h -> new WebhookHeaders(h.id(), h.timestamp(), null)),
            Reason.MISSING_HEADER,
            "the webhook-signature header is missing"),
        Arguments.of(
            "a timestamp in milliseconds' format",
            paid().withHeaders(h -> new WebhookHeaders(h.id(), "1765015200.5", h.signature())),
            Reason.MALFORMED_TIMESTAMP,
            "the webhook-timestamp header must be whole seconds since the epoch, was '1765015200.5'"),
        Arguments.of(
            "a negative timestamp",
            paid().withHeaders(h -> new WebhookHeaders(h.id(), "-1", h.signature())),
            Reason.MALFORMED_TIMESTAMP,
            "was '-1'"),
        Arguments.of(
            "an ISO timestamp",
            paid().withHeaders(h -> new WebhookHeaders(h.id(), NOW.toString(), h.signature())),
            Reason.MALFORMED_TIMESTAMP,
            "was '2026-12-06T10:00:00Z'"),
        Arguments.of(
            "signed 5 minutes and 1 second ago",
            signed(PAID, NOW.minusSeconds(301), SECRET),
            Reason.TIMESTAMP_TOO_OLD,
            "the webhook-timestamp 2026-12-06T09:54:59Z is more than PT5M before now"
                + " (2026-12-06T10:00:00Z): a late or replayed delivery"),
        Arguments.of(
            "signed 5 minutes and 1 second ahead",
            signed(PAID, NOW.plusSeconds(301), SECRET),
            Reason.TIMESTAMP_IN_FUTURE,
            "is more than PT5M after now (2026-12-06T10:00:00Z): check this machine's clock"),
        Arguments.of(
            "another secret",
            signed(PAID, NOW, "not-the-endpoint-secret"),
            Reason.SIGNATURE_MISMATCH,
            "no v1 signature in webhook-signature matches the payload"),
        Arguments.of(
            "one byte of the body changed",
            new Delivery(
                PAID.replace("\"objectVersion\":7", "\"objectVersion\":8")
                    .getBytes(StandardCharsets.UTF_8),
                paid().headers()),
            Reason.SIGNATURE_MISMATCH,
            "verify the request body's raw bytes as received, not JSON parsed and written again"),
        Arguments.of(
            "the body parsed and written again",
            new Delivery(reserialised(paid().body()), paid().headers()),
            Reason.SIGNATURE_MISMATCH,
            "not JSON parsed and written again"),
        Arguments.of(
            "another event id",
            paid().withHeaders(h -> new WebhookHeaders("evt_other", h.timestamp(), h.signature())),
            Reason.SIGNATURE_MISMATCH,
            "no v1 signature"),
        Arguments.of(
            "the timestamp moved without re-signing",
            paid()
                .withHeaders(
                    h ->
                        new WebhookHeaders(
                            h.id(), Long.toString(NOW.getEpochSecond() - 1), h.signature())),
            Reason.SIGNATURE_MISMATCH,
            "no v1 signature"),
        Arguments.of(
            "a signature that is not base64",
            paid().withHeaders(h -> withSignature(h, "v1,not*base64")),
            Reason.SIGNATURE_MISMATCH,
            "no v1 signature"),
        Arguments.of(
            "the right HMAC under another scheme name",
            paid().withHeaders(h -> withSignature(h, h.signature().replace("v1,", "v2,"))),
            Reason.SIGNATURE_MISMATCH,
            "no v1 signature"),
        Arguments.of(
            "the right HMAC truncated",
            paid().withHeaders(h -> withSignature(h, h.signature().substring(0, 20))),
            Reason.SIGNATURE_MISMATCH,
            "no v1 signature"),
        Arguments.of(
            "a signed body that is not JSON",
            signed("paid!", NOW, SECRET),
            Reason.MALFORMED_PAYLOAD,
            "the payload is not JSON"),
        Arguments.of(
            "a signed JSON array",
            signed("[1,2]", NOW, SECRET),
            Reason.MALFORMED_PAYLOAD,
            "the payload is not a JSON object"),
        Arguments.of(
            "a signed object without eventName",
            signed("{\"eventId\":\"evt_1\"}", NOW, SECRET),
            Reason.MALFORMED_PAYLOAD,
            "the payload has no eventName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rejected(String name, Delivery delivery, Reason reason, String message) {
    assertThatThrownBy(
            () ->
                Webhooks.constructEvent(
                    delivery.body(), delivery.headers(), SECRET, Webhooks.DEFAULT_TOLERANCE, CLOCK))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e).isInstanceOf(WingspanException.class);
              assertThat(e.attempts()).isZero();
            })
        .hasMessageContaining(message)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aToleranceOfItsOwnAndTheSystemClockByDefault() {
    Delivery oldOne = signed(PAID, Instant.now().minus(Duration.ofMinutes(10)), SECRET);

    assertThatThrownBy(() -> Webhooks.constructEvent(oldOne.body(), oldOne.headers(), SECRET))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD));
    assertThat(
            Webhooks.constructEvent(
                    oldOne.body(),
                    oldOne.headers(),
                    SECRET,
                    Duration.ofMinutes(15),
                    Clock.systemUTC())
                .eventId())
        .isEqualTo(EVENT_ID);
  }

  @Test
  void decodesAnInvoiceEvent() {
    WebhookEvent event =
        Webhooks.constructEvent(
            paid().body(), paid().headers(), SECRET, Webhooks.DEFAULT_TOLERANCE, CLOCK);

    assertThat(event.eventId()).isEqualTo(EVENT_ID);
    assertThat(event.eventName()).isEqualTo("Invoice.Paid");
    assertThat(event.entityName()).hasValue("Invoice");
    assertThat(event.objectId()).hasValue("inv-1");
    assertThat(event.objectVersion()).hasValue(7);
    assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-12-06T09:59:58Z"));
    assertThat(event.invoice())
        .hasValueSatisfying(
            invoice -> {
              assertThat(invoice.amount()).isEqualByComparingTo(new BigDecimal("1234.50"));
              assertThat(invoice.status().value()).isEqualTo("Open");
            });
    assertThat(event.json()).isEqualTo(PAID);
    assertThat(event.toString())
        .isEqualTo("WebhookEvent[Invoice.Paid evt_01JEXAMPLE on Invoice inv-1]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      an event this SDK does not know | {"eventName":"Payee.Archived","entityName":"Payee","objectId":"p-1","data":{"x":1}} | Payee.Archived | evt_01JEXAMPLE | false
      an invoice event without data   | {"eventName":"Invoice.Overdue","eventId":"evt_2","objectId":"inv-1"}               | Invoice.Overdue | evt_2          | false
      no entityName, an invoice name  | {"eventName":"Invoice.Sent","data":{"invoiceId":"inv-9"}}                          | Invoice.Sent    | evt_01JEXAMPLE | true
      an unknown field and version    | {"eventName":"Invoice.Sent","objectVersion":"x","later":[1],"data":{}}             | Invoice.Sent    | evt_01JEXAMPLE | true
      """)
  void toleratesWhatItDoesNotKnow(
      String name, String body, String eventName, String eventId, boolean hasInvoice) {
    Delivery delivery = signed(body, NOW, SECRET);

    WebhookEvent event =
        Webhooks.constructEvent(
            delivery.body(), delivery.headers(), SECRET, Webhooks.DEFAULT_TOLERANCE, CLOCK);

    assertThat(event.eventName()).isEqualTo(eventName);
    assertThat(event.eventId()).isEqualTo(eventId);
    assertThat(event.invoice().isPresent()).isEqualTo(hasInvoice);
    assertThat(event.timestamp()).isEqualTo(NOW); // no timestamp in the payload: the signed time
    assertThat(event.json()).isEqualTo(body);
  }

  @Test
  void keysAWhsecSecretByItsBase64AndAnyOtherByItsUtf8Bytes() {
    byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    String whsec = "whsec_" + Base64.getEncoder().encodeToString(key);
    byte[] body = PAID.getBytes(StandardCharsets.UTF_8);

    assertThat(Webhooks.key(whsec)).isEqualTo(key);
    assertThat(Webhooks.key("0123456789abcdef0123456789abcdef")).isEqualTo(key);
    assertThat(Webhooks.sign(EVENT_ID, NOW, body, whsec))
        .isEqualTo(Webhooks.sign(EVENT_ID, NOW, body, "0123456789abcdef0123456789abcdef"));
    assertThat(Webhooks.key("pässwort-ü")).isEqualTo("pässwort-ü".getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ''                | secret must not be empty
      whsec_not*base64! | a secret starting with whsec_ must be base64 after the prefix (Standard Webhooks' format)
      whsec_            | a whsec_ secret must have key bytes after the prefix
      """)
  void refusesASecretThatCannotKey(String secret, String message) {
    byte[] body = PAID.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Webhooks.sign(EVENT_ID, NOW, body, secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> Webhooks.constructEvent(body, paid().headers(), secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ''          | id must be non-blank with no spaces, dots or commas, was ''
      evt 1       | id must be non-blank with no spaces, dots or commas, was 'evt 1'
      evt.1       | id must be non-blank with no spaces, dots or commas, was 'evt.1'
      """)
  void refusesAnIdThatWouldMakeTheSignedContentAmbiguous(String id, String message) {
    assertThatThrownBy(() -> Webhooks.sign(id, NOW, new byte[0], SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> Webhooks.sign(EVENT_ID, NOW, new byte[0], List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secrets must hold at least one secret");
  }

  @Test
  void readsHeadersByNameWithoutRegardToCase() {
    WebhookHeaders expected = new WebhookHeaders("evt_1", "1765015200", "v1,abc=");
    Map<String, List<String>> sent =
        Map.of(
            "Webhook-Id", List.of("evt_1"),
            "WEBHOOK-TIMESTAMP", List.of("1765015200", "0"),
            "webhook-signature", List.of("v1,abc="),
            "Content-Type", List.of("application/json"));

    assertThat(WebhookHeaders.from(sent)).isEqualTo(expected);
    assertThat(WebhookHeaders.from(Map.of())).isEqualTo(new WebhookHeaders(null, null, null));
    assertThat(WebhookHeaders.from(expected.asMap()::get)).isEqualTo(expected);
    assertThat(expected.asMap())
        .containsExactly(
            Map.entry("webhook-id", "evt_1"),
            Map.entry("webhook-timestamp", "1765015200"),
            Map.entry("webhook-signature", "v1,abc="));
  }

  @Test
  void aFactoryForTestsOfCodeThatHandlesTheException() {
    WebhookVerificationException e =
        WebhookVerificationException.of(Reason.TIMESTAMP_TOO_OLD, "too old");

    assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
    assertThat(e).hasMessage("too old").hasNoCause();
    assertThat(e.attempts()).isZero();
  }

  private static WebhookHeaders withSignature(WebhookHeaders headers, String signature) {
    return new WebhookHeaders(headers.id(), headers.timestamp(), signature);
  }

  /** What a framework's JSON binding does to a body: parse, then write again. */
  private static byte[] reserialised(byte[] body) {
    try {
      return WingspanJson.newMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(WingspanJson.reader().readTree(body));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
