package app.wingspan.server.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Cross-site posting of the pay form is refused three ways: the form carries a random value that
 * must equal a {@code SameSite=Strict} cookie (which a browser never sends on a cross-site post),
 * and a browser's {@code Sec-Fetch-Site} and {@code Origin}, when sent, must say the post came from
 * this site.
 */
final class Csrf {
  static final String COOKIE = "wingspan_page_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{22}");

  private final boolean secureCookie;
  private final String publicOrigin;

  /**
   * @param publicUrl the server's public base URL: its origin is the one a post may come from
   *     (besides the origin of the Host the request names)
   */
  Csrf(String publicUrl) {
    this.secureCookie = publicUrl.startsWith("https:");
    java.net.URI uri = java.net.URI.create(publicUrl);
    this.publicOrigin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** 128 random bits, base64url (22 characters). */
  static String randomToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The value the form must send back: the browser's cookie, or a new one set now. */
  String issue(Context ctx) {
    String current = ctx.cookie(COOKIE);
    if (current != null && VALUE.matcher(current).matches()) {
      return current;
    }
    String value = randomToken();
    ctx.header(
        "Set-Cookie",
        COOKIE
            + "="
            + value
            + "; Path="
            + InvoiceLinks.PAGE_PATH
            + "; HttpOnly; SameSite=Strict"
            + (secureCookie ? "; Secure" : ""));
    return value;
  }

  /** True when the post came from this site's page. */
  boolean accepts(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    String origin = ctx.header("Origin");
    if (site != null) {
      if (!site.equals("same-origin") && !site.equals("none")) {
        return false;
      }
    } else if (origin != null && !origin.equals("null")) {
      // Without Sec-Fetch-Site (an older browser), a named origin must be ours. The page's
      // Referrer-Policy: no-referrer makes browsers send "Origin: null" on its own posts.
      String host = ctx.header("Host");
      if (!origin.equals(publicOrigin) && (host == null || !origin.endsWith("://" + host))) {
        return false;
      }
    }
    String cookie = ctx.cookie(COOKIE);
    String form = ctx.formParam("csrf");
    return cookie != null
        && form != null
        && VALUE.matcher(cookie).matches()
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.US_ASCII), form.getBytes(StandardCharsets.US_ASCII));
  }
}
