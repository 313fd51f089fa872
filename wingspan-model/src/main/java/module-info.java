/**
 * Wingspan's client-invoice wire model: the request and response records, their enums, and {@link
 * app.wingspan.model.WingspanJson}'s readers, writers and mapper factories. Nothing else: the
 * server's own mappers live in the server.
 */
module wingspan.model {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.openapitools.jackson.nullable;

  exports app.wingspan.model;

  // Jackson reads and writes the records reflectively.
  opens app.wingspan.model to
      com.fasterxml.jackson.databind;
}
