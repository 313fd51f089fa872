package app.wingspan.server.page;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceAttachments;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.http.AttachmentLinks;
import app.wingspan.server.store.PageLinkStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The links of invoice pages: a link's token is a capability for one invoice, derived as
 * HMAC-SHA-256(page link key, invoice id, the invoice's 128-bit random nonce) and written base64url
 * (43 characters). The token is never stored: the database keeps the nonce and the token's SHA-256,
 * which is what a request's token is looked up by. Every answer can therefore carry the same link
 * without the link being kept anywhere; rotating replaces the nonce.
 */
public final class InvoiceLinks implements AttachmentLinks {
  /** The path every page lives under; the token is its next segment. */
  public static final String PAGE_PATH = "/i/";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /**
   * Tokens of invoices answered recently. Rotation elsewhere (another replica) shows here within
   * this time; opening a page always asks the database, so a stale entry can only advertise a link
   * that answers 404, never open one.
   */
  private static final Duration REMEMBER = Duration.ofSeconds(30);

  private final PageLinkStore store;
  private final byte[] key;
  private final String publicUrl;
  private final Clock clock;
  private final Cache<String, String> tokens =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(REMEMBER).build();

  /**
   * @param key the page link key (at least 32 bytes)
   * @param publicUrl the server's public base URL, without a trailing slash
   */
  public InvoiceLinks(PageLinkStore store, byte[] key, String publicUrl, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the page link key must be at least 32 bytes");
    }
    this.store = store;
    this.key = key.clone();
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** The server's public base URL, without a trailing slash. */
  public String publicUrl() {
    return publicUrl;
  }

  /**
   * The attachments an invoice in {@code status} carries: none for a Draft, the page and the PDF
   * once sent, the receipt too once Paid. The invoice gets its link the first time it needs one.
   */
  @Override
  public Optional<InvoiceAttachments> attachments(String invoiceId, String status) {
    if (status == null || InvoiceStatus.DRAFT.value().equals(status)) {
      return Optional.empty();
    }
    String page = pageUrl(tokenOf(invoiceId));
    String receipt = InvoiceStatus.PAID.value().equals(status) ? page + "/receipt.pdf" : null;
    return Optional.of(new InvoiceAttachments(null, null, page, page + "/invoice.pdf", receipt));
  }

  /** Looks up at once the links of a list's sent invoices not remembered, then attaches. */
  @Override
  public List<ClientInvoice> attachAll(List<ClientInvoice> invoices) {
    List<String> unknown = new ArrayList<>();
    for (ClientInvoice invoice : invoices) {
      if (invoice.status() != null
          && !InvoiceStatus.DRAFT.equals(invoice.status())
          && tokens.getIfPresent(invoice.invoiceId()) == null) {
        unknown.add(invoice.invoiceId());
      }
    }
    if (!unknown.isEmpty()) {
      for (PageLinkStore.Link link : store.findAll(unknown)) {
        tokens.put(link.invoiceId(), derive(link.invoiceId(), link.nonce()));
      }
    }
    return AttachmentLinks.super.attachAll(invoices);
  }

  /** Gives the invoice a new link; the old one opens nothing from now on. */
  @Override
  public void rotate(String invoiceId) {
    byte[] nonce = nonce();
    String token = derive(invoiceId, nonce);
    store.replace(invoiceId, nonce, hash(token), clock.instant());
    tokens.put(invoiceId, token);
  }

  /** The invoice (and its client) {@code token} opens, if any. */
  Optional<PageLinkStore.Opened> open(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return store.open(hash(token));
  }

  /** Forgets the remembered tokens (for an embedding that empties the database behind us). */
  public void forget() {
    tokens.invalidateAll();
  }

  String pageUrl(String token) {
    return publicUrl + PAGE_PATH + token;
  }

  /**
   * The page's path as the browser sees it: the public URL's path (a proxy's prefix), then {@code
   * /i/} and the token. Links within the page use it, so they work on any host name it is reached
   * by.
   */
  String pagePath(String token) {
    String prefix = java.net.URI.create(publicUrl).getRawPath();
    return (prefix == null ? "" : prefix) + PAGE_PATH + token;
  }

  private String tokenOf(String invoiceId) {
    return tokens.get(
        invoiceId,
        id -> {
          PageLinkStore.Link link =
              store
                  .find(id)
                  .orElseGet(
                      () -> {
                        byte[] nonce = nonce();
                        return store.insertIfAbsent(
                            id, nonce, hash(derive(id, nonce)), clock.instant());
                      });
          return derive(id, link.nonce());
        });
  }

  private static byte[] nonce() {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  private String derive(String invoiceId, byte[] nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(invoiceId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(nonce);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
