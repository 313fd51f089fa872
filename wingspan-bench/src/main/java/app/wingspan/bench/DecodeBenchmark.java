package app.wingspan.bench;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openapitools.jackson.nullable.JsonNullableModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Typed decoding of a full ClientInvoice versus Jackson's tree parse of the same bytes: the tree is
 * the baseline, since any typed decode has to do at least the tokenizing the tree does. A third row
 * decodes the same type with a plain Jackson mapper (records through Jackson's own record support),
 * so every run shows what the model's generated one-pass readers buy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBenchmark {
  private byte[] bytes;
  private ObjectReader typed;
  private ObjectReader tree;
  private ObjectReader plainJackson;

  @Setup
  public void setUp() {
    bytes = Fixture.clientInvoiceBytes();
    typed = WingspanJson.readerFor(ClientInvoice.class);
    // Same configuration (BigDecimal for floats) so the two parse numbers the same way.
    tree = WingspanJson.reader();
    plainJackson =
        JsonMapper.builder()
            .addModule(new JsonNullableModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(ClientInvoice.class);
  }

  @Benchmark
  public ClientInvoice typedDecodePlainJackson() throws IOException {
    return plainJackson.readValue(bytes);
  }

  @Benchmark
  public ClientInvoice typedDecode() throws IOException {
    return typed.readValue(bytes);
  }

  @Benchmark
  public JsonNode treeParse() throws IOException {
    return tree.readTree(bytes);
  }
}
