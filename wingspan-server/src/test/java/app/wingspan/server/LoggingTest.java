package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Log lines carry the request id; tokens and bodies never reach the logs. */
class LoggingTest {
  private static final TestApp APP = TestApp.shared();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level previous;

  @BeforeEach
  void capture() {
    previous = root.getLevel();
    root.setLevel(Level.DEBUG);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    root.setLevel(previous);
  }

  @Test
  void requestLogsCarryTheRequestIdAndNeverTheTokenOrBody() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    String secretNote = "do-not-log-this-body";

    APP.send(
        "GET",
        "/payments/client/invoice/" + id,
        client.token(),
        null,
        "X-Request-Id",
        "log-test-1");
    APP.send(
        "PATCH",
        "/payments/client/invoice/" + id,
        client.token(),
        "{\"" + secretNote + "\":1}",
        "X-Request-Id",
        "log-test-2");
    APP.send(
        "GET", "/payments/client/invoice/" + id, "wsk_wrong", null, "X-Request-Id", "log-test-3");

    // Background threads (the durable work, the event dispatcher) log too: read a snapshot taken
    // under the appender's lock, which every append holds.
    List<ILoggingEvent> logged;
    synchronized (captured) {
      logged = List.copyOf(captured.list);
    }
    assertThat(logged)
        .anySatisfy(
            event -> {
              assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "log-test-1");
              assertThat(event.getFormattedMessage())
                  .contains("/payments/client/invoice/{id}")
                  .contains("200");
            })
        .anySatisfy(
            event -> assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "log-test-2"))
        .anySatisfy(
            event ->
                assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "log-test-3"));
    assertThat(logged)
        .allSatisfy(
            event ->
                assertThat(event.getFormattedMessage())
                    .doesNotContain(client.token())
                    .doesNotContain("wsk_wrong")
                    .doesNotContain(secretNote));
  }
}
