package app.wingspan.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The event-loop prototype of issue 24 for bench/run: Vert.x 5's HTTP server (one verticle per
 * core, each on its own event loop) and its PostgreSQL client (non-blocking, pipelining, one pool
 * per event loop), on the server's statements and bytes. Not a server of the project: no request
 * gate, metrics or rules.
 *
 * <p>Usage: {@code VertxPrototype <port> <payload file> <PostgreSQL port> <client id>}, the
 * client's token in BENCH_TOKEN. Routes: any GET of a path without a route answers the payload (the
 * ceiling route's bytes); {@code GET /payments/client/invoice/{id}} from the invoices loaded at
 * start (the server's cache); {@code GET /uncached/payments/client/invoice/{id}} runs the server's
 * query for every request; {@code PATCH /payments/client/invoice/{id}} checks If-Match against the
 * version held (as the server's invoice cache does) and runs the server's conditional write; {@code
 * PATCH /uncached/payments/client/invoice/{id}} runs the server's query, then its conditional write
 * (the server with its cache off).
 */
public final class VertxPrototype {
  /**
   * PostgreSQL connections per event loop (BENCH_VERTX_CONNECTIONS, default 4); each pipelines up
   * to 256 statements, but the commits of a connection's PATCHes run one after another.
   */
  private static final int CONNECTIONS_PER_LOOP =
      Integer.parseInt(System.getenv().getOrDefault("BENCH_VERTX_CONNECTIONS", "4"));

  private VertxPrototype() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println(
          "usage: VertxPrototype <port> <payload file> <PostgreSQL port> <client id>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Buffer payload = Buffer.buffer(Files.readAllBytes(Path.of(args[1])));
    int pgPort = Integer.parseInt(args[2]);
    PrototypeInvoices invoices =
        new PrototypeInvoices(
            "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
            args[3],
            System.getenv("BENCH_TOKEN"));
    int loops = Runtime.getRuntime().availableProcessors();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
    vertx
        .deployVerticle(
            () -> new Loop(port, payload, pgPort, invoices),
            new DeploymentOptions().setInstances(loops))
        .toCompletionStage()
        .toCompletableFuture()
        .get();
  }

  /** One event loop's HTTP server and PostgreSQL pool. */
  private static final class Loop extends VerticleBase {
    private final int port;
    private final Buffer payload;
    private final int pgPort;
    private final PrototypeInvoices invoices;
    private Pool pool;

    Loop(int port, Buffer payload, int pgPort, PrototypeInvoices invoices) {
      this.port = port;
      this.payload = payload;
      this.pgPort = pgPort;
      this.invoices = invoices;
    }

    @Override
    public Future<?> start() {
      PgConnectOptions connect =
          new PgConnectOptions()
              .setHost("127.0.0.1")
              .setPort(pgPort)
              .setDatabase("postgres")
              .setUser("postgres")
              .setCachePreparedStatements(true)
              .setPipeliningLimit(256);
      pool =
          PgBuilder.pool()
              .with(new PoolOptions().setMaxSize(CONNECTIONS_PER_LOOP))
              .connectingTo(connect)
              .using(vertx)
              .build();
      return vertx
          .createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
          .requestHandler(this::serve)
          .listen();
    }

    private void serve(HttpServerRequest request) {
      String path = request.path();
      boolean uncached = path.startsWith(PrototypeInvoices.UNCACHED_PREFIX);
      String id =
          PrototypeInvoices.invoiceId(
              uncached ? path.substring(PrototypeInvoices.UNCACHED_PREFIX.length()) : path);
      HttpServerResponse response = request.response();
      if (id == null) {
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
          response.setStatusCode(405).end();
          return;
        }
        response.putHeader("Content-Type", "application/json").end(payload);
        return;
      }
      if (!invoices.authorized(request.getHeader("Authorization"))) {
        response.setStatusCode(401).end();
        return;
      }
      String requestId = request.getHeader("X-Request-Id");
      if (requestId != null) {
        response.putHeader("X-Request-Id", requestId);
      }
      if (request.method() == HttpMethod.GET && uncached) {
        read(id, response);
      } else if (request.method() == HttpMethod.GET) {
        PrototypeInvoices.Invoice invoice = invoices.byId.get(id);
        if (invoice == null) {
          response.setStatusCode(404).end();
        } else {
          send(response, 200, invoice.document(), invoice.etag());
        }
      } else if (request.method() == HttpMethod.PATCH) {
        // The server decodes the body strictly; the prototype only reads it.
        String ifMatch = request.getHeader("If-Match");
        request
            .body()
            .onSuccess(
                body -> {
                  if (uncached) {
                    pool.preparedQuery(PrototypeInvoices.FIND_PG)
                        .execute(Tuple.of(id, invoices.clientId))
                        .onSuccess(
                            rows ->
                                patch(
                                    id,
                                    rows.size() == 0 ? null : invoice(rows.iterator().next()),
                                    ifMatch,
                                    response))
                        .onFailure(e -> response.setStatusCode(500).end());
                  } else {
                    patch(id, invoices.byId.get(id), ifMatch, response);
                  }
                })
            .onFailure(e -> response.setStatusCode(400).end());
      } else {
        response.setStatusCode(405).end();
      }
    }

    private void read(String id, HttpServerResponse response) {
      pool.preparedQuery(PrototypeInvoices.FIND_PG)
          .execute(Tuple.of(id, invoices.clientId))
          .onSuccess(
              rows -> {
                if (rows.size() == 0) {
                  response.setStatusCode(404).end();
                  return;
                }
                PrototypeInvoices.Invoice invoice = invoice(rows.iterator().next());
                send(response, 200, invoice.document(), invoice.etag());
              })
          .onFailure(e -> response.setStatusCode(500).end());
    }

    private static PrototypeInvoices.Invoice invoice(Row row) {
      return new PrototypeInvoices.Invoice(
          row.getString(3),
          row.getLong(4),
          row.getString(9),
          PrototypeInvoices.document(row.getString(8), row.getString(9)));
    }

    private void patch(
        String id, PrototypeInvoices.Invoice current, String ifMatch, HttpServerResponse response) {
      if (current == null) {
        response.setStatusCode(404).end();
        return;
      }
      if (!current.etag().equals(ifMatch)) {
        send(response, 412, JettyCoreCeiling.stale(current), null);
        return;
      }
      PrototypeInvoices.Invoice next = current.next();
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      pool.preparedQuery(PrototypeInvoices.UPDATE_PG)
          .execute(
              Tuple.of(next.status(), next.version(), now, next.state(), id, current.version())
                  .addBoolean(true)
                  .addOffsetDateTime(now)
                  .addString(invoices.changes))
          .onSuccess(
              result -> {
                if (result.rowCount() != 1) {
                  // Written behind the prototype's back: the server would redo it under a lock.
                  response.setStatusCode(409).end();
                  return;
                }
                // Both routes keep the held versions current: one set of invoices serves both.
                invoices.byId.put(id, next);
                send(response, 200, next.document(), next.etag());
              })
          .onFailure(e -> response.setStatusCode(500).end());
    }

    private static void send(HttpServerResponse response, int status, byte[] body, String etag) {
      response.setStatusCode(status).putHeader("Content-Type", "application/json");
      if (etag != null) {
        response.putHeader("ETag", etag);
      }
      response.end(Buffer.buffer(body));
    }
  }
}
