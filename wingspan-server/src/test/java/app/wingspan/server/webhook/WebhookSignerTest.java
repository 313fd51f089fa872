package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.WebhookVerificationException;
import app.wingspan.sdk.Webhooks;
import app.wingspan.server.webhook.WebhookSigner.SignedHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's signer: the specification's example, rotation, keys, and the SDK's verifier. */
class WebhookSignerTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final byte[] BODY =
      "{\"eventName\":\"Invoice.Sent\",\"objectId\":\"inv-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsAsTheStandardWebhooksSpecificationsExample() {
    SignedHeaders signed =
        WebhookSigner.sign(
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            Instant.ofEpochSecond(1614265330),
            "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8),
            List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

    assertThat(signed)
        .isEqualTo(
            new SignedHeaders(
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "1614265330",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({
    "a plain shared secret of the endpoint",
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    "ünïcødé-secret"
  })
  void signsWhatTheSdkVerifies(String secret) {
    SignedHeaders signed = WebhookSigner.sign("evt_1", NOW, BODY, List.of(secret));

    assertThat(verify(signed, BODY, secret).eventName()).isEqualTo("Invoice.Sent");
    assertThatThrownBy(() -> verify(signed, BODY, "x" + secret))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void whileASecretRotatesEitherSecretVerifies() {
    SignedHeaders signed =
        WebhookSigner.sign("evt_1", NOW, BODY, List.of("the-old-secret", "the-new-secret"));

    assertThat(signed.signature().split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
    assertThat(verify(signed, BODY, "the-old-secret").eventId()).isEqualTo("evt_1");
    assertThat(verify(signed, BODY, "the-new-secret").eventId()).isEqualTo("evt_1");
    assertThatThrownBy(() -> verify(signed, BODY, "a-third-secret"))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void keysAgreeWithTheSdks() {
    // The same rule in two modules (the SDK does not depend on the server): same signatures.
    for (String secret : List.of("plain", "whsec_AAECAwQFBgcICQoLDA0ODw==", "ß€")) {
      assertThat(WebhookSigner.sign("evt_9", NOW, BODY, List.of(secret)).signature())
          .isEqualTo(Webhooks.sign("evt_9", NOW, BODY, secret).signature());
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ''          | a shared secret must not be empty
      whsec_***   | a shared secret starting with whsec_ must be base64 after the prefix
      whsec_      | a whsec_ shared secret must have key bytes after the prefix
      """)
  void refusesASecretThatCannotKeyWithoutQuotingIt(String secret, String message) {
    assertThatThrownBy(() -> WebhookSigner.sign("evt_1", NOW, BODY, List.of(secret)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"'evt 1'", "evt.1", "'evt,1'", "' '"})
  void refusesAnIdThatMakesTheSignedContentAmbiguous(String id) {
    assertThatThrownBy(() -> WebhookSigner.sign(id, NOW, BODY, List.of("s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a webhook id must be non-blank with no spaces, dots or commas, was '" + id + "'");
  }

  private static app.wingspan.sdk.WebhookEvent verify(
      SignedHeaders signed, byte[] body, String secret) {
    return Webhooks.constructEvent(
        body,
        new WebhookHeaders(signed.id(), signed.timestamp(), signed.signature()),
        secret,
        Webhooks.DEFAULT_TOLERANCE,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
