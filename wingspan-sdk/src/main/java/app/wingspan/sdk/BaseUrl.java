package app.wingspan.sdk;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The server's base URL, checked once, to which operation paths are appended. A base path is kept
 * ({@code http://host/api/} + {@code /payments/...} = {@code http://host/api/payments/...}), and
 * trailing slashes never double up.
 */
final class BaseUrl {

  private final String prefix;
  private final String authority;

  private BaseUrl(String prefix, String authority) {
    this.prefix = prefix;
    this.authority = authority;
  }

  static BaseUrl of(String url) {
    Objects.requireNonNull(url, "serverURL");
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("serverURL is not a valid URL: " + e.getMessage(), null);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "serverURL must be an absolute http or https URL, was '" + url + "'");
    }
    if (uri.getRawUserInfo() != null) {
      // Credentials in a URL end up in logs and toString(); bearerAuth is the one place for them.
      throw new IllegalArgumentException(
          "serverURL must not contain user info; use bearerAuth(...)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("serverURL must name a host, was '" + url + "'");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "serverURL must not have a query or fragment, was '" + url + "'");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new BaseUrl(scheme + "://" + uri.getRawAuthority() + path, uri.getRawAuthority());
  }

  /**
   * The URL of an operation.
   *
   * @param path already encoded, starting with {@code /}
   * @param query already encoded, without {@code ?}, or null
   */
  URI resolve(String path, String query) {
    return URI.create(prefix + path + (query == null || query.isEmpty() ? "" : "?" + query));
  }

  /** Whether the server is reached without TLS. */
  boolean plainHttp() {
    return prefix.startsWith("http:");
  }

  /** Host and port as configured, for messages about connections. */
  String authority() {
    return authority;
  }

  @Override
  public String toString() {
    return prefix;
  }
}
