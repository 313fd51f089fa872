package app.wingspan.server.page;

import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.server.page.PayerDesk.PayOutcome;
import app.wingspan.server.page.PayerDesk.PayerInvoice;
import app.wingspan.server.store.PageLinkStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The invoice page a payer opens from {@code attachments.invoiceLink}, its PDFs, and paying from
 * it. Routes ({@code token} is the link's): {@code GET /i/{token}} the page, {@code POST
 * /i/{token}/pay} the pay form, {@code GET /i/{token}/invoice.pdf} and {@code
 * /i/{token}/receipt.pdf}. A link that opens nothing answers the same 404 page whatever the reason.
 */
public final class InvoicePage {
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  private final InvoiceLinks links;
  private final PayerDesk desk;
  private final Clock clock;
  private final Templates templates = new Templates();
  private final Pdfs pdfs = new Pdfs();
  private final Csrf csrf;

  public InvoicePage(InvoiceLinks links, PayerDesk desk, Clock clock) {
    this.links = links;
    this.desk = desk;
    this.clock = clock;
    this.csrf = new Csrf(links.publicUrl());
  }

  /**
   * Registers the page's routes; {@code page} is null until the server's database side is up (the
   * page then answers 503).
   */
  public static void routes(RoutesConfig routes, Supplier<InvoicePage> page) {
    String base = InvoiceLinks.PAGE_PATH + "{token}";
    getAndHead(routes, base, ctx -> ready(ctx, page).show(ctx));
    routes.post(base + "/pay", ctx -> ready(ctx, page).pay(ctx));
    getAndHead(routes, base + "/invoice.pdf", ctx -> ready(ctx, page).pdf(ctx, Pdfs.Kind.INVOICE));
    getAndHead(routes, base + "/receipt.pdf", ctx -> ready(ctx, page).pdf(ctx, Pdfs.Kind.RECEIPT));
  }

  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  private static InvoicePage ready(Context ctx, Supplier<InvoicePage> page) {
    InvoicePage current = page.get();
    if (current == null) {
      ctx.header("Retry-After", "1");
      throw new io.javalin.http.HttpResponseException(503, "the server is starting");
    }
    return current;
  }

  /** Forgets cached links and PDFs (for an embedding that empties the database behind us). */
  public void forget() {
    links.forget();
    pdfs.forget();
  }

  private record Opened(String token, PageLinkStore.Opened link, PayerInvoice seen) {}

  /** The invoice the request's token opens, or empty (a Draft opens nothing either). */
  private Optional<Opened> open(Context ctx) {
    String token = ctx.pathParam("token");
    return links
        .open(token)
        .flatMap(
            link ->
                desk.find(link.invoiceId(), link.clientId())
                    .filter(seen -> !InvoiceStatus.DRAFT.equals(seen.invoice().status()))
                    .map(seen -> new Opened(token, link, seen)));
  }

  void show(Context ctx) {
    String nonce = Headers.secure(ctx);
    Optional<Opened> opened = open(ctx);
    if (opened.isEmpty()) {
      notFound(ctx, nonce);
      return;
    }
    Opened o = opened.get();
    if (ctx.method() == io.javalin.http.HandlerType.GET && !viewed(o.seen())) {
      desk.recordViewed(o.link().invoiceId(), o.link().clientId());
    }
    html(ctx, 200, page(ctx, o, nonce, null));
  }

