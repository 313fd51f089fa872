package app.wingspan.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A throw-away server for bench/run: Jetty's core handler API (the Jetty version the server uses),
 * without the servlet layer or Javalin, to measure what Jetty itself costs. Not a server of the
 * project: no request gate, metrics or rules.
 *
 * <p>Usage: {@code JettyCoreCeiling <port> <payload file> blocking|nonblocking [<PostgreSQL port>
 * <client id>]}, the client's token in BENCH_TOKEN. Any GET of a path without a route answers the
 * payload (the ceiling route's bytes). {@code blocking} declares the handler blocking, as the
 * servlet layer does (Jetty hands each request to a pool thread); {@code nonblocking} lets Jetty
 * run it on the thread that parsed the request.
 *
 * <p>With a PostgreSQL port, the prototype of issue 24 on the server's JDBC path (HikariCP, the
 * PostgreSQL driver, the server's pool settings and statements): {@code GET
 * /payments/client/invoice/{id}} from the invoices loaded at start (the server's cache; answered on
 * the parsing thread when non-blocking), {@code GET /uncached/payments/client/invoice/{id}} with
 * the server's query, {@code PATCH /payments/client/invoice/{id}} (If-Match against the version
 * held, then the server's conditional write) and {@code PATCH
 * /uncached/payments/client/invoice/{id}} (the server's query, then its conditional write, on one
 * pooled connection, as the server with its cache off), all three handed to a pool thread.
 */
public final class JettyCoreCeiling {
  private JettyCoreCeiling() {}

