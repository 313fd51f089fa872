package app.wingspan.bench;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.sdk.CreateClientInvoiceResponse;
import app.wingspan.sdk.Wingspan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Creates the invoices bench/run loads, through the SDK against a running server, and prints one
 * "invoiceId etag" line per invoice for the wrk scripts. Eight creates at a time: one at a time,
 * thousands of them took a minute and a half of a bench run on a busy machine.
 *
 * <p>Usage: {@code Seed <serverURL> <client token> <member id> <count>}
 */
public final class Seed {
  private Seed() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: Seed <serverURL> <client token> <member id> <count>");
      System.exit(2);
    }
    Wingspan sdk = Wingspan.builder().serverURL(args[0]).bearerAuth(args[1]).build();
    String memberId = args[2];
    int count = Integer.parseInt(args[3]);
    String dueDate = LocalDate.now().plusDays(30).toString();
    ExecutorService creators = Executors.newFixedThreadPool(8);
    List<Future<String>> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(creators.submit(() -> create(sdk, memberId, dueDate)));
    }
    for (Future<String> line : lines) {
      System.out.println(line.get());
    }
    creators.shutdown();
  }

  private static String create(Wingspan sdk, String memberId, String dueDate) {
    ClientInvoiceCreateRequest request =
        ClientInvoiceCreateRequest.builder()
            .memberId(memberId)
            .clientEmail("client@bench.test")
            .dueDate(dueDate)
            .lineItems(
                List.of(
                    InvoiceLineItemsCreateRequest.builder()
                        .description("Design work, hours")
                        .costPerUnit(new BigDecimal("95.00"))
                        .quantity(new BigDecimal("7.5"))
                        .build(),
                    InvoiceLineItemsCreateRequest.builder()
                        .description("Licence")
                        .costPerUnit(new BigDecimal("49.99"))
                        .quantity(BigDecimal.ONE)
                        .build()))
            .build();
    CreateClientInvoiceResponse created = sdk.clientInvoice().create(request);
    String id = created.clientInvoice().orElseThrow().invoiceId();
    String etag = created.rawResponse().headers().firstValue("ETag").orElse("*");
    return id + " " + etag;
  }
}
