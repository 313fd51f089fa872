package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.WebhookPreferenceCreateRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new webhook preference may hold: each refusal names its field and never the secret. */
class PreferenceRulesTest {

  private static final String SECRET = "a-long-enough-shared-secret";
  private static final PreferenceRules RULES =
      new PreferenceRules(
          new EndpointPolicy(
              false,
              false,
              host -> {
                throw new AssertionError("checking a preference must not look names up: " + host);
              }));

  private static WebhookPreferenceCreateRequest request(String url, String secret, String events) {
    return WebhookPreferenceCreateRequest.builder()
        .url(url)
        .sharedSecret(secret)
        .subscribedEvents(events == null ? null : Arrays.asList(events.split(",", -1)))
        .build();
  }

  @Test
  void acceptsAValidPreference() {
    PreferenceRules.Checked checked =
        RULES.create(
            request("https://hooks.example.com/w?t=1", SECRET, "Invoice.Paid,Invoice.Sent"));

    assertThat(checked.url().toString()).isEqualTo("https://hooks.example.com/w?t=1");
    assertThat(checked.subscribedEvents()).containsExactly("Invoice.Paid", "Invoice.Sent");
    assertThat(checked.toString())
        .isEqualTo(
            "Checked[url=https://hooks.example.com, subscribedEvents=[Invoice.Paid, Invoice.Sent]]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
      no url              | NULL                          | a-long-enough-shared-secret | Invoice.Paid              | VALIDATION_FAILED   | url                 | url is required
      http url            | http://hooks.example.com/     | a-long-enough-shared-secret | Invoice.Paid              | WEBHOOK_URL_REFUSED | url                 | a webhook URL must use https
      metadata url        | https://169.254.169.254/      | a-long-enough-shared-secret | Invoice.Paid              | WEBHOOK_URL_REFUSED | url                 | webhooks are not delivered to 169.254.169.254: it is a cloud metadata address
      no secret           | https://hooks.example.com/    | NULL                        | Invoice.Paid              | VALIDATION_FAILED   | sharedSecret        | sharedSecret is required
      short secret        | https://hooks.example.com/    | short-secret                | Invoice.Paid              | VALIDATION_FAILED   | sharedSecret        | sharedSecret must be 16 to 512 characters, was 12
      blank secret        | https://hooks.example.com/    | '                  '        | Invoice.Paid              | VALIDATION_FAILED   | sharedSecret        | sharedSecret must not be blank
      bad whsec secret    | https://hooks.example.com/    | whsec_not*base64*at*all     | Invoice.Paid              | VALIDATION_FAILED   | sharedSecret        | a shared secret starting with whsec_ must be base64 after the prefix
      no events           | https://hooks.example.com/    | a-long-enough-shared-secret | NULL                      | VALIDATION_FAILED   | subscribedEvents    | subscribedEvents is required
      empty event name    | https://hooks.example.com/    | a-long-enough-shared-secret | ''                        | VALIDATION_FAILED   | subscribedEvents[0] | unknown event name ''; known: Invoice.Sent, Invoice.Opened, Invoice.PaymentInTransit, Invoice.Paid, Invoice.PaymentFailed, Invoice.Cancelled, Invoice.Overdue
      unknown event       | https://hooks.example.com/    | a-long-enough-shared-secret | Invoice.Paid,invoice.sent | VALIDATION_FAILED   | subscribedEvents[1] | unknown event name 'invoice.sent'; known: Invoice.Sent, Invoice.Opened, Invoice.PaymentInTransit, Invoice.Paid, Invoice.PaymentFailed, Invoice.Cancelled, Invoice.Overdue
      event twice         | https://hooks.example.com/    | a-long-enough-shared-secret | Invoice.Paid,Invoice.Paid | VALIDATION_FAILED   | subscribedEvents[1] | event name 'Invoice.Paid' is listed twice
      """)
  void refuses(
      String name,
      String url,
      String secret,
      String events,
      String code,
      String param,
      String message) {
    assertThatThrownBy(() -> RULES.create(request(url, secret, events)))
        .isInstanceOfSatisfying(
            PreferenceRuleException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.param()).isEqualTo(param);
            })
        .hasMessage(message);
  }

  @Test
  void anEmptyListOfEventsIsRefused() {
    assertThatThrownBy(() -> RULES.subscribedEvents(List.of()))
        .isInstanceOf(PreferenceRuleException.class)
        .hasMessage("subscribedEvents must name at least one event");
  }

  @Test
  void aSecretOf512CharactersIsTheLongestAccepted() {
    assertThat(RULES.sharedSecret("s".repeat(512))).hasSize(512);
    assertThatThrownBy(() -> RULES.sharedSecret("s".repeat(513)))
        .isInstanceOf(PreferenceRuleException.class)
        .hasMessage("sharedSecret must be 16 to 512 characters, was 513");
  }
}
