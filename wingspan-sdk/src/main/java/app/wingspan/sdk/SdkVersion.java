package app.wingspan.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK's version, written into a resource by the build, and the {@code User-Agent} that names
 * it.
 */
final class SdkVersion {

  static final String VERSION = load();

  private SdkVersion() {}

  static String userAgent() {
    return "wingspan-java/" + VERSION + " Java/" + System.getProperty("java.version", "unknown");
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("wingspan-sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").trim();
      // An unfiltered placeholder means the resource was not processed by the build (e.g. an IDE
      // run).
      return version.isEmpty() || version.contains("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SDK version resource", e);
    }
  }
}
