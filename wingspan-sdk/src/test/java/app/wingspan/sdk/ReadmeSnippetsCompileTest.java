package app.wingspan.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles every Java snippet of the README's SDK in one look and of docs/sdk.md, as written there,
 * with docs/sdk.md's import list and nothing else imported: a snippet that stops compiling, or an
 * import the guide forgot, fails the build. (The snippets that need a server to mean anything also
 * run, in ReadmeExampleTest and ReadmeGuideTest.)
 *
 * <p>Statements are compiled as a method body; a snippet that declares a class as a nested class.
 * The few names the snippets take from their surroundings ({@code sdk}, {@code request}, {@code
 * etag}, {@code tokenVault}, {@code correlationId}, {@code log}) are declared around them.
 */
class ReadmeSnippetsCompileTest {

  private static final String CONTEXT =
      """
        Wingspan sdk;
        ClientInvoiceUpdateRequest request;
        String etag;
        String correlationId;
        TokenVault tokenVault;
        Log log;
        interface TokenVault { String current(); }
        interface Log { void warn(String format, Object... arguments); }
      """;

  @Test
  void everyJavaSnippetOfTheSdkPartCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String oneLook =
        readme.substring(
            readme.indexOf("## The SDK in one look"), readme.indexOf("## Documentation"));
    String sdkPart = oneLook + Files.readString(Path.of("..", "docs", "sdk.md"));
    List<String> snippets = new ArrayList<>();
    int at = 0;
    while ((at = sdkPart.indexOf("```java\n", at)) >= 0) {
      int start = at + "```java\n".length();
      int end = sdkPart.indexOf("```", start);
      snippets.add(sdkPart.substring(start, end));
      at = end + 3;
    }
    List<String> imports =
        snippets.stream()
            .filter(
                snippet ->
                    snippet.lines().allMatch(line -> line.isBlank() || line.startsWith("import ")))
            .flatMap(String::lines)
            .filter(line -> !line.isBlank())
            .collect(Collectors.toList());
    assertThat(imports).as("the README's import list").isNotEmpty();
    snippets.removeIf(
        snippet -> snippet.lines().allMatch(line -> line.isBlank() || line.startsWith("import ")));
    assertThat(snippets).as("snippets besides the imports").hasSizeGreaterThanOrEqualTo(8);

    List<JavaFileObject> units = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String snippet = snippets.get(i);
      boolean declaresClass = snippet.startsWith("class ");
      String source =
          "package readme;\n"
              + String.join("\n", imports)
              + "\n"
              + "class Snippet"
              + i
              + " {\n"
              + CONTEXT
              + (declaresClass
                  ? snippet
                  : "  void run() throws Exception {\n" + snippet + "\n  }\n")
              + "}\n";
      units.add(new Source("readme/Snippet" + i, source));
    }

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("readme-snippets");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    boolean compiled =
        compiler
            .getTask(
                null,
                null,
                diagnostics,
                List.of("-proc:none", "-d", out.toString(), "-classpath", classPath),
                null,
                units)
            .call();

    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(
                d ->
                    d.getSource().getName()
                        + ":"
                        + d.getLineNumber()
                        + ": "
                        + d.getMessage(Locale.ROOT))
            .collect(Collectors.toList());
    assertThat(errors).as("compile errors in README snippets").isEmpty();
    assertThat(compiled).isTrue();
    deleteRecursively(out.toFile());
  }

  private static void deleteRecursively(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteRecursively(child);
      }
    }
    file.delete();
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String name, String code) {
      super(URI.create("string:///" + name + Kind.SOURCE.extension), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
