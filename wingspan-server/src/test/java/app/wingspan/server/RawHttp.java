package app.wingspan.server;

import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 over a plain loopback socket, for what {@code java.net.http} will not send: malformed
 * framing and paths, several requests on one connection, bodies that stall, HEAD answers read byte
 * for byte.
 */
final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawHttp(int port) {
    this(port, 15_000);
  }

  RawHttp(int port, int readTimeoutMs) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(readTimeoutMs);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One answer: status, headers (names lower-cased), body bytes (gunzipped when the server
   * compressed them).
   */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return ServerJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }
  }

  RawHttp send(String text) {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  RawHttp send(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends a request and reads its answer (the body is not read for HEAD, as HTTP says there is
   * none).
   */
  Reply exchange(String request) {
    send(request);
    return read(request.startsWith("HEAD "));
  }

  /** Reads one answer, skipping interim 1xx ones. */
  Reply read(boolean head) {
    try {
      while (true) {
        String statusLine = line();
        if (statusLine == null) {
          throw new UncheckedIOException(new IOException("connection closed before an answer"));
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
          int colon = line.indexOf(':');
          headers.put(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).trim());
        }
        if (status < 200) {
          continue;
        }
        byte[] body;
        if (head || status == 204 || status == 304) {
          body = new byte[0];
        } else if (headers.containsKey("content-length")) {
          body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
          body = chunked();
        } else {
          body = in.readAllBytes();
        }
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding")) && body.length > 0) {
          body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
        }
        return new Reply(status, headers, body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The next line as it arrives (e.g. a status line, to see an interim 100 that {@link #read}
   * skips).
   */
  String firstLine() {
    try {
      return line();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether an answer has begun to arrive (bytes are waiting to be read), without blocking. */
  boolean answered() {
    try {
      return in.available() > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the server has closed the connection: reading gives end-of-stream (or a reset). */
  boolean closedByServer() {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Whether anything at all arrives within the read timeout (a HEAD answer must be followed by
   * nothing).
   */
  boolean anythingMore(int timeoutMs) {
    try {
      socket.setSoTimeout(timeoutMs);
      return in.read() >= 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(line().split(";")[0].trim(), 16);
      if (size == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      line();
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a test socket
    }
  }
}
