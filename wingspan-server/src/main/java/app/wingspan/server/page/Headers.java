package app.wingspan.server.page;

import io.javalin.http.Context;

/**
 * The headers every answer of the page carries. The link's token is in the URL, so nothing may leak
 * it: no Referer, no caching of the page, no framing, no other origin loaded; styles only with this
 * response's nonce, no script at all.
 */
final class Headers {
  private Headers() {}

  /**
   * Sets the page's security headers with a fresh style nonce.
   *
   * @return the nonce the page's {@code <style>} must carry
   */
  static String secure(Context ctx) {
    String nonce = Csrf.randomToken();
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'nonce-"
            + nonce
            + "'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    return nonce;
  }

  /**
   * A PDF may be kept by the payer's browser and revalidated (ETag, 304), never by a shared cache.
   */
  static void pdf(Context ctx) {
    ctx.header("Cache-Control", "private, no-cache");
  }
}
