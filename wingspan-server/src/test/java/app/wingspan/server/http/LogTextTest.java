package app.wingspan.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request values reach log lines only escaped; malformed %-escapes are recognised. */
class LogTextTest {

  @Test
  void controlCharactersAndSurrogatesAreEscapedSoNoLineCanBeForged() {
    assertThat(LogText.escape("x\u0000\nFORGED\r\u2028\ud800"))
        .isEqualTo("x\\u0000\\u000aFORGED\\u000d\\u2028\\ud800");
    assertThat(LogText.escape(null)).isEqualTo("null");
    assertThat(LogText.escape("a".repeat(500))).hasSize(203).endsWith("...");
    assertThat(LogText.escape("a".repeat(200))).isEqualTo("a".repeat(200));
  }

  @Test
  void anEscapedFailureKeepsClassesAndFramesButNoRawLineBreak() {
    Exception failure =
        new IllegalStateException(
            "outer", new RuntimeException("arguments:{memberId:x\u0000\nFORGED}"));

    Throwable logged = LogText.escaped(failure);
    StringWriter printed = new StringWriter();
    logged.printStackTrace(new PrintWriter(printed));

    assertThat(logged.getMessage()).isEqualTo("java.lang.IllegalStateException: outer");
    assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
    assertThat(logged.getCause().getMessage())
        .isEqualTo("java.lang.RuntimeException: arguments:{memberId:x\\u0000\\u000aFORGED}");
    assertThat(printed.toString()).doesNotContain("\nFORGED");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/a/b, true",
    "/a%20b, true",
    "/a%2f%2F, true",
    "/%u0041, false",
    "/a%, false",
    "/a%4, false",
    "/a%zz, false",
    "/a%4g, false",
    "'', true"
  })
  void percentEscapesMustBeTwoHexDigits(String path, boolean wellEscaped) {
    assertThat(RequestGate.wellEscaped(path)).isEqualTo(wellEscaped);
  }
}
