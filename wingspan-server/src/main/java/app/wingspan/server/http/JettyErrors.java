package app.wingspan.server.http;

import app.wingspan.model.ErrorBody;
import app.wingspan.model.internal.ServerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before they reach a route (a path with a bad %-escape or a NUL, a malformed request
 * line) still get the one error shape and a request id, not Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
      Callback callback) {
    String requestId = UUID.randomUUID().toString();
    response.getHeaders().put(RequestIds.HEADER, requestId);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorMapper.PROBLEM_JSON);
    response.write(true, ByteBuffer.wrap(body(status, requestId)), callback);
  }

  private static byte[] body(int status, String requestId) {
    String title = HttpStatus.getMessage(status);
    String detail = "the request could not be read: " + title.toLowerCase(java.util.Locale.ROOT);
    String code = status == 400 ? "BAD_REQUEST" : status == 404 ? "NOT_FOUND" : "HTTP_" + status;
    ErrorBody body = new ErrorBody("about:blank", title, status, detail, code, null, detail, requestId);
    try {
      return ServerJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
