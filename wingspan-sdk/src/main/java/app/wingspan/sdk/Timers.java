package app.wingspan.sdk;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that enforces attempt deadlines. The JDK's request timeout stops at the response headers,
 * so a server that stalls mid-body would hang a call forever; this timer cancels the exchange instead. Its tasks
 * only cancel futures, so one thread serves every client; cancelled timers are removed at once, so finished
 * requests are not kept reachable until their deadline.
 */
final class Timers {

  private static final ScheduledThreadPoolExecutor TIMER = create();

  private Timers() {}

  static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return TIMER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "wingspan-sdk-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
