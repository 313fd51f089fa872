package app.wingspan.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writing a body the hot routes already hold as bytes. */
final class Responses {
  private Responses() {}

  /**
   * Writes {@code body} as the whole response body, through Javalin's output stream (so compression
   * and HEAD behave as with {@code ctx.result}). {@code ctx.result(byte[])} would wrap the bytes in
   * a stream and copy it through a fresh 32 KiB buffer on every request: on a cached GET that
   * buffer's allocation and zeroing was the largest cost of ours in the profile. Call it last: what
   * is written cannot be replaced by a later {@code ctx.result}.
   */
  static void send(Context ctx, String contentType, byte[] body) {
    ctx.contentType(contentType);
    try {
      ctx.outputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
