package app.wingspan.sdk;

import java.net.URI;

/**
 * Wingspan's hosted environments. Pass one to {@link Wingspan.Builder#server(Server)}, or any other
 * base URL (for example a local wingspan-server) to {@link Wingspan.Builder#serverURL(String)}.
 */
public enum Server {
  /** Wingspan's Payments API in production: {@code https://api.wingspan.app}. The default. */
  PROD("https://api.wingspan.app"),
  /** Wingspan's Payments API in staging: {@code https://stagingapi.wingspan.app}. */
  STAGING("https://stagingapi.wingspan.app");

  private final URI url;

  Server(String url) {
    this.url = URI.create(url);
  }

  /**
   * The base URL of this environment.
   *
   * @return the base URL, without a trailing slash
   */
  public URI url() {
    return url;
  }
}
