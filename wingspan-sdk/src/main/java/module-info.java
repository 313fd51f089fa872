/**
 * The Wingspan Java SDK: start at {@link app.wingspan.sdk.Wingspan#builder()}. Requires {@code
 * java.net.http} and the wire model, {@code wingspan.model}, for its callers too.
 */
module wingspan.sdk {
  requires transitive java.net.http;
  requires transitive wingspan.model;

  exports app.wingspan.sdk;
}
