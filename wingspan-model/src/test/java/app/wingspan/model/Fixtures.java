package app.wingspan.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The full ClientInvoice fixture, and edits of it, so every test starts from a contract-valid
 * invoice.
 */
final class Fixtures {
  static final String FULL_INVOICE = "/app/wingspan/model/client-invoice-full.json";

  private Fixtures() {}

  static String fullInvoiceText() {
    try (InputStream in = Fixtures.class.getResourceAsStream(FULL_INVOICE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh, mutable tree of the fixture. */
  static JsonNode fullInvoice() {
    return WireSchema.tree(fullInvoiceText());
  }

  /** The fixture with the value at a JSON pointer replaced (or added, for an object member). */
  static JsonNode fullInvoiceWith(String pointer, JsonNode value) {
    JsonNode root = fullInvoice();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(at.last().getMatchingProperty()), value);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
    }
    return root;
  }

  /** The fixture with an object member removed. */
  static JsonNode fullInvoiceWithout(String pointer) {
    JsonNode root = fullInvoice();
    JsonPointer at = JsonPointer.compile(pointer);
    ((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty());
    return root;
  }
}
