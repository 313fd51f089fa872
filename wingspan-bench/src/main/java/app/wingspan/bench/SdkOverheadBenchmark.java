package app.wingspan.bench;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.WingspanJson;
import app.wingspan.sdk.RetryPolicy;
import app.wingspan.sdk.Wingspan;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code get} through the SDK versus the least a caller could write by hand: one raw {@link
 * HttpClient} GET with the same headers plus a Jackson decode, both against the same local server
 * answering the full ClientInvoice fixture. The ratio is the SDK's overhead.
 *
 * <p>Both speak HTTP/1.1 without an h2c upgrade. The SDK pins that on plain {@code http} (its wire
 * tests require no {@code Upgrade} header); a default {@link HttpClient} would instead send {@code
 * Connection: Upgrade, HTTP2-Settings} and {@code Upgrade: h2c} on every request to this server,
 * which never upgrades, so the baseline is pinned to HTTP/1.1 too: the two requests then differ
 * only in the headers the SDK itself adds (its {@code User-Agent}), and the baseline is not slowed
 * by headers the SDK does not send.
 *
 * <p>The raw GET sends one request built once, at set-up: the least any caller could do, and the
 * baseline of the SDK's target. A caller reading invoices by id builds a request per call (its URI
 * parsed, its headers checked), as the SDK does; {@link #rawHttpClientGetNewRequest} does that too,
 * so the figures also show how much of the SDK's overhead is that building.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs, and every
// exchange costs ~40 ms of waiting that would hide the client-side cost being measured.
@Fork(jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class SdkOverheadBenchmark {
  private static final String TOKEN = "wsk_benchmark_token";
  private static final String INVOICE_ID = "inv_benchmark";

  private HttpServer server;
  private ExecutorService serverThreads;
  private Wingspan sdk;
  private HttpClient raw;
  private HttpRequest rawRequest;
  private String base;
  private ObjectReader reader;

  @Setup
  public void setUp() throws IOException {
    byte[] body = Fixture.clientInvoiceBytes();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger serverThreadNumber = new AtomicInteger();
    // Named, so CpuPerOpProfiler can tell the server's CPU from the client's.
    serverThreads =
        Executors.newFixedThreadPool(
            2,
            task ->
                new Thread(
                    task, CpuPerOpProfiler.SERVER_THREADS + serverThreadNumber.incrementAndGet()));
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();

    sdk =
        Wingspan.builder()
            .serverURL(base)
            .bearerAuth(TOKEN)
            .retryPolicy(RetryPolicy.none())
            .build();
    raw =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    rawRequest = request(INVOICE_ID);
    reader = WingspanJson.readerFor(ClientInvoice.class);
  }

  @TearDown
  public void tearDown() {
    CpuPerOpProfiler.serverStopping();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Benchmark
  public ClientInvoice sdkGet() {
    return sdk.clientInvoice().get(INVOICE_ID).clientInvoice().orElseThrow();
  }

  private HttpRequest request(String id) {
    return HttpRequest.newBuilder(URI.create(base + "/payments/client/invoice/" + id))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
  }

  @Benchmark
  public ClientInvoice rawHttpClientGet() throws IOException, InterruptedException {
    return send(rawRequest);
  }

  @Benchmark
  public ClientInvoice rawHttpClientGetNewRequest() throws IOException, InterruptedException {
    return send(request(INVOICE_ID));
  }

  private ClientInvoice send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("unexpected status " + response.statusCode());
    }
    return reader.readValue(response.body());
  }
}
