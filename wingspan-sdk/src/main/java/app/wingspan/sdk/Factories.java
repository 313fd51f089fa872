package app.wingspan.sdk;

import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Helpers of the public test factories of responses and exceptions. */
final class Factories {

  private Factories() {}

  /** The content type of a factory-made response: JSON, or none when there is no body. */
  static String contentType(Object body) {
    return body == null ? "" : "application/json";
  }

  /**
   * A response's raw part: the body as JSON (empty for null) and the headers a server would send
   * with it.
   */
  static RawParts raw(Object body, Map<String, String> extraHeaders) {
    Map<String, String> values = new java.util.LinkedHashMap<>(extraHeaders);
    if (body != null) {
      values.put("Content-Type", "application/json");
    }
    return RawParts.of(new RawResponse(headers(values), body == null ? new byte[0] : json(body)));
  }

  static int attempts(int attempts, int least) {
    if (attempts < least) {
      throw new IllegalArgumentException(
          "attempts must be at least " + least + ", was " + attempts);
    }
    return attempts;
  }

  static HttpHeaders headers(Map<String, String> values) {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    values.forEach((name, value) -> map.put(name, List.of(value)));
    return HttpHeaders.of(map, (name, value) -> true);
  }

  static byte[] json(Object value) {
    try {
      return WingspanJson.writer().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot encode "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }
}
