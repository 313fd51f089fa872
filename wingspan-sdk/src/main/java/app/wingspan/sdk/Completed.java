package app.wingspan.sdk;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The default async twins of {@link ClientInvoices}: a synchronous call's outcome as a completed
 * future.
 */
final class Completed {

  private Completed() {}

  static <R> CompletableFuture<R> of(Supplier<R> call) {
    try {
      return CompletableFuture.completedFuture(call.get());
    } catch (WingspanException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
