package app.wingspan.server.webhook;

/**
 * A webhook URL, or an address its host resolves to, is not one deliveries may go to. The message
 * names the rule and the host or address, never the URL's path or query (which may carry the
 * integrator's own tokens).
 */
public final class EndpointRefusedException extends RuntimeException {

  EndpointRefusedException(String message) {
    super(message);
  }
}
