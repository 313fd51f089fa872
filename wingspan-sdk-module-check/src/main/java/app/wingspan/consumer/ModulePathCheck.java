package app.wingspan.consumer;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.WingspanJson;
import app.wingspan.sdk.GetClientInvoiceResponse;
import app.wingspan.sdk.NotFoundException;
import app.wingspan.sdk.Wingspan;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What a user's module does with the SDK, against a local server: a call decoded into the model's
 * records (Jackson reaching them through the model's {@code opens}), an error mapped to its
 * exception, and the model's readers. Exits non-zero (failing the build) if anything does not work
 * on the module path, or if the model carries more than its public package.
 */
public final class ModulePathCheck {

  private ModulePathCheck() {}

  public static void main(String[] args) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean known = exchange.getRequestURI().getPath().endsWith("/inv-1");
          byte[] body =
              (known
                      ? "{\"invoiceId\":\"inv-1\",\"status\":\"Open\",\"amount\":12.50}"
                      : "{\"status\":404,\"code\":\"NOT_FOUND\",\"detail\":\"no such invoice\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange
              .getResponseHeaders()
              .add("Content-Type", known ? "application/json" : "application/problem+json");
          exchange.sendResponseHeaders(known ? 200 : 404, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try (Wingspan sdk =
        Wingspan.builder()
            .serverURL("http://127.0.0.1:" + server.getAddress().getPort())
            .bearerAuth("module-path-token")
            .build()) {
      GetClientInvoiceResponse got = sdk.clientInvoice().get("inv-1");
      ClientInvoice invoice = got.clientInvoice().orElseThrow();
      check("status Open", String.valueOf(invoice.status()).equals("Open"));
      check("amount 12.50", invoice.amount().toPlainString().equals("12.50"));
      try {
        sdk.clientInvoice().get("inv-2");
        check("a 404 throws", false);
      } catch (NotFoundException e) {
        check("404 code", e.errorCode().orElse("").equals("NOT_FOUND"));
      }
      ClientInvoice read =
          WingspanJson.readerFor(ClientInvoice.class).readValue("{\"invoiceId\":\"x\",\"new\":1}");
      check("lenient reader", read.invoiceId().equals("x"));
    } finally {
      server.stop(0);
    }
    Module model = ClientInvoice.class.getModule();
    check(
        "wingspan.model is a named module",
        model.isNamed() && model.getName().equals("wingspan.model"));
    check(
        "the model carries only its public package",
        model.getPackages().equals(java.util.Set.of("app.wingspan.model")));
    check("sdk is a named module", Wingspan.class.getModule().getName().equals("wingspan.sdk"));
    System.out.println(
        "module path check passed: "
            + Wingspan.class.getModule().getDescriptor().toNameAndVersion()
            + " with "
            + model.getDescriptor().toNameAndVersion());
  }

  private static void check(String what, boolean ok) {
    if (!ok) {
      System.err.println("module path check failed: " + what);
      System.exit(1);
    }
  }
}
