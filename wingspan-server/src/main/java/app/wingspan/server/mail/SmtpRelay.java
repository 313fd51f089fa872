package app.wingspan.server.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The SMTP relay mail leaves through, read from {@code --smtp-url}.
 *
 * <ul>
 *   <li>{@code smtp://[user@]host[:port]}: STARTTLS, required (port 587 by default);
 *   <li>{@code smtps://[user@]host[:port]}: TLS from the first byte (port 465 by default);
 *   <li>{@code smtp://host:port?starttls=off}: no TLS at all, for a relay on the same host or in
 *       tests.
 * </ul>
 *
 * The password never appears in the URL (a URL is printed, pasted, logged): it comes from {@code
 * WINGSPAN_SMTP_PASSWORD}, and {@link #toString()} does not show it.
 *
 * @param host the relay's host name or address
 * @param port its port
 * @param security how the connection is protected
 * @param username the user to authenticate as, or null for none
 * @param password that user's password, or null
 */
public record SmtpRelay(
    String host, int port, Security security, String username, String password) {

  /** How the connection to the relay is protected. */
  public enum Security {
    /** Plain text: only for a relay on the same host, or tests. */
    NONE,
    /** STARTTLS, required: the send fails rather than go on in plain text. */
    STARTTLS,
    /** TLS from the first byte (SMTPS). */
    TLS
  }

  public SmtpRelay {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SMTP URL needs a host");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("SMTP port must be between 1 and 65535, not " + port);
    }
    if (username == null && password != null) {
      throw new IllegalArgumentException(
          "an SMTP password is set but the SMTP URL names no user (smtp://user@host:port)");
    }
  }

  /**
   * Reads {@code url} ({@code smtp://}, {@code smtps://}), with {@code password} from the
   * environment.
   *
   * @throws IllegalArgumentException naming what is wrong; the message never repeats a password
   */
  public static SmtpRelay parse(String url, String password) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "SMTP URL must look like smtp://user@host:587 or smtps://user@host:465");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      throw new IllegalArgumentException(
          "put the SMTP password in WINGSPAN_SMTP_PASSWORD, not in the SMTP URL");
    }
    String query = uri.getQuery() == null ? "" : uri.getQuery();
    Security security;
    int defaultPort;
    switch (scheme) {
      case "smtp" -> {
        if (query.isEmpty()) {
          security = Security.STARTTLS;
        } else if (query.equals("starttls=off")) {
          security = Security.NONE;
        } else {
          throw new IllegalArgumentException(
              "the only SMTP URL option is ?starttls=off, not ?" + query);
        }
        defaultPort = 587;
      }
      case "smtps" -> {
        if (!query.isEmpty()) {
          throw new IllegalArgumentException("an smtps:// URL takes no options, not ?" + query);
        }
        security = Security.TLS;
        defaultPort = 465;
      }
      default ->
          throw new IllegalArgumentException(
              "SMTP URL must start with smtp:// or smtps://, not '" + scheme + "://'");
    }
    String user = userInfo == null || userInfo.isEmpty() ? null : uri.getUserInfo();
    String secret = password == null || password.isEmpty() ? null : password;
    return new SmtpRelay(
        uri.getHost(), uri.getPort() < 0 ? defaultPort : uri.getPort(), security, user, secret);
  }

  @Override
  public String toString() {
    return (security == Security.TLS ? "smtps://" : "smtp://")
        + (username == null ? "" : username + (password == null ? "" : ":***") + "@")
        + host
        + ":"
        + port
        + (security == Security.NONE ? "?starttls=off" : "");
  }
}
