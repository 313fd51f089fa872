package app.wingspan.server.http;

import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request bodies: content type and encoding, then the model's strict decoding and the text
 * checks, each failure named.
 */
final class Bodies {
  static final int MAX_BYTES = 1024 * 1024;

  private Bodies() {}

  /**
   * The raw body, after the content-type and encoding checks; an empty body is refused. {@link
   * RequestGate} has received it in full (and refused it with 413 over {@link #MAX_BYTES}) before
   * the route runs.
   */
  static byte[] raw(Context ctx) {
    byte[] body = optional(ctx);
    if (body.length == 0) {
      throw ProblemException.invalidJson("a JSON request body is required");
    }
    return body;
  }

  /**
   * The raw body of a request whose body the contract leaves optional: empty when there is none
   * (whatever the Content-Type says), else after the same content-type and encoding checks as
   * {@link #raw}.
   */
  static byte[] optional(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      return body;
    }
    if (!isJson(ctx.contentType())) {
      throw new ProblemException(
          415,
          ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
          null,
          "the request body must be application/json, not "
              + (ctx.contentType() == null ? "unlabelled" : "'" + ctx.contentType() + "'"));
    }
    if (!utf8(body)) {
      throw ProblemException.invalidJson(
          "the request body must be JSON in UTF-8 (RFC 8259), not UTF-16 or UTF-32");
    }
    return body;
  }

  /**
   * Whether the body is not UTF-16 or UTF-32, which Jackson would otherwise detect and accept:
   * those start with their byte order mark or, JSON beginning with ASCII, have a zero byte among
   * the first four (UTF-8 JSON never has a raw zero byte). Malformed UTF-8 itself is refused by the
   * parser.
   */
  private static boolean utf8(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, body.length); i++) {
      if (body[i] == 0) {
        return false;
      }
    }
    return true;
  }

  static <T> T decode(byte[] body, Class<T> type) {
    T value;
    try {
      value = ServerJson.strictMapper().readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      String path = ServerJson.fieldPath(e);
      throw ProblemException.invalidField(path, "unknown field '" + path + "'");
    } catch (MismatchedInputException e) {
      String path = ServerJson.fieldPath(e);
      if (path.isEmpty()) {
        throw ProblemException.invalidJson("the request body must be a JSON object");
      }
      throw ProblemException.invalidField(path, "wrong type or value for field '" + path + "'");
    } catch (JsonMappingException e) {
      String path = ServerJson.fieldPath(e);
      throw path.isEmpty()
          ? ProblemException.invalidJson("the request body must be a JSON object")
          : ProblemException.invalidField(path, "invalid value for field '" + path + "'");
    } catch (JsonProcessingException e) {
      // The original message, without Jackson's location and source excerpt (bodies are never
      // echoed).
      throw ProblemException.invalidJson("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ProblemException.invalidJson("unreadable request body");
    }
    if (value == null) {
      throw ProblemException.invalidJson("the request body must be a JSON object");
    }
    checkText(body);
    return value;
  }

  /**
   * Refuses text PostgreSQL cannot store or a reader would not get back as sent: a lone surrogate
   * (not valid Unicode; it would be stored as '?') is 400 INVALID_FIELD, a control character (NUL
   * included) 422 VALIDATION_FAILED, each naming the field. Tab, line feed and carriage return are
   * allowed in the free-text fields {@code description} and {@code detail}. Such characters reach a
   * JSON string only through an escape (backslash-u or backslash-n, say) or a few raw byte
   * sequences, so a body without any is accepted after one quick scan; one with them is walked as a
   * tree to find the field.
   */
  static void checkText(byte[] body) {
    if (!maySpellSuspectText(body)) {
      return;
    }
    JsonNode tree;
    try {
      tree = ServerJson.mapper().readTree(body);
    } catch (IOException e) {
      throw ProblemException.invalidJson("malformed JSON");
    }
    checkText(tree, "");
  }

  private static void checkText(JsonNode node, String path) {
    if (node.isTextual()) {
      checkString(node.textValue(), path);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkText(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        checkString(field.getKey(), at);
        checkText(field.getValue(), at);
      }
    }
  }

  private static void checkString(String value, String path) {
    boolean freeText = path.endsWith("description") || path.endsWith("detail");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw ProblemException.invalidField(
            LogText.escape(path),
            LogText.escape(path)
                + " is not valid Unicode: it holds a lone surrogate "
                + String.format("\\u%04x", (int) c));
      } else if (Character.isISOControl(c)
          && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
        throw new ProblemException(
            422,
            ErrorCodes.VALIDATION_FAILED,
            LogText.escape(path),
            LogText.escape(path)
                + " must not contain control characters, found "
                + String.format("U+%04X", (int) c));
      }
    }
  }

  /**
   * Whether the raw JSON may hold a control character or a lone surrogate: an escape other than of
   * a quote, backslash or slash, a raw DEL, a raw C1 control (UTF-8 C2 80..9F) or a UTF-8-encoded
   * surrogate (ED A0..BF).
   */
  private static boolean maySpellSuspectText(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == '\\' && i + 1 < body.length) {
        byte next = body[++i];
        if (next != '"' && next != '\\' && next != '/') {
          return true;
        }
      } else if (b == 0x7F) {
        return true;
      } else if (i + 1 < body.length
          && ((b == (byte) 0xC2 && (body[i + 1] & 0xFF) < 0xA0)
              || (b == (byte) 0xED && (body[i + 1] & 0xFF) >= 0xA0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("application/json")
        || (media.startsWith("application/") && media.endsWith("+json"));
  }
}
