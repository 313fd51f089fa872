package app.wingspan.server.http;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceAttachments;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The links an invoice's {@code attachments} carry on the way out (its page, its PDF, its receipt):
 * they name this server's public URL, which may change between starts, so they are added to each
 * answer rather than stored in the document.
 */
public interface AttachmentLinks {

  /** The attachments of an invoice in {@code status} (its wire value), if it has any. */
  Optional<InvoiceAttachments> attachments(String invoiceId, String status);

  /** Gives the invoice a new page link; the old one opens nothing from now on. */
  void rotate(String invoiceId);

  /** No attachments on any invoice (a server without the invoice page). */
  static AttachmentLinks none() {
    return new AttachmentLinks() {
      @Override
      public Optional<InvoiceAttachments> attachments(String invoiceId, String status) {
        return Optional.empty();
      }

      @Override
      public void rotate(String invoiceId) {
        throw new UnsupportedOperationException("this server has no invoice page");
      }
    };
  }

  /**
   * Each invoice with its attachments (a page of a list: implementations may look links up at
   * once).
   */
  default java.util.List<ClientInvoice> attachAll(java.util.List<ClientInvoice> invoices) {
    return invoices.stream().map(this::attach).toList();
  }

  /** {@code invoice} with its attachments. */
  default ClientInvoice attach(ClientInvoice invoice) {
    String status = invoice.status() == null ? null : invoice.status().value();
    return attachments(invoice.invoiceId(), status)
        .map(found -> invoice.toBuilder().attachments(found).build())
        .orElse(invoice);
  }

  /**
   * The wire bytes of an invoice with its attachments: the members of {@code json} (one object, as
   * this server wrote it, without {@code attachments}) and then {@code attachments}, spliced as
   * text.
   */
  default byte[] attach(String invoiceId, byte[] json) {
    Optional<InvoiceAttachments> found = attachments(invoiceId, Splice.status(json));
    if (found.isEmpty()) {
      return json;
    }
    return Splice.append(json, found.get());
  }

  /** The text work of {@link #attach(String, byte[])}. */
  final class Splice {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] MEMBER =
        ",\"attachments\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Splice() {}

    /** The top-level {@code status} of an invoice document, or null. */
    static String status(byte[] json) {
      try (JsonParser parser = JSON.createParser(json)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("status") && value == JsonToken.VALUE_STRING) {
            return parser.getText();
          }
          parser.skipChildren();
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("invoice document is not readable", e);
      }
    }

    static byte[] append(byte[] json, InvoiceAttachments attachments) {
      byte[] value;
      try {
        value = ServerJson.mapper().writeValueAsBytes(attachments);
      } catch (IOException e) {
        throw new UncheckedIOException("attachments not serialisable", e);
      }
      int end = json.length - 1;
      while (end > 0 && json[end] != '}') {
        end--;
      }
      byte[] out = new byte[end + MEMBER.length + value.length + 1];
      System.arraycopy(json, 0, out, 0, end);
      System.arraycopy(MEMBER, 0, out, end, MEMBER.length);
      System.arraycopy(value, 0, out, end + MEMBER.length, value.length);
      out[out.length - 1] = '}';
      return out;
    }
  }
}
