package app.wingspan.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed model sources are exactly what openapi.yaml generates: a change to the YAML without
 * regenerating, or a hand edit of a generated file, fails the build. To regenerate: {@code ./mvnw
 * -pl wingspan-model-generator verify -Dwingspan.regenerate=true}.
 */
class GeneratedSourcesTest {
  private static final Path MODEL = Path.of("..", "wingspan-model");
  private static final Path YAML =
      MODEL.resolve("src/main/resources/app/wingspan/model/openapi.yaml");
  private static final Path SOURCES = MODEL.resolve("src/main/java/app/wingspan/model");

  @Test
  void committedSourcesAreWhatTheYamlGenerates() throws IOException {
    Map<String, String> generated = ModelGenerator.generate(ModelGenerator.read(YAML));
    if (Boolean.getBoolean("wingspan.regenerate")) {
      for (String stale : generatedFiles()) {
        if (!generated.containsKey(stale)) {
          Files.delete(SOURCES.resolve(stale));
        }
      }
      ModelGenerator.write(generated, SOURCES);
    }

    assertThat(generatedFiles())
        .as("files that say they are generated")
        .isEqualTo(new TreeSet<>(generated.keySet()));
    for (Map.Entry<String, String> source : generated.entrySet()) {
      assertThat(Files.readString(SOURCES.resolve(source.getKey()), StandardCharsets.UTF_8))
          .as(
              "%s differs from what openapi.yaml generates; regenerate (see this test's Javadoc)",
              source.getKey())
          .isEqualTo(source.getValue());
    }
  }

  @Test
  void everyGeneratedFileSaysSoInItsFirstLine() {
    Map<String, String> generated = ModelGenerator.generate(ModelGenerator.read(YAML));

    assertThat(generated.values())
        .allSatisfy(source -> assertThat(source).startsWith(ModelGenerator.HEADER + "\n"));
  }

  @Test
  void enumConstantsAreTheWireValuesInUpperSnakeCase() {
    assertThat(
            Stream.of("PaymentInTransit", "LLCCorporationS", "ACH", "1099-NEC", "Standard", "<nil>")
                .map(ModelGenerator::constant)
                .toList())
        .containsExactly(
            "PAYMENT_IN_TRANSIT", "LLC_CORPORATION_S", "ACH", "_1099_NEC", "STANDARD", "NIL");
  }

  private static Set<String> generatedFiles() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String first =
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        if (first.equals(ModelGenerator.HEADER)) {
          names.add(file.getFileName().toString());
        }
      }
    }
    return names;
  }
}
