package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.sdk.Wingspan;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A class that opts to share state: reset once before its first test, not between its tests. */
@WingspanTest(shareStateAcrossTests = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedStateTest {

  @Test
  @Order(1)
  void startsClean(Wingspan sdk, TestAccounts accounts, TestClock clock) {
    assertThat(sdk.clientInvoice().list().clientInvoices()).isEmpty();
    KitFixtures.openInvoice(sdk, accounts.member().id(), clock.today().toString());
  }

  @Test
  @Order(2)
  void seesWhatTheEarlierTestCreated(Wingspan sdk) {
    assertThat(sdk.clientInvoice().list().clientInvoices()).hasSize(1);
  }

  @Nested
  class Nested_ {
    @Test
    void aNestedClassSharesItToo(Wingspan sdk) {
      assertThat(sdk.clientInvoice().list().clientInvoices()).hasSize(1);
    }
  }
}
