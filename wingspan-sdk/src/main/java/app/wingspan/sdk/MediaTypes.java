package app.wingspan.sdk;

import java.util.Locale;

/** Reads {@code Content-Type} values. */
final class MediaTypes {

  private MediaTypes() {}

  /**
   * Whether a content type is JSON: {@code application/json} or any {@code +json} type such as
   * problem+json.
   */
  static boolean isJson(String contentType) {
    if (contentType.equals("application/json")) {
      return true; // what servers send, spelled as is: no need to parse it
    }
    String type = essence(contentType);
    return type.equals("application/json")
        || (type.startsWith("application/") && type.endsWith("+json"));
  }

  /** The type and subtype, lower-cased, without parameters. */
  static String essence(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }
}