  void pay(Context ctx) {
    String nonce = Headers.secure(ctx);
    Optional<Opened> opened = open(ctx);
    if (opened.isEmpty()) {
      notFound(ctx, nonce);
      return;
    }
    Opened o = opened.get();
    if (!csrf.accepts(ctx)) {
      html(
          ctx,
          403,
          page(
              ctx,
              o,
              nonce,
              "This form could not be accepted (it did not come from this page, or it expired)."
                  + " Reload the page and try again."));
      return;
    }
    String key = ctx.formParam("idempotencyKey");
    String method = ctx.formParam("method");
    String refusal = null;
    int status = 200;
    PayRequest request = null;
    if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
      refusal = "The form is incomplete. Reload the page and try again.";
      status = 400;
    } else if ("card".equals(method) && present(ctx.formParam("paymentMethodId"))) {
      request = new PayRequest(null, JsonNullable.of(ctx.formParam("paymentMethodId")), null);
    } else if ("bank".equals(method) && present(ctx.formParam("accountId"))) {
      request = new PayRequest(JsonNullable.of(ctx.formParam("accountId")), null, null);
    } else {
      refusal = "Choose a card or a bank account to pay with.";
      status = 400;
    }
    if (request != null) {
      PayOutcome outcome = desk.pay(o.link().invoiceId(), o.link().clientId(), request, key);
      if (outcome.accepted()) {
        // Post/redirect/get: a reload shows the page, it does not post again.
        ctx.status(303);
        ctx.header("Location", links.pagePath(o.token()));
        return;
      }
      refusal = outcome.refusal();
      status = outcome.status();
    }
    // The invoice may have changed (a declined card is recorded on it): show it as it is now.
    Opened now = open(ctx).orElse(o);
    html(ctx, status, page(ctx, now, nonce, refusal));
  }

  void pdf(Context ctx, Pdfs.Kind kind) {
    String nonce = Headers.secure(ctx);
    Optional<Opened> opened = open(ctx);
    boolean receipt = kind == Pdfs.Kind.RECEIPT;
    if (opened.isEmpty()
        || (receipt
            && (opened.get().seen().receipt() == null
                || !InvoiceStatus.PAID.equals(opened.get().seen().invoice().status())))) {
      notFound(ctx, nonce);
      return;
    }
    PayerInvoice seen = opened.get().seen();
    String invoiceId = seen.invoice().invoiceId();
    LocalDate today = today();
    // An overdue invoice reads differently each day (days overdue): the day is part of its version.
    boolean overdue = InvoiceStatus.OVERDUE.equals(seen.invoice().status());
    String version = seen.version() + (overdue ? "." + today : "");
    String etag = "\"" + (receipt ? "r" : "i") + version + "-" + templates.fingerprint() + "\"";
    Headers.pdf(ctx);
    ctx.header("ETag", etag);
    String number = fileSafe(PageModel.numberOf(seen.invoice()));
    ctx.header(
        "Content-Disposition",
        "inline; filename=\"" + (receipt ? "receipt-" : "invoice-") + number + ".pdf\"");
    if (etagMatches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    byte[] pdf = render(seen, kind, version, today);
    ctx.status(200);
    ctx.contentType("application/pdf");
    ctx.result(pdf);
  }

  /** Renders (or finds rendered) {@code seen}'s invoice or receipt PDF for {@code version}. */
  private byte[] render(PayerInvoice seen, Pdfs.Kind kind, String version, LocalDate today) {
    Map<String, Object> scope = PageModel.invoice(seen, today);
    scope.put("testMode", desk.testMode());
    return pdfs.pdf(
        seen.invoice().invoiceId(),
        version,
        kind,
        () -> kind == Pdfs.Kind.RECEIPT ? templates.receipt(scope) : templates.invoice(scope));
  }

  /**
   * The invoice PDF ({@code receipt} false) or the receipt PDF of the client's invoice as the
   * client sees it now, the same bytes its link serves: for the emails that attach it. Empty when
   * the invoice is not there or has no such PDF (a receipt before it is Paid).
   */
  public Optional<byte[]> pdf(String invoiceId, String clientId, boolean receipt) {
    Optional<PayerInvoice> found = desk.find(invoiceId, clientId);
    if (found.isEmpty()
        || (receipt
            && (found.get().receipt() == null
                || !InvoiceStatus.PAID.equals(found.get().invoice().status())))) {
      return Optional.empty();
    }
    PayerInvoice seen = found.get();
    LocalDate today = today();
    boolean overdue = InvoiceStatus.OVERDUE.equals(seen.invoice().status());
    String version = seen.version() + (overdue ? "." + today : "");
    return Optional.of(
        render(seen, receipt ? Pdfs.Kind.RECEIPT : Pdfs.Kind.INVOICE, version, today));
  }

  /** The links of this server's pages. */
  public InvoiceLinks links() {
    return links;
  }

  /** The invoice page's HTML, with the pay form when it can be paid here. */
  private String page(Context ctx, Opened o, String nonce, String refusal) {
    Map<String, Object> scope = PageModel.invoice(o.seen(), today());
    boolean payable =
        Boolean.TRUE.equals(scope.get("payable")) && desk.paymentsEnabled() && desk.testMode();
    scope.put("page", true);
    scope.put("payable", payable);
    scope.put("nonce", nonce);
    scope.put("testMode", desk.testMode());
    scope.put("refusal", refusal);
    String path = links.pagePath(o.token());
    scope.put("payAction", path + "/pay");
    scope.put("invoicePdf", path + "/invoice.pdf");
    if (scope.get("receipt") != null) {
      scope.put("receiptPdf", path + "/receipt.pdf");
    }
    if (payable) {
      scope.put("csrf", csrf.issue(ctx));
      scope.put("idempotencyKey", Csrf.randomToken());
      scope.put("testCards", PageModel.TEST_CARDS);
      scope.put("testAccounts", PageModel.TEST_ACCOUNTS);
    }
    return templates.invoice(scope);
  }

  private void notFound(Context ctx, String nonce) {
    html(ctx, 404, templates.notFound(nonce));
  }

  private static void html(Context ctx, int status, String html) {
    ctx.status(status);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html.getBytes(StandardCharsets.UTF_8));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** True once the invoice records a view (the desk checks again under a lock before writing). */
  private static boolean viewed(PayerInvoice seen) {
    var events = seen.invoice().events();
    return events != null && events.emailViewedAt() != null && !events.emailViewedAt().isEmpty();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  static boolean etagMatches(String header, String etag) {
    if (header == null) {
      return false;
    }
    for (String tag : header.split(",")) {
      String t = tag.trim();
      if (t.startsWith("W/")) {
        t = t.substring(2); // If-None-Match compares weakly (RFC 9110)
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static String fileSafe(String text) {
    String safe = text.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.length() > 64 ? safe.substring(0, 64) : safe;
  }
}
