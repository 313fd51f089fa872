package app.wingspan.sdk;

import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoice;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** listAll: lazy pages, the limit on every page, errors where iteration meets them. */
class PagingTest {

  private RecordingServer server;
  private Wingspan sdk;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
    sdk = Fixtures.client(server).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    server.close();
    sdk.close();
  }

  private void threePages() {
    server.enqueue(
        json(200, "[{\"invoiceId\":\"a\"},{\"invoiceId\":\"b\"}]").header("X-Next-Cursor", "c2"),
        json(200, "[]").header("X-Next-Cursor", "c3"),
        json(200, "[{\"invoiceId\":\"c\"}]"));
  }

  @Test
  void iteratesEveryInvoiceOfEveryPageKeepingTheLimit() {
    threePages();

    List<String> ids =
        sdk.clientInvoice().listAll(ListClientInvoicesRequest.firstPage().withLimit(2)).stream()
            .map(ClientInvoice::invoiceId)
            .collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(server.requests())
        .extracting(RecordingServer.Recorded::rawQuery)
        .containsExactly("limit=2", "limit=2&cursor=c2", "limit=2&cursor=c3");
  }

  @Test
  void fetchesAPageOnlyWhenIterationReachesIt() {
    threePages();

    ClientInvoicePages all = sdk.clientInvoice().listAll();
    assertThat(server.requests()).isEmpty();

    Iterator<ClientInvoice> it = all.iterator();
    assertThat(it.next().invoiceId()).isEqualTo("a");
    assertThat(it.next().invoiceId()).isEqualTo("b");
    assertThat(server.requests()).hasSize(1);

    Stream<ClientInvoice> stream = sdk.clientInvoice().listAll().stream();
    assertThat(server.requests())
        .as("a stream fetches nothing before its terminal operation")
        .hasSize(1);
    // The script's next replies are the empty page and the page with "c": the empty one is skipped.
    assertThat(stream.findFirst().map(ClientInvoice::invoiceId)).hasValue("c");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aFailingPageThrowsWhereIterationMeetsIt() {
    server.enqueue(
        json(200, "[{\"invoiceId\":\"a\"}]").header("X-Next-Cursor", "c2"),
        problem(401, "UNAUTHORIZED", "token revoked"));

    Iterator<ClientInvoice> it = sdk.clientInvoice().listAll().iterator();
    assertThat(it.next().invoiceId()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void aServerRepeatingTheCursorEndsTheIteration() {
    server.otherwise(json(200, "[{\"invoiceId\":\"a\"}]").header("X-Next-Cursor", "same"));

    List<ClientInvoice> all =
        sdk
            .clientInvoice()
            .listAll(ListClientInvoicesRequest.firstPage().withCursor("same"))
            .stream()
            .collect(Collectors.toList());

    assertThat(all).hasSize(1);
  }
}
