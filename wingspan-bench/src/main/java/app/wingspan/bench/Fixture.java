package app.wingspan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The model tests' full ClientInvoice fixture (every field populated, from the model test jar) that
 * the benchmarks decode and serve.
 */
final class Fixture {
  static final String RESOURCE = "/app/wingspan/model/client-invoice-full.json";

  private Fixture() {}

  static byte[] clientInvoiceBytes() {
    try (InputStream in = Fixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark fixture " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
