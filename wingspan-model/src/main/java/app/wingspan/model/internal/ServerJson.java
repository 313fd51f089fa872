package app.wingspan.model.internal;

import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server's access to the shared JSON mappers. Not API: the wingspan-model module does not
 * export this package, so SDK users on the module path cannot reach it, and nothing here is
 * promised to classpath users. The SDK itself uses only {@link WingspanJson}'s immutable readers
 * and writers.
 *
 * <p>The mappers are built, and handed here, by {@link WingspanJson}'s initialiser (the
 * configuration needs that package's internals); they are shared instances: use them as they are
 * and never reconfigure them.
 */
public final class ServerJson {

  private static volatile ObjectMapper lenient;
  private static volatile ObjectMapper strict;

  private ServerJson() {}

  /**
   * Receives the shared mappers; called once, by {@link WingspanJson}'s initialiser.
   *
   * @param lenientMapper the lenient mapper
   * @param strictMapper the strict mapper
   * @throws IllegalStateException when called again
   */
  public static synchronized void install(ObjectMapper lenientMapper, ObjectMapper strictMapper) {
    if (lenient != null) {
      throw new IllegalStateException("the shared mappers are installed once, by WingspanJson");
    }
    strict = strictMapper;
    lenient = lenientMapper;
  }

  /**
   * The shared lenient mapper for responses and everything else the server writes.
   *
   * @return the shared, fully configured mapper
   */
  public static ObjectMapper mapper() {
    ObjectMapper mapper = lenient;
    if (mapper == null) {
      WingspanJson.writer(); // initialises WingspanJson, which installs the mappers
      mapper = lenient;
    }
    return mapper;
  }

  /**
   * The strict mapper for decoding request bodies on the server: an unknown property, a value of
   * the wrong JSON type, an enum value this code does not know, a duplicate key or anything after
   * the document fails with a Jackson exception whose path names the field.
   *
   * @return the shared strict mapper
   */
  public static ObjectMapper strictMapper() {
    mapper();
    return strict;
  }

  /**
   * The wire path of the field a decoding error is about, for an error body's {@code param}:
   * property names joined by dots, list positions in brackets, such as {@code
   * lineItems[0].quantity}.
   *
   * @param error what Jackson threw
   * @return the path, or an empty string when the error is about the document as a whole
   */
  public static String fieldPath(JsonMappingException error) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : error.getPath()) {
      if (step.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
