package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.server.mail.MailTransport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which way the invoice emails leave, as the flags and variables say; the password never shows. */
class MailingTest {
  @TempDir Path dir;

  private static final String EXTERNAL = "jdbc:postgresql://127.0.0.1:5432/wingspan";

  @Test
  void aRelayUrlSendsThroughTheRelayWithThePasswordFromTheEnvironmentOnly() {
    Map<String, String> env = new HashMap<>();
    env.put("WINGSPAN_SMTP_URL", "smtp://mailer@relay.example.test:587");
    env.put("WINGSPAN_SMTP_PASSWORD", "s3cret-pw");
    ServerConfig config = TestApp.config(env, "--database-url", EXTERNAL);

    Optional<MailTransport> transport = Mailing.transport(config, Clock.systemUTC());

    assertThat(transport).isPresent();
    assertThat(transport.get().describe()).contains("relay.example.test").doesNotContain("s3cret");
    assertThat(config.toString()).contains("relay.example.test").doesNotContain("s3cret");
    assertThat(config.mail().smtpPassword()).isEqualTo("s3cret-pw");
  }

  @Test
  void withoutARelayTheEmbeddedServerWritesEmlFilesIntoItsDataDirectorysOutbox() {
    ServerConfig config = TestApp.config(Map.of(), "--data-dir", dir.toString());

    Optional<MailTransport> transport = Mailing.transport(config, Clock.systemUTC());

    assertThat(transport).isPresent();
    assertThat(transport.get().describe()).contains(dir.resolve("outbox").toString());
  }

  @Test
  void anOutboxDirectoryServesAnExternalDatabaseWithoutARelay() {
    Path outbox = dir.resolve("mail");
    ServerConfig config =
        TestApp.config(Map.of(), "--database-url", EXTERNAL, "--mail-outbox", outbox.toString());

    assertThat(Mailing.transport(config, Clock.systemUTC()).orElseThrow().describe())
        .contains(outbox.toString());
  }

  @Test
  void anExternalDatabaseWithNeitherRelayNorOutboxHasMailOff() {
    ServerConfig config = TestApp.config(Map.of(), "--database-url", EXTERNAL);

    assertThat(Mailing.transport(config, Clock.systemUTC())).isEmpty();
  }

  @Test
  void badMailSettingsStopStartUpNamingWhatIsWrong() {
    assertThatThrownBy(() -> TestApp.config(Map.of(), "--smtp-url", "http://relay.test"))
        .hasMessageContaining("smtp://");
    assertThatThrownBy(
            () -> TestApp.config(Map.of(), "--smtp-url", "smtp://user:pw@relay.test:587"))
        .hasMessageContaining("WINGSPAN_SMTP_PASSWORD")
        .message()
        .doesNotContain(":pw@");
    assertThatThrownBy(() -> TestApp.config(Map.of(), "--mail-from", "not-an-address"))
        .hasMessageContaining("mail From");
  }

  @Test
  void theMessageIdsHostIsTheFromAddresssDomain() {
    ServerConfig config = TestApp.config(Map.of(), "--mail-from", "billing@ada.example.test");

    assertThat(config.mail().messageIdHost()).isEqualTo("ada.example.test");
    assertThat(config.mail().sender().address()).isEqualTo("billing@ada.example.test");
  }
}
