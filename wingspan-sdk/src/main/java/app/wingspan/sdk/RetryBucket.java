package app.wingspan.sdk;

import java.util.concurrent.atomic.AtomicInteger;

/** The tokens left of a client's {@link RetryQuota}; shared by its calls, lock-free. */
final class RetryBucket {

  private final RetryQuota quota;
  private final AtomicInteger tokens;

  RetryBucket(RetryQuota quota) {
    this.quota = quota;
    this.tokens = new AtomicInteger(quota.capacity());
  }

  /** The cost of a retry after an attempt that timed out, or after any other failure. */
  int cost(boolean timeout) {
    return timeout ? quota.timeoutRetryCost() : quota.retryCost();
  }

  /** Takes {@code cost} tokens if there are that many; false leaves the bucket as it was. */
  boolean tryAcquire(int cost) {
    if (cost == 0) {
      return true;
    }
    while (true) {
      int now = tokens.get();
      if (now < cost) {
        return false;
      }
      if (tokens.compareAndSet(now, now - cost)) {
        return true;
      }
    }
  }

  /** Puts tokens back after a success, never above the capacity. */
  void release(int amount) {
    if (amount <= 0 || tokens.get() >= quota.capacity()) {
      return; // the common case, a success when the bucket is full, writes nothing
    }
    tokens.accumulateAndGet(amount, (now, add) -> Math.min(quota.capacity(), now + add));
  }

  /** Tokens left; for tests. */
  int available() {
    return tokens.get();
  }
}
