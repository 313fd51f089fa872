package app.wingspan.server.http;

import app.wingspan.model.internal.ServerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Reads request bodies: size, content type, then the model's strict decoding, each failure named. */
final class Bodies {
  static final int MAX_BYTES = 1024 * 1024;
  /** Over-limit bodies up to this size are read and dropped before the 413 (see {@link #discard}). */
  static final long DISCARD_LIMIT = 8L * MAX_BYTES;

  private Bodies() {}

  /** The raw body, after the size and content-type checks. */
  static byte[] raw(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      discard(ctx, declared);
      throw new ApiError(413, "PAYLOAD_TOO_LARGE", null, "the request body is larger than " + MAX_BYTES + " bytes");
    }
    byte[] body = ctx.bodyAsBytes(); // Javalin enforces the same limit on chunked bodies (413)
    if (body.length == 0) {
      throw ApiError.invalidJson("a JSON request body is required");
    }
    if (!isJson(ctx.contentType())) {
      throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", null,
          "the request body must be application/json, not " + (ctx.contentType() == null ? "unlabelled" : "'" + ctx.contentType() + "'"));
    }
    return body;
  }

  /**
   * Reads and drops a modestly oversized body. Most clients send the whole body before reading the answer;
   * closing the connection under them turns our 413 into a connection reset on their side. Beyond
   * {@link #DISCARD_LIMIT} the connection is closed instead: reading gigabytes to be polite is not worth it.
   */
  private static void discard(Context ctx, long declared) {
    if (declared > DISCARD_LIMIT) {
      return;
    }
    try {
      ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The client went away; the 413 is still the answer for anyone listening.
    }
  }

  static <T> T decode(byte[] body, Class<T> type) {
    T value;
    try {
      value = ServerJson.strictMapper().readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      String path = ServerJson.fieldPath(e);
      throw ApiError.invalidField(path, "unknown field '" + path + "'");
    } catch (MismatchedInputException e) {
      String path = ServerJson.fieldPath(e);
      if (path.isEmpty()) {
        throw ApiError.invalidJson("the request body must be a JSON object");
      }
      throw ApiError.invalidField(path, "wrong type or value for field '" + path + "'");
    } catch (JsonMappingException e) {
      String path = ServerJson.fieldPath(e);
      throw path.isEmpty()
          ? ApiError.invalidJson("the request body must be a JSON object")
          : ApiError.invalidField(path, "invalid value for field '" + path + "'");
    } catch (JsonProcessingException e) {
      // The original message, without Jackson's location and source excerpt (bodies are never echoed).
      throw ApiError.invalidJson("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.invalidJson("unreadable request body");
    }
    if (value == null) {
      throw ApiError.invalidJson("the request body must be a JSON object");
    }
    return value;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
  }
}
