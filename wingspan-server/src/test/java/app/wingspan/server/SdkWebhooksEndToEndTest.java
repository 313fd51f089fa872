package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.model.WebhookEventName;
import app.wingspan.model.WebhookPreference;
import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.model.WebhookPreferenceStatus;
import app.wingspan.model.WebhookPreferenceUpdateRequest;
import app.wingspan.sdk.ApiException;
import app.wingspan.sdk.NotFoundException;
import app.wingspan.sdk.WebhookPreferenceResponse;
import app.wingspan.sdk.Wingspan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code sdk.webhooks()} against the real server. */
class SdkWebhooksEndToEndTest {
  private static final TestApp APP = TestApp.shared();
  private static final String SECRET = "sdk-secret-0123456789abcdef";

  private static Wingspan sdk(TestApp.Party party) {
    return Wingspan.builder().serverURL(APP.base()).bearerAuth(party.token()).build();
  }

  @Test
  void createListGetUpdateAndDeleteThroughTheSdk() {
    try (Wingspan wingspan = sdk(APP.client())) {
      WebhookPreferenceResponse created =
          wingspan
              .webhooks()
              .create(
                  WebhookPreferenceCreateRequest.builder()
                      .url("https://hooks.example.com/sdk")
                      .sharedSecret(SECRET)
                      .subscribedEvents(List.of("Invoice.Paid"))
                      .build());
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(new String(created.rawResponse().body())).doesNotContain(SECRET);
      WebhookPreference preference = created.webhookPreference().orElseThrow();
      assertThat(preference.status()).isEqualTo(WebhookPreferenceStatus.ACTIVE);
      String id = preference.webhookPreferenceId();

      assertThat(wingspan.webhooks().list().webhookPreferences()).containsExactly(preference);
      assertThat(wingspan.webhooks().get(id).webhookPreference()).contains(preference);

      WebhookPreference updated =
          wingspan
              .webhooks()
              .update(
                  id,
                  WebhookPreferenceUpdateRequest.builder()
                      .subscribedEvents(List.of("Invoice.Paid", "Invoice.Overdue"))
                      .sharedSecret("sdk-rotated-secret-0123456789")
                      .build())
              .webhookPreference()
              .orElseThrow();
      assertThat(updated.subscribedEvents()).containsExactly("Invoice.Paid", "Invoice.Overdue");
      assertThat(
              wingspan
                  .webhooks()
                  .getAsync(id, app.wingspan.sdk.RequestOptions.defaults())
                  .join()
                  .webhookPreference())
          .contains(updated);

      assertThat(wingspan.webhooks().delete(id).statusCode()).isEqualTo(204);
      assertThat(catchThrowableOfType(NotFoundException.class, () -> wingspan.webhooks().get(id)))
          .isNotNull();
      assertThat(wingspan.webhooks().list().webhookPreferences()).isEmpty();
    }
  }

  @Test
  void aRefusedUrlIsAnApiExceptionNamingTheRule() {
    try (Wingspan wingspan = sdk(APP.member())) {
      ApiException refused =
          catchThrowableOfType(
              ApiException.class,
              () ->
                  wingspan
                      .webhooks()
                      .create(
                          WebhookPreferenceCreateRequest.builder()
                              .url("https://10.0.0.1/hook")
                              .sharedSecret(SECRET)
                              .subscribedEvents(List.of("Invoice.Paid"))
                              .build()));
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.errorCode()).contains("WEBHOOK_URL_REFUSED");
      assertThat(refused.bodyText()).doesNotContain(SECRET);
    }
  }

  @Test
  void anotherAccountsPreferenceIsNotFound() {
    try (Wingspan owner = sdk(APP.client());
        Wingspan other = sdk(APP.client())) {
      String id =
          owner
              .webhooks()
              .create(
                  WebhookPreferenceCreateRequest.builder()
                      .url("https://hooks.example.com/mine")
                      .sharedSecret(SECRET)
                      .subscribedEvents(List.of("Invoice.Sent"))
                      .build())
              .webhookPreference()
              .orElseThrow()
              .webhookPreferenceId();
      assertThat(catchThrowableOfType(NotFoundException.class, () -> other.webhooks().delete(id)))
          .isNotNull();
      assertThat(owner.webhooks().get(id).webhookPreference()).isPresent();
    }
  }

  @Test
  void eventNamesAreTheServersList() {
    try (Wingspan wingspan = sdk(APP.member())) {
      assertThat(wingspan.webhooks().eventNames().eventNames())
          .extracting(WebhookEventName::eventName)
          .contains("Invoice.Paid", "Invoice.Overdue")
          .hasSize(7);
    }
  }
}
