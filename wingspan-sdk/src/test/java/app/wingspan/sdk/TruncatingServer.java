package app.wingspan.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw socket server for faults an HTTP server library will not produce: the first {@code
 * truncated} connections get response headers promising a longer body than is written, then the
 * connection closes (a connection reset mid-body) or, when {@code stall}, stays open without
 * another byte; later connections get a complete JSON response. One request per connection.
 */
final class TruncatingServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();
  private final int truncated;
  private final String body;
  private final boolean stall;

  TruncatingServer(int truncated, String body) throws IOException {
    this(truncated, body, false);
  }

  TruncatingServer(int truncated, String body, boolean stall) throws IOException {
    this.truncated = truncated;
    this.body = body;
    this.stall = stall;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::serve, "truncating-server");
    this.acceptor.setDaemon(true);
    this.acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        int number = connections.incrementAndGet();
        readRequestHead(client.getInputStream());
        OutputStream out = client.getOutputStream();
        byte[] full = body.getBytes(StandardCharsets.UTF_8);
        if (number <= truncated) {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + (full.length + 100)
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(full, 0, full.length / 2);
          out.flush();
          if (stall) {
            // Wait for the client to give up (EOF) or for close(); the body never completes.
            while (client.getInputStream().read() != -1) {
              // discard
            }
          }
        } else {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + full.length
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(full);
        }
        out.flush();
      } catch (IOException e) {
        // closed by close(), or the client gave up: either way, next connection
      }
    }
  }

  /** Reads up to the blank line that ends the request head (the SDK's GETs have no body). */
  private static void readRequestHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      if (head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
