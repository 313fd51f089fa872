package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.FeeHandlingConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's SDK example, as written there (plus {@code serverURL}), against a local server. If
 * this stops compiling, the README is wrong. WINGSPAN_TOKEN is set for the tests by the module's
 * POM.
 */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRuns() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (RecordingServer server = new RecordingServer()) {
      server.otherwise(json(200, INVOICE_JSON));
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

      // spotless:off (the README's own layout, compared line by line below)
      // --- README ---
      Wingspan sdk = Wingspan.builder()
          .serverURL(server.url())
          .bearerAuth(System.getenv("WINGSPAN_TOKEN"))
          .build();
      GetClientInvoiceResponse got = sdk.clientInvoice().get("invoice-id");
      got.clientInvoice().ifPresent(invoice -> System.out.println(invoice.status()));
      UpdateClientInvoiceResponse updated = sdk.clientInvoice().update("invoice-id",
          ClientInvoiceUpdateRequest.builder()
              .creditFeeHandling(FeeHandlingConfig.memberPaysAll())
              .build());
      // --- end README ---
      // spotless:on

      assertThat(updated.statusCode()).isEqualTo(200);
      assertThat(server.requests())
          .extracting(r -> r.method() + " " + r.rawPath() + " " + r.body())
          .containsExactly(
              "GET /payments/client/invoice/invoice-id ",
              "PATCH /payments/client/invoice/invoice-id "
                  + "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":null,\"clientPays\":null,\"memberPays\":null}}");
      assertThat(server.requests())
          .extracting(r -> r.header("Authorization"))
          .containsOnly("Bearer readme-example-token");
    } finally {
      System.setOut(stdout);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Open" + System.lineSeparator());
  }

  /**
   * The snippet above is the README's, word for word (but for the local {@code serverURL}): a
   * README edit that is not made here too, or the reverse, fails the build instead of leaving the
   * README untested.
   */
  @Test
  void theReadmeShowsExactlyTheSnippetThisTestRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## The SDK in one look");
    assertThat(section).as("README section 'The SDK in one look'").isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));

    String source =
        Files.readString(Path.of("src/test/java/app/wingspan/sdk/ReadmeExampleTest.java"));
    String tested =
        source.substring(
            source.indexOf("// --- README ---") + "// --- README ---".length(),
            source.indexOf("// --- end README ---"));

    assertThat(normalized(shown))
        .isEqualTo(
            normalized(tested).stream()
                .filter(line -> !line.equals(".serverURL(server.url())"))
                .collect(Collectors.toList()));
  }

  private static List<String> normalized(String code) {
    return code.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }
}
