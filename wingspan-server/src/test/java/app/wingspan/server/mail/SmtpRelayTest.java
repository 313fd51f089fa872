package app.wingspan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.server.mail.SmtpRelay.Security;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmtpRelayTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("smtp://mail.example.com", null, "mail.example.com", 587, Security.STARTTLS),
        Arguments.of(
            "smtp://relay@mail.example.com:2525",
            "relay",
            "mail.example.com",
            2525,
            Security.STARTTLS),
        Arguments.of(
            "smtps://relay@mail.example.com", "relay", "mail.example.com", 465, Security.TLS),
        Arguments.of("smtp://127.0.0.1:3025?starttls=off", null, "127.0.0.1", 3025, Security.NONE));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void readsTheUrlsTheDocsDescribe(
      String url, String user, String host, int port, Security security) {
    SmtpRelay relay = SmtpRelay.parse(url, user == null ? null : "s3cret-pw");
    assertThat(relay.host()).isEqualTo(host);
    assertThat(relay.port()).isEqualTo(port);
    assertThat(relay.security()).isEqualTo(security);
    assertThat(relay.username()).isEqualTo(user);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("http://mail.example.com", "must start with smtp:// or smtps://"),
        Arguments.of("smtp://relay:pw@mail.example.com", "WINGSPAN_SMTP_PASSWORD"),
        Arguments.of("smtp://mail.example.com?tls=maybe", "the only SMTP URL option"),
        Arguments.of("smtps://mail.example.com?starttls=off", "takes no options"),
        Arguments.of("smtp://mail.example.com:70000", "between 1 and 65535"),
        Arguments.of("smtp:///nohost", "needs a host"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refusesWithAMessageNamingTheProblem(String url, String message) {
    assertThatThrownBy(() -> SmtpRelay.parse(url, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .hasMessageNotContaining("pw@");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void neverPrintsThePassword(String url, String user) {
    SmtpRelay relay = SmtpRelay.parse(url, user == null ? null : "s3cret-pw");
    assertThat(relay.toString()).doesNotContain("s3cret-pw");
  }
}
