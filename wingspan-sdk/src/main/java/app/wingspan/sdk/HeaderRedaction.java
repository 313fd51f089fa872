package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which header values are secrets: hidden in the debug log, in listener events and in exception
 * messages. By name, case-insensitively: {@code Authorization}, {@code Proxy-Authorization}, {@code
 * Cookie}, {@code Set-Cookie}, every name containing {@code key}, {@code token}, {@code secret} or
 * {@code signature}, and the names a client adds with {@link Wingspan.Builder#redactHeader}.
 */
final class HeaderRedaction {

  static final String REDACTED = "<redacted>";
  static final String REDACTED_BEARER = "Bearer <redacted>";

  private static final Set<String> NAMES =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  private static final List<String> PARTS = List.of("key", "token", "secret", "signature");

  private final Set<String> added;

  HeaderRedaction(Set<String> added) {
    Set<String> lower = new java.util.HashSet<>();
    added.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
    this.added = Set.copyOf(lower);
  }

  /** Whether a header of this name carries a secret. */
  boolean redacts(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (NAMES.contains(lower) || added.contains(lower)) {
      return true;
    }
    for (String part : PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The headers with every secret value replaced; {@code Authorization} keeps its scheme. */
  HttpHeaders redact(HttpHeaders headers) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers
        .map()
        .forEach(
            (name, values) -> {
              if (!redacts(name)) {
                copy.put(name, values);
              } else if (name.equalsIgnoreCase("Authorization")) {
                copy.put(name, List.of(REDACTED_BEARER));
              } else {
                copy.put(name, List.of(REDACTED));
              }
            });
    return HttpHeaders.of(copy, (name, value) -> true);
  }

  /** The secret values of these headers, longest first, to scrub from text. */
  List<String> secrets(HttpHeaders headers) {
    List<String> values = new ArrayList<>();
    headers
        .map()
        .forEach(
            (name, list) -> {
              if (redacts(name)) {
                for (String value : list) {
                  if (value.length() >= 4) {
                    values.add(value);
                  }
                  // The credential of "Bearer abc..." alone, which a server may echo.
                  int space = value.indexOf(' ');
                  if (space > 0 && value.length() - space > 4) {
                    values.add(value.substring(space + 1).trim());
                  }
                }
              }
            });
    values.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return values;
  }

  /** The text with every one of the secrets replaced by {@link #REDACTED}. */
  static String scrub(String text, List<String> secrets) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, REDACTED);
      }
    }
    return result;
  }
}
