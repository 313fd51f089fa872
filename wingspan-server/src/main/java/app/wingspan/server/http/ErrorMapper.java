package app.wingspan.server.http;

import app.wingspan.model.ErrorBody;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.InvoiceRuleException;
import app.wingspan.server.store.DatabaseUnavailableException;
import app.wingspan.server.webhook.PreferenceRuleException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an exception becomes an HTTP error: an {@link ErrorBody} as
 * application/problem+json.
 */
final class ErrorMapper {
  static final String PROBLEM_JSON = "application/problem+json";

  /** Seconds a client should wait before retrying while the database is away. */
  static final String RETRY_AFTER_SECONDS = "2";

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void handle(Exception failure, Context ctx) {
    if (failure instanceof ProblemException e) {
      if (e.status() == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      } else if (e.status() == 503) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
      }
      write(ctx, e.status(), e.code(), e.param(), e.getMessage());
    } else if (failure instanceof InvoiceRuleException) {
      InvoiceRuleException e = (InvoiceRuleException) failure;
      int status = e.kind() == InvoiceRuleException.Kind.CONFLICT ? 409 : 422;
      write(ctx, status, e.code(), e.param(), e.getMessage());
    } else if (failure instanceof PreferenceRuleException e) {
      write(ctx, 422, e.code(), e.param(), e.getMessage());
    } else if (failure instanceof DatabaseUnavailableException) {
      LOG.warn("database unavailable: {}", LogText.escape(rootMessage(failure)));
      ctx.header("Retry-After", RETRY_AFTER_SECONDS);
      write(
          ctx,
          503,
          ErrorCodes.SERVICE_UNAVAILABLE,
          null,
          "the database is unavailable; retry shortly");
    } else if (failure instanceof HttpResponseException) {
      framework(ctx, (HttpResponseException) failure);
    } else {
      // Messages of unexpected failures may quote request values (a driver error quotes SQL
      // arguments): they are
      // logged escaped, so no value can forge a log line.
      LOG.error("unexpected failure", LogText.escaped(failure));
      write(
          ctx,
          500,
          ErrorCodes.INTERNAL_ERROR,
          null,
          "unexpected server error; quote request id "
              + RequestIds.current(ctx)
              + " when reporting it");
    }
  }

  /** Errors Javalin raises itself: no route, wrong method, body too large. */
  private static void framework(Context ctx, HttpResponseException e) {
    switch (e.getStatus()) {
      case 404:
        write(
            ctx,
            404,
            ErrorCodes.NOT_FOUND,
            null,
            "no route " + ctx.method().name() + " " + ctx.path());
        break;
      case 405:
        String allowed =
            e instanceof MethodNotAllowedResponse ? e.getDetails().get("availableMethods") : null;
        if (allowed != null) {
          ctx.header("Allow", allowed);
        }
        write(
            ctx,
            405,
            ErrorCodes.METHOD_NOT_ALLOWED,
            null,
            ctx.method().name()
                + " is not allowed on "
                + ctx.path()
                + (allowed == null ? "" : "; allowed: " + allowed));
        break;
      case 413:
        write(
            ctx,
            413,
            ErrorCodes.PAYLOAD_TOO_LARGE,
            null,
            "the request body is larger than " + Bodies.MAX_BYTES + " bytes");
        break;
      default:
        write(ctx, e.getStatus(), ErrorCodes.ofStatus(e.getStatus()), null, e.getMessage());
    }
  }

  static void write(Context ctx, int status, String code, String param, String detail) {
    ctx.status(status)
        .contentType(PROBLEM_JSON)
        .result(ProblemException.body(status, code, param, detail, RequestIds.current(ctx)));
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
