package app.wingspan.server.store;

import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Splits every stored invoice document into its content, written once into {@code
 * invoice_contents}, and its state, which stays on the small {@code invoices} row that every change
 * rewrites (see {@link InvoiceRow}); it reads its own frozen list of the state's members. A PATCH
 * used to rewrite the whole ~2 KB document for a change of a few fields.
 *
 * <p>In Java rather than SQL so both parts keep the server's own formatting: each document is split
 * as a Jackson tree, which keeps member order and number text, and written back compactly by the
 * server's mapper, byte for byte what the server writes for a new invoice. (jsonb would reorder the
 * members and reformat the text.)
 */
public final class V5__Invoice_state_apart_from_content extends BaseJavaMigration {
  private static final int BATCH = 500;

  /**
   * The members moved into {@code state}, as they were when this migration was written. A frozen
   * copy: a past migration must do tomorrow what it did the day it shipped, whatever the live list
   * ({@link InvoiceDocuments#STATE_FIELDS}) becomes.
   */
  private static final List<String> STATE_FIELDS =
      List.of(
          "status",
          "events",
          "invoiceNumber",
          "creditFeeHandling",
          "processingFees",
          "chargedFees",
          "paymentInfo",
          "updatedAt");

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          // Part of its invoice: goes when the invoice goes.
          "create table invoice_contents (invoice_id text primary key"
              + " references invoices (id) on delete cascade, content json not null)");
      ddl.execute("alter table invoices add column state json");
    }
    ObjectMapper json = ServerJson.mapper();
    try (Statement read = connection.createStatement();
        PreparedStatement content =
            connection.prepareStatement(
                "insert into invoice_contents (invoice_id, content) values (?, cast(? as json))");
        PreparedStatement state =
            connection.prepareStatement(
                "update invoices set state = cast(? as json) where id = ?")) {
      read.setFetchSize(BATCH); // a cursor: Flyway runs this migration in a transaction
      int pending = 0;
      try (ResultSet rs = read.executeQuery("select id, document::text from invoices")) {
        while (rs.next()) {
          String id = rs.getString(1);
          String[] parts = split(json, id, rs.getString(2));
          content.setString(1, id);
          content.setString(2, parts[0]);
          content.addBatch();
          state.setString(1, parts[1]);
          state.setString(2, id);
          state.addBatch();
          if (++pending == BATCH) {
            content.executeBatch();
            state.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        content.executeBatch();
        state.executeBatch();
      }
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table invoices alter column state set not null");
      ddl.execute("alter table invoices drop column document");
    }
  }

  /**
   * {content, state} of one stored document, as the server writes them for a new invoice (a test
   * holds the two together).
   *
   * @throws SQLException when the document is not a JSON object
   */
  public static String[] split(ObjectMapper json, String id, String document)
      throws IOException, SQLException {
    JsonNode tree = json.readTree(document);
    if (!(tree instanceof ObjectNode content)) {
      throw new SQLException("stored invoice " + id + " is not a JSON object; not migrated");
    }
    ObjectNode state = json.createObjectNode();
    for (String field : STATE_FIELDS) {
      JsonNode value = content.remove(field);
      if (value != null) {
        state.set(field, value);
      }
    }
    return new String[] {json.writeValueAsString(content), json.writeValueAsString(state)};
  }
}
