package app.wingspan.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The test server as a process ({@code java -jar wingspan-testing.jar}), for teams whose tests are
 * not in Java: it prints its URL and ready accounts, then reads one command per line on standard
 * input and answers each with one line starting {@code ok} or {@code error}. Standard input is the
 * only way in: the clock and the faults are never reachable over HTTP.
 */
final class Commands {
  static final String HELP =
      String.join(
          System.lineSeparator(),
          "Commands, one per line on standard input:",
          "  reset                                   clean state: empty database, system time, no faults; new accounts",
          "  accounts                                print the ready member and client with their tokens",
          "  advance <duration>                      move the clock, ISO-8601: P31D, PT2H, -P1D",
          "  set <instant>                           set the clock: 2030-01-31T12:00:00Z",
          "  fault <times> <METHOD|*> <path> <what>  what: 503[=<seconds>] | 429[=<seconds>] | drop | delay=<duration>",
          "                                          path: * is one segment, ** the rest (/payments/client/invoice/*)",
          "  clear-faults                            remove every fault",
          "  help                                    this text");

  private final WingspanTestServer server;
  private final PrintStream out;

  Commands(WingspanTestServer server, PrintStream out) {
    this.server = server;
    this.out = out;
  }

  /** Answers commands until standard input ends. */
  void run(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isBlank()) {
        out.println(answer(line.trim()));
        out.flush();
      }
    }
  }

  String answer(String line) {
    String[] words = line.split("\\s+");
    try {
      switch (words[0].toLowerCase(Locale.ROOT)) {
        case "reset":
          server.reset();
          return "ok reset; " + accounts();
        case "accounts":
          return "ok " + accounts();
        case "advance":
          arguments(words, 1, "advance <duration>");
          return "ok now " + server.clock().advance(Duration.parse(words[1])).instant();
        case "set":
          arguments(words, 1, "set <instant>");
          return "ok now " + server.clock().set(Instant.parse(words[1])).instant();
        case "fault":
          arguments(words, 4, "fault <times> <METHOD|*> <path> <what>");
          return "ok " + fault(words);
        case "clear-faults":
          server.faults().clear();
          return "ok no faults";
        case "help":
          return "ok " + HELP;
        default:
          return "error: unknown command '" + words[0] + "'; try help";
      }
    } catch (DateTimeParseException e) {
      return "error: not an ISO-8601 value: '" + e.getParsedString() + "'";
    } catch (IllegalArgumentException | IllegalStateException e) {
      return "error: " + e.getMessage();
    }
  }

  private Faults.Fault fault(String[] words) {
    int times;
    try {
      times = Integer.parseInt(words[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("times must be a number, not '" + words[1] + "'", e);
    }
    Faults.Match match = server.faults().on(words[2], words[3]).times(times);
    String what = words[4].toLowerCase(Locale.ROOT);
    String value = what.contains("=") ? what.substring(what.indexOf('=') + 1) : null;
    switch (what.contains("=") ? what.substring(0, what.indexOf('=')) : what) {
      case "503":
        return match.serviceUnavailable(Duration.ofSeconds(value == null ? 0 : seconds(value)));
      case "429":
        return match.rateLimited(Duration.ofSeconds(value == null ? 0 : seconds(value)));
      case "drop":
        return match.dropConnection();
      case "delay":
        if (value == null) {
          throw new IllegalArgumentException("delay needs a duration: delay=PT5S");
        }
        return match.delay(Duration.parse(value.toUpperCase(Locale.ROOT)));
      default:
        throw new IllegalArgumentException(
            "unknown fault '" + words[4] + "': 503, 429, drop or delay=<duration>");
    }
  }

  private static long seconds(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Retry-After must be whole seconds, not '" + value + "'", e);
    }
  }

  private String accounts() {
    TestAccount member = server.accounts().member();
    TestAccount client = server.accounts().client();
    return "member "
        + member.id()
        + " "
        + member.token()
        + " client "
        + client.id()
        + " "
        + client.token();
  }

  private static void arguments(String[] words, int count, String usage) {
    if (words.length != count + 1) {
      throw new IllegalArgumentException("usage: " + usage);
    }
  }
}
