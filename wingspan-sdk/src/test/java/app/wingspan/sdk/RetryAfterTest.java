package app.wingspan.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retry-After as delay-seconds or an HTTP date (RFC 9110), relative to a fixed now. */
class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-24T07:00:00Z");

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      textBlock =
          """
      0                             | PT0S
      1                             | PT1S
      ' 120 '                       | PT2M
      86400                         | PT24H
      999999999999                  | PT24H
      Tue, 24 Nov 2026 07:00:30 GMT | PT30S
      Tue, 24 Nov 2026 06:59:00 GMT | PT0S
      Wed, 25 Nov 2026 07:00:00 GMT | PT24H
      Thu, 26 Nov 2026 07:00:00 GMT | PT24H
      -1                            | none
      1.5                           | none
      soon                          | none
      ''                            | none
      Tuesday, 24-Nov-26 07:00:30 GMT | none
      """)
  void parsesSecondsAndHttpDates(String header, String expected) {
    Optional<Duration> parsed = RetryAfter.parse(header, NOW);

    if (expected == null) {
      assertThat(parsed).isEmpty();
    } else {
      assertThat(parsed).hasValue(Duration.parse(expected));
    }
  }
}
