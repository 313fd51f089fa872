package app.wingspan.server;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.internal.ServerJson;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.store.InvoiceRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored invoice document and the bytes sent for it: decoding and encoding with the shared
 * mapper, and sending the stored text as it is where nothing about it changes on the way out.
 */
final class InvoiceDocuments {
  private static final ObjectMapper JSON = ServerJson.mapper();

  private InvoiceDocuments() {}

  static ClientInvoice decode(String document) {
    try {
      return JSON.readValue(document, ClientInvoice.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored invoice document is not readable", e);
    }
  }

  static String encode(ClientInvoice invoice) {
    try {
      return JSON.writeValueAsString(invoice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }

  static byte[] encodeBytes(ClientInvoice invoice) {
    try {
      return JSON.writeValueAsBytes(invoice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invoice not serialisable", e);
    }
  }

  /** The row of {@code row}'s next version, holding {@code next} as written at {@code now}. */
  static InvoiceRow nextVersion(InvoiceRow row, ClientInvoice next, Instant now) {
    return new InvoiceRow(
        row.id(),
        row.clientId(),
        row.memberId(),
        next.status().value(),
        row.version() + 1,
        row.dueDate(),
        row.createdAt(),
        now,
        encode(next));
  }

  static Address decodeAddress(String json) {
    try {
      return JSON.readValue(json, Address.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored address is not readable", e);
    }
  }

  /**
   * The wire bytes of a stored document as seen {@code today}. Only an Open invoice past its due
   * date reads differently from how it is stored; every other document is sent as stored (the
   * server wrote it with the same mapper, so the bytes equal a decode and re-encode), which spares
   * decoding and encoding on most reads. The column's json type guarantees well-formed JSON; a
   * document that is not an object was not written by this server and takes the decoding path,
   * which refuses it (a 500, not garbage on the wire).
   */
  static byte[] wireBytes(
      InvoiceRules rules, String status, LocalDate dueDate, String document, LocalDate today) {
    if (InvoiceStatus.OPEN.value().equals(status) && dueDate.isBefore(today)
        || !isObject(document)) {
      return encodeBytes(rules.asSeen(decode(document), today));
    }
    return document.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean isObject(String document) {
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{';
      }
    }
    return false;
  }
}
