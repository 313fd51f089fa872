package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The process's standard-input commands: one answer line each, {@code ok ...} or {@code error:
 * ...}.
 */
@WingspanTest
class CommandsTest {
  @InjectWingspan WingspanTestServer server;

  @Test
  void commandsDriveTheClockTheFaultsAndTheResetOneAnswerLineEach() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Commands commands = new Commands(server, new PrintStream(out, true, StandardCharsets.UTF_8));
    String firstClient = server.accounts().client().id();

    commands.run(
        new BufferedReader(
            new StringReader(
                String.join(
                    "\n",
                    "advance P31D",
                    "",
                    "fault 2 GET /payments/client/invoice/* 503=4",
                    "fault 1 * /** delay=PT0.1S",
                    "accounts"))));

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
    assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("ok "));
    assertThat(server.clock().offset()).isEqualTo(Duration.ofDays(31));
    assertThat(lines[1])
        .contains("SERVICE_UNAVAILABLE PT4S on GET /payments/client/invoice/*", "remaining=2");
    assertThat(lines[2]).contains("DELAY PT0.1S on * /**");
    assertThat(lines[3]).contains(firstClient, server.accounts().client().token());

    String reset = commands.answer("reset");

    assertThat(reset).startsWith("ok reset; member ").doesNotContain(firstClient);
    assertThat(server.clock().offset()).isZero();
    assertThat(server.sdk().clientInvoice().list().clientInvoices()).isEmpty(); // no fault left
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      frobnicate                                 | error: unknown command 'frobnicate'; try help
      advance 31 days                            | error: usage: advance <duration>
      advance P31X                               | error: not an ISO-8601 value: 'P31X'
      set tomorrow                               | error: not an ISO-8601 value: 'tomorrow'
      fault two GET /x 503                       | error: times must be a number, not 'two'
      fault 0 GET /x 503                         | error: times must be at least 1, was 0
      fault 1 GET x 503                          | error: path pattern must start with '/', was 'x'
      fault 1 GET /x 500                         | error: unknown fault '500': 503, 429, drop or delay=<duration>
      fault 1 GET /x delay                       | error: delay needs a duration: delay=PT5S
      fault 1 GET /x 429=soon                    | error: Retry-After must be whole seconds, not 'soon'
      """)
  void aBadCommandIsAnErrorLineNamingWhatWasWrongAndChangesNothing(String command, String answer) {
    Commands commands = new Commands(server, System.out);

    assertThat(commands.answer(command)).isEqualTo(answer);
    assertThat(server.clock().offset()).isZero();
    assertThat(server.sdk().clientInvoice().list().clientInvoices()).isEmpty();
  }
}
