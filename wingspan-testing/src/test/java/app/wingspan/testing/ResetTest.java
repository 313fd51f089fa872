package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.sdk.NotFoundException;
import app.wingspan.sdk.UnauthorizedException;
import app.wingspan.sdk.Wingspan;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Every test starts from a clean server: no invoices, no accounts of earlier tests, system time, no faults. */
@WingspanTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetTest {
  /** What the first test left behind, for the second to look for. */
  private static TestAccount earlierClient;
  private static String earlierInvoice;

  @InjectWingspan TestAccounts accounts;
  @InjectWingspan Wingspan sdk;
  @InjectWingspan TestClock clock;
  @InjectWingspan Faults faults;
  @InjectWingspan WingspanTestServer server;
  @InjectWingspan URI baseUrl;

  @Test
  @Order(1)
  void aTestLeavesInvoicesAClockOffsetAndFaultsBehind() {
    earlierClient = accounts.client();
    earlierInvoice = KitFixtures.openInvoice(sdk, accounts.member().id(), clock.today().toString());
    assertThat(sdk.clientInvoice().get(earlierInvoice).clientInvoice()).isPresent(); // now cached by the server
    clock.advance(Duration.ofDays(400));
    faults.onAnyRequest().times(100).serviceUnavailable(Duration.ofSeconds(30));
  }

  @Test
  @Order(2)
  void theNextTestSeesNoneOfIt() {
    assertThat(clock.offset()).isZero();
    assertThat(sdk.clientInvoice().list().clientInvoices()).isEmpty(); // no 503: the faults are gone
    assertThat(accounts.client().id()).isNotEqualTo(earlierClient.id());
    assertThatThrownBy(() -> sdk.clientInvoice().get(earlierInvoice)).isInstanceOf(NotFoundException.class);
    // The earlier client's token is gone with its account, though the server had it cached.
    assertThatThrownBy(() -> server.sdk(earlierClient).clientInvoice().list())
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  @Order(3)
  void fieldsAndParametersAreTheSameServersParts(WingspanTestServer parameter, URI url) {
    assertThat(parameter).isSameAs(server);
    assertThat(url).isEqualTo(baseUrl).isEqualTo(URI.create(server.baseUrl()));
    assertThat(baseUrl.getHost()).isEqualTo("127.0.0.1");
    assertThat(clock).isSameAs(server.clock());
    assertThat(faults).isSameAs(server.faults());
    assertThat(accounts).isSameAs(server.accounts());
    assertThat(accounts.member().kind()).isEqualTo(TestAccount.Kind.MEMBER);
    assertThat(accounts.member()).isSameAs(accounts.member());
    assertThat(accounts.member().toString()).doesNotContain(accounts.member().token()).contains("token=***");
  }
}