  public static void main(String[] args) throws Exception {
    if ((args.length != 3 && args.length != 5) || !args[2].matches("blocking|nonblocking")) {
      System.err.println(
          "usage: JettyCoreCeiling <port> <payload file> blocking|nonblocking"
              + " [<PostgreSQL port> <client id>]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    byte[] payload = Files.readAllBytes(Path.of(args[1]));
    boolean blocking = args[2].equals("blocking");

    // Javalin's defaults for the pool (max 250, min 8), so the thread model matches the server's.
    QueuedThreadPool threads = new QueuedThreadPool(250, 8);
    Server server = new Server(threads);
    HttpConnectionFactory http = new HttpConnectionFactory();
    http.getHttpConfiguration().setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, http);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    Database database = null;
    if (args.length == 5) {
      String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + args[3] + "/postgres";
      database =
          new Database(
              new PrototypeInvoices(jdbcUrl, args[4], System.getenv("BENCH_TOKEN")), pool(jdbcUrl));
    }
    Routes routes = new Routes(payload, database, blocking ? Runnable::run : threads);
    server.setHandler(blocking ? new Blocking(routes) : new NonBlocking(routes));
    server.start();
    server.join();
  }

  /** The server's pool settings (Database.open): at most 10, read committed, its driver options. */
  private static HikariDataSource pool(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername("postgres");
    config.setPassword("");
    config.setMaximumPoolSize(10);
    config.setMinimumIdle(2);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.addDataSourceProperty("connectTimeout", "2");
    config.addDataSourceProperty("loginTimeout", "2");
    config.addDataSourceProperty("socketTimeout", "30");
    config.addDataSourceProperty("tcpKeepAlive", "true");
    return new HikariDataSource(config);
  }

  private record Database(PrototypeInvoices invoices, HikariDataSource pool) {}

  /**
   * The routes. {@code offload} runs the database's work: on a pool thread when the handler is
   * non-blocking, in place when Jetty already called it on one.
   */
  private record Routes(byte[] payload, Database database, Executor offload) {
    boolean serve(Request request, Response response, Callback callback) {
      String method = request.getMethod();
      String path = request.getHttpURI().getPath();
      if (database != null) {
        boolean uncached = path.startsWith(PrototypeInvoices.UNCACHED_PREFIX);
        String id =
            PrototypeInvoices.invoiceId(
                uncached ? path.substring(PrototypeInvoices.UNCACHED_PREFIX.length()) : path);
        if (id != null) {
          invoice(method, id, uncached, request, response, callback);
          return true;
        }
      }
      if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
        Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        return true;
      }
      send(response, callback, HttpStatus.OK_200, payload, null);
      return true;
    }

    private void invoice(
        String method,
        String id,
        boolean uncached,
        Request request,
        Response response,
        Callback callback) {
      PrototypeInvoices invoices = database.invoices();
      if (!invoices.authorized(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
        Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401);
        return;
      }
      String requestId = request.getHeaders().get("X-Request-Id");
      if (requestId != null) {
        response.getHeaders().put("X-Request-Id", requestId);
      }
      if (HttpMethod.GET.is(method) && !uncached) {
        PrototypeInvoices.Invoice invoice = invoices.byId.get(id);
        if (invoice == null) {
          Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        } else {
          send(response, callback, HttpStatus.OK_200, invoice.document(), invoice.etag());
        }
        return;
      }
      if (!HttpMethod.GET.is(method) && !HttpMethod.PATCH.is(method)) {
        Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        return;
      }
      offload.execute(
          () -> {
            try {
              if (HttpMethod.GET.is(method)) {
                read(id, response, callback);
              } else {
                patch(id, uncached, request, response, callback);
              }
            } catch (Throwable e) {
              callback.failed(e);
            }
          });
    }

    private void read(String id, Response response, Callback callback) throws SQLException {
      try (Connection connection = database.pool().getConnection();
          PreparedStatement statement = connection.prepareStatement(PrototypeInvoices.FIND_JDBC)) {
        statement.setString(1, id);
        statement.setString(2, database.invoices().clientId);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            send(response, callback, HttpStatus.NOT_FOUND_404, new byte[0], null);
            return;
          }
          byte[] document = PrototypeInvoices.document(rs.getString(9), rs.getString(10));
          send(response, callback, HttpStatus.OK_200, document, "\"" + rs.getLong(5) + "\"");
        }
      }
    }

    private void patch(
        String id, boolean uncached, Request request, Response response, Callback callback)
        throws Exception {
      // The server decodes the body strictly; the prototype only reads it.
      Content.Source.asString(request, StandardCharsets.UTF_8);
      PrototypeInvoices invoices = database.invoices();
      try (Connection connection = database.pool().getConnection()) {
        PrototypeInvoices.Invoice current = uncached ? find(connection, id) : invoices.byId.get(id);
        if (current == null) {
          send(response, callback, HttpStatus.NOT_FOUND_404, new byte[0], null);
          return;
        }
        if (!current.etag().equals(request.getHeaders().get(HttpHeader.IF_MATCH))) {
          send(response, callback, HttpStatus.PRECONDITION_FAILED_412, stale(current), null);
          return;
        }
        PrototypeInvoices.Invoice next = current.next();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated;
        try (PreparedStatement statement =
            connection.prepareStatement(PrototypeInvoices.UPDATE_JDBC)) {
          statement.setString(1, next.status());
          statement.setLong(2, next.version());
          statement.setObject(3, now);
          statement.setString(4, next.state());
          statement.setString(5, id);
          statement.setLong(6, current.version());
          statement.setBoolean(7, true);
          statement.setObject(8, now);
          statement.setString(9, invoices.changes);
          updated = statement.executeUpdate();
        }
        if (updated != 1) {
          // Written behind the prototype's back: the server would redo the change under a lock.
          send(response, callback, HttpStatus.CONFLICT_409, new byte[0], null);
          return;
        }
        // Both routes keep the held versions current, so one set of invoices serves both.
        invoices.byId.put(id, next);
        send(response, callback, HttpStatus.OK_200, next.document(), next.etag());
      }
    }

    private PrototypeInvoices.Invoice find(Connection connection, String id) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(PrototypeInvoices.FIND_JDBC)) {
        statement.setString(1, id);
        statement.setString(2, database.invoices().clientId);
        try (ResultSet rs = statement.executeQuery()) {
          return rs.next() ? PrototypeInvoices.invoice(rs) : null;
        }
      }
    }
  }

  static byte[] stale(PrototypeInvoices.Invoice current) {
    return ("{\"detail\":\"current ETag is \\\"" + current.version() + "\\\"\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void send(
      Response response, Callback callback, int status, byte[] body, String etag) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    if (etag != null) {
      response.getHeaders().put(HttpHeader.ETAG, etag);
    }
    response.write(true, ByteBuffer.wrap(body).asReadOnlyBuffer(), callback);
  }

  private static final class Blocking extends Handler.Abstract {
    private final Routes routes;

    Blocking(Routes routes) {
      super(InvocationType.BLOCKING);
      this.routes = routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      return routes.serve(request, response, callback);
    }
  }

  private static final class NonBlocking extends Handler.Abstract.NonBlocking {
    private final Routes routes;

    NonBlocking(Routes routes) {
      this.routes = routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      return routes.serve(request, response, callback);
    }
  }
}
