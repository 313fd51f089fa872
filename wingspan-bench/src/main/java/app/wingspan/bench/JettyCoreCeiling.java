package app.wingspan.bench;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A throw-away server for bench/run: the ceiling route's bytes from Jetty's core handler API (the
 * Jetty version the server uses), without the servlet layer or Javalin, to measure what Jetty
 * itself costs on the same route. Not a server of the project: no auth, no metrics, one path.
 *
 * <p>Usage: {@code JettyCoreCeiling <port> <payload file> blocking|nonblocking}. {@code blocking}
 * declares the handler blocking, as the servlet layer does (Jetty hands each request to a pool
 * thread); {@code nonblocking} lets Jetty run it on the thread that parsed the request.
 */
public final class JettyCoreCeiling {
  private JettyCoreCeiling() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !args[2].matches("blocking|nonblocking")) {
      System.err.println("usage: JettyCoreCeiling <port> <payload file> blocking|nonblocking");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    byte[] payload = Files.readAllBytes(Path.of(args[1]));
    boolean blocking = args[2].equals("blocking");

    // Javalin's defaults for the pool (max 250, min 8), so the thread model matches the server's.
    Server server = new Server(new QueuedThreadPool(250, 8));
    HttpConnectionFactory http = new HttpConnectionFactory();
    http.getHttpConfiguration().setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, http);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(blocking ? new Blocking(payload) : new NonBlocking(payload));
    server.start();
    server.join();
  }

  /** Answers GET/HEAD of any path with the payload; a new read-only view per request. */
  private static boolean serve(
      byte[] payload, Request request, Response response, Callback callback) {
    String method = request.getMethod();
    if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, payload.length);
    response.write(true, ByteBuffer.wrap(payload).asReadOnlyBuffer(), callback);
    return true;
  }

  private static final class Blocking extends Handler.Abstract {
    private final byte[] payload;

    Blocking(byte[] payload) {
      super(InvocationType.BLOCKING);
      this.payload = payload;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      return serve(payload, request, response, callback);
    }
  }

  private static final class NonBlocking extends Handler.Abstract.NonBlocking {
    private final byte[] payload;

    NonBlocking(byte[] payload) {
      this.payload = payload;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      return serve(payload, request, response, callback);
    }
  }
}
