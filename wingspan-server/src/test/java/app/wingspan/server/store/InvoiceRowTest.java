package app.wingspan.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row's document is its content's members, then its state's, in one JSON object. */
class InvoiceRowTest {
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\":1}|{\"b\":2}|{\"a\":1,\"b\":2}",
        "{\"a\":1,\"c\":[1,{}]}|{\"b\":{\"x\":null}}|{\"a\":1,\"c\":[1,{}],\"b\":{\"x\":null}}",
        "{}|{\"b\":2}|{\"b\":2}",
        "{\"a\":1}|{}|{\"a\":1}",
        "{ }|{ }|{ }",
        "`{\"a\": 1 } `|` {\"b\": 2}`|`{\"a\": 1 ,\"b\": 2}`",
        "{\"a\":\"é}\"}|{\"b\":\"{\"}|{\"a\":\"é}\",\"b\":\"{\"}",
      })
  void theDocumentSplicesContentAndStateWithoutParsing(
      String content, String state, String document) {
    assertThat(new String(row(content, state).document(), StandardCharsets.UTF_8))
        .isEqualTo(document);
  }

  @ParameterizedTest(name = "{0} + {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {"\"broken\"|{\"b\":2}", "{\"a\":1}|\"broken\"", "[1]|{}", "{\"a\":1}|[]"})
  void aPartThatIsNotAnObjectIsRefusedNotSpliced(String content, String state) {
    assertThatThrownBy(() -> row(content, state).document())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inv");
  }

  private static InvoiceRow row(String content, String state) {
    return new InvoiceRow(
        "inv",
        "client",
        "member",
        "Draft",
        1,
        LocalDate.of(2026, 12, 1),
        Instant.EPOCH,
        Instant.EPOCH,
        content,
        state);
  }
}
