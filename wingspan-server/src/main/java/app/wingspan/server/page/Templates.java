package app.wingspan.server.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The page's Mustache templates (compiled once, at start) and its style sheet. One template per
 * page, each rendered both for the browser and for the PDF: the scope says which ({@code page} is
 * true only in the browser, where the pay form and the links belong).
 */
final class Templates {
  static final String ROOT = "app/wingspan/server/page/";

  private final Mustache invoice;
  private final Mustache receipt;
  private final Mustache notFound;
  private final String css;
  private final String fingerprint;

  Templates() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory(ROOT);
    invoice = factory.compile("invoice.mustache");
    receipt = factory.compile("receipt.mustache");
    notFound = factory.compile("not-found.mustache");
    css = new String(resource("page.css"), StandardCharsets.UTF_8);
    fingerprint = fingerprint("page.css", "head.mustache", "invoice.mustache", "receipt.mustache");
  }

  /**
   * A short hash of the templates and the style sheet: part of a PDF's ETag, so a server with other
   * templates does not answer 304 for a PDF it would render differently.
   */
  String fingerprint() {
    return fingerprint;
  }

  private static String fingerprint(String... names) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : names) {
        digest.update(resource(name));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  String invoice(Map<String, Object> scope) {
    return render(invoice, scope);
  }

  String receipt(Map<String, Object> scope) {
    return render(receipt, scope);
  }

  /** The page of a link that opens nothing: the same for every such link. */
  String notFound(String nonce) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("title", "Link not found");
    scope.put("nonce", nonce);
    return render(notFound, scope);
  }

  private String render(Mustache template, Map<String, Object> scope) {
    Map<String, Object> full = new HashMap<>(scope);
    full.put("css", css);
    StringWriter out = new StringWriter(8 * 1024);
    template.execute(out, full);
    return out.toString();
  }

  static byte[] resource(String name) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + ROOT + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
