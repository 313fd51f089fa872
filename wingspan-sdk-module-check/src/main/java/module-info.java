/** A user's application on the module path: it requires the SDK and nothing else of ours. */
module app.wingspan.consumer {
  requires wingspan.sdk;
  requires jdk.httpserver;
}
