package app.wingspan.server.http;

import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before they reach a route (a path with a bad %-escape or a NUL, a
 * malformed request line, headers too large, a bad Content-Length, an unmet Expect) still get the
 * one error shape and a request id, not Jetty's HTML page, on every method; HEAD gets the headers
 * without the body.
 */
final class JettyErrors extends ErrorHandler {

  /**
   * Jetty's default writes a body only for GET, POST and HEAD; the contract wants one on every
   * method.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback) {
    String title = HttpStatus.getMessage(status);
    String detail = "the request could not be read: " + title.toLowerCase(Locale.ROOT);
    String code =
        status == 400
            ? ErrorCodes.BAD_REQUEST
            : status == 404 ? ErrorCodes.NOT_FOUND : ErrorCodes.ofStatus(status);
    // Jetty closes the connection after a request it refused (its body, if any, was never read);
    // saying so spares
    // a client that reuses connections a request sent into a closing socket.
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    write(request, response, callback, status, code, detail);
  }

  /**
   * Answers with the one error shape from Jetty's layer (before Javalin): problem+json, the request
   * id (the caller's when sane), {@code Content-Length}; no body for HEAD.
   */
  static void write(
      Request request,
      Response response,
      Callback callback,
      int status,
      String code,
      String detail) {
    String requestId = RequestIds.idFor(request.getHeaders().get(RequestIds.HEADER));
    byte[] body = ProblemException.body(status, code, null, detail, requestId);
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(RequestIds.HEADER, requestId);
    headers.put(HttpHeader.CONTENT_TYPE, ErrorMapper.PROBLEM_JSON);
    if (HttpMethod.HEAD.is(request.getMethod())) {
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    } else {
      headers.put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }
}
