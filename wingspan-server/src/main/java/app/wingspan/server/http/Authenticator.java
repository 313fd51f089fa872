package app.wingspan.server.http;

import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.ApiTokens;
import app.wingspan.server.store.Store;
import io.javalin.http.Context;

/** Resolves {@code Authorization: Bearer <token>} to the calling account, or answers 401. */
final class Authenticator {
  private static final String CALLER = "wingspan.caller";
  private static final String SCHEME = "bearer ";

  private final Store store;
  private final TokenCache cache = new TokenCache(System::nanoTime);

  Authenticator(Store store) {
    this.store = store;
  }

  void authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null
        || header.length() <= SCHEME.length()
        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new ProblemException(
          401,
          ErrorCodes.UNAUTHORIZED,
          null,
          "an Authorization: Bearer <token> header is required");
    }
    String token = header.substring(SCHEME.length()).trim();
    byte[] hash = ApiTokens.hash(token);
    Account caller = cache.find(hash).orElse(null);
    if (caller == null) {
      caller =
          store
              .accounts()
              .findByTokenHash(hash)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          401, ErrorCodes.UNAUTHORIZED, null, "the bearer token is not valid"));
      cache.remember(hash, caller);
    }
    ctx.attribute(CALLER, caller);
  }

  void forgetCachedTokens() {
    cache.clear();
  }

  static Account caller(Context ctx) {
    Account caller = ctx.attribute(CALLER);
    if (caller == null) {
      throw new IllegalStateException("route reached without authentication");
    }
    return caller;
  }
}
