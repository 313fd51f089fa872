package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/testing.md's "Testing your integration" example is the sample test's code, as it is. */
class ReadmeSampleTest {
  private static final String BEGIN = "// README: testing-your-integration begin";
  private static final String END = "// README: testing-your-integration end";

  @Test
  void theReadmesExampleIsTheSampleTestAsWritten() throws Exception {
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/app/wingspan/testing/sample/InvoiceRemindersTest.java"));
    List<String> trimmed = source.stream().map(String::strip).toList();
    List<String> excerpt = source.subList(trimmed.indexOf(BEGIN) + 1, trimmed.indexOf(END));
    String guide = Files.readString(Path.of("..", "docs", "testing.md"));
    String section = guide.substring(guide.indexOf("# Testing your integration"));
    String firstJava = section.substring(section.indexOf("```java\n") + "```java\n".length());

    assertThat(excerpt).hasSizeGreaterThan(10);
    assertThat(firstJava).startsWith(String.join("\n", excerpt) + "\n");
  }
}
