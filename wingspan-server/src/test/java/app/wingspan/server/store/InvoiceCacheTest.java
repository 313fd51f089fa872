package app.wingspan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cache's promise: it never hands out a version older than one a committed write has put there.
 */
class InvoiceCacheTest {
  private final InvoiceCache cache = new InvoiceCache(InvoiceCache.DEFAULT_MAX_CHARS);

  @Test
  void aRowReadWhileNoWriteRanIsRemembered() {
    long ticket = cache.readBegins();
    cache.remember(row("inv", 3), ticket);

    assertThat(cache.find("inv").version()).isEqualTo(3);
  }

  @Test
  void aRowReadWhileAWriteWasRunningIsNotRemembered() {
    cache.writeBegins();
    long ticket = cache.readBegins();
    cache.remember(row("inv", 3), ticket);

    assertThat(cache.find("inv")).isNull();
  }

  @Test
  void aRowReadBeforeAWriteBeganIsNotRememberedAfterIt() {
    long ticket = cache.readBegins();
    cache.writeBegins();
    cache.writesEnd(List.of(row("other", 2)), true);
    cache.remember(row("inv", 3), ticket);

    assertThat(cache.find("inv")).isNull();
    assertThat(cache.find("other").version()).isEqualTo(2);
  }

  @Test
  void aConditionalWriteThatChangedNothingLeavesTheEntryAndEndsItsWrite() {
    write(row("inv", 2), true);
    cache.writeBegins();
    long during = cache.readBegins();
    cache.writeEndsUnchanged();
    cache.remember(row("other", 1), during);

    assertThat(cache.find("inv").version()).isEqualTo(2);
    assertThat(cache.find("other")).as("read while the write ran").isNull();
    long after = cache.readBegins();
    cache.remember(row("other", 1), after);
    assertThat(cache.find("other").version()).as("no write runs any more").isEqualTo(1);
  }

  @Test
  void aCommittedWriteReplacesAnOlderVersionButNeverANewerOne() {
    write(row("inv", 2), true);
    write(row("inv", 4), true);
    write(row("inv", 3), true);

    assertThat(cache.find("inv").version()).isEqualTo(4);
  }

  @Test
  void aReadNeverReplacesANewerCommittedVersion() {
    write(row("inv", 5), true);
    long ticket = cache.readBegins();
    cache.remember(row("inv", 4), ticket);

    assertThat(cache.find("inv").version()).isEqualTo(5);
  }

  @Test
  void aWriteOfUnknownOutcomeSendsReadsToTheDatabaseUntilTheNextCommittedWrite() {
    write(row("inv", 2), true);
    write(row("inv", 3), false);

    assertThat(cache.find("inv")).isNull();
    long ticket = cache.readBegins();
    cache.remember(row("inv", 2), ticket);
    assertThat(cache.find("inv")).as("a read does not replace the tombstone").isNull();

    write(row("inv", 3), true);
    assertThat(cache.find("inv").version()).isEqualTo(3);
  }

  @Test
  void tombstonesOutliveEvictionOfEverythingElse() {
    InvoiceCache small = new InvoiceCache(10_000);
    small.writeBegins();
    small.writesEnd(List.of(row("unknown", 2)), false);
    for (int i = 0; i < 200; i++) {
      small.writeBegins();
      small.writesEnd(List.of(row("inv" + i, 1)), true);
    }

    assertThat(small.size()).isLessThan(200);
    long ticket = small.readBegins();
    small.remember(row("unknown", 1), ticket);
    assertThat(small.find("unknown")).isNull();
  }

  @Test
  void anInvoiceWithAPaymentInTransitIsNeverCachedSinceAnyReplicaMaySettleIt() {
    write(row("inv", 2), true);
    write(row("inv", 3, "PaymentInTransit"), true);

    assertThat(cache.find("inv")).as("the committed in-transit write drops the entry").isNull();
    long ticket = cache.readBegins();
    cache.remember(row("inv", 3, "PaymentInTransit"), ticket);
    assertThat(cache.find("inv"))
        .as("nor is an in-transit row read from the database remembered")
        .isNull();

    // Settled elsewhere: the next database read finds the later version and may keep it.
    ticket = cache.readBegins();
    cache.remember(row("inv", 4, "Paid"), ticket);
    assertThat(cache.find("inv").version()).isEqualTo(4);
  }

  private void write(InvoiceRow row, boolean committed) {
    cache.writeBegins();
    cache.writesEnd(List.of(row), committed);
  }

  private static InvoiceRow row(String id, long version) {
    return row(id, version, "Draft");
  }

  private static InvoiceRow row(String id, long version, String status) {
    return new InvoiceRow(
        id,
        "client",
        "member",
        status,
        version,
        LocalDate.of(2026, 12, 1),
        Instant.EPOCH,
        Instant.EPOCH,
        "{\"invoiceId\":\"" + id + "\"}",
        "{\"status\":\"" + status + "\",\"version\":" + version + "}");
  }
}
