package app.wingspan.server.json;

import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server's JSON mappers, configured by the wire model ({@link WingspanJson}) and owned here:
 * the model jar exports its public API only, and these shared instances are the server's alone.
 *
 * <p>They are shared instances: use them as they are and never reconfigure them.
 */
public final class ServerJson {

  private static final ObjectMapper LENIENT = WingspanJson.newMapper();
  private static final ObjectMapper STRICT = WingspanJson.newStrictMapper();

  private ServerJson() {}

  /**
   * The shared lenient mapper for responses and everything else the server writes.
   *
   * @return the shared, fully configured mapper
   */
  public static ObjectMapper mapper() {
    return LENIENT;
  }

  /**
   * The strict mapper for decoding request bodies on the server: an unknown property, a value of
   * the wrong JSON type, an enum value this code does not know, a duplicate key or anything after
   * the document fails with a Jackson exception whose path names the field.
   *
   * @return the shared strict mapper
   */
  public static ObjectMapper strictMapper() {
    return STRICT;
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
