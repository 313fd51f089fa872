package app.wingspan.server.http;

import app.wingspan.server.store.Account;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Remembers which account a token hash belonged to for a short while, so a busy client does not pay
 * a database round trip for its identity on every request. Only successful lookups are kept (an
 * unknown token always asks the database), entries expire {@link #TTL_NANOS} after they were
 * written, and the cache holds at most {@link #MAX_ENTRIES} hashes, evicting the least likely to be
 * used again (Caffeine's policy) rather than starting over, so a flood of distinct tokens costs
 * lookups, never memory, and never the busy clients' entries all at once. A token that stops being
 * valid in the database (there is no revocation command yet) is therefore refused at most {@code
 * TTL} later by an instance that saw it just before.
 */
final class TokenCache {
  static final long TTL_NANOS = 5_000_000_000L;
  static final int MAX_ENTRIES = 10_000;

  private final Cache<ByteBuffer, Account> entries;

  /**
   * @param nanoClock the time source of expiry ({@link System#nanoTime} but in tests)
   */
  TokenCache(LongSupplier nanoClock) {
    entries =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(Duration.ofNanos(TTL_NANOS))
            .ticker(nanoClock::getAsLong)
            // Evict on the calling thread: the bound holds when remember returns, with no pool
            // task.
            .executor(Runnable::run)
            .build();
  }

  /** The account remembered for {@code tokenHash}, if one is and it has not expired. */
  Optional<Account> find(byte[] tokenHash) {
    // Keys are SHA-256 hashes, never tokens: matching them by equality reveals nothing about a
    // secret.
    return Optional.ofNullable(entries.getIfPresent(ByteBuffer.wrap(tokenHash)));
  }

  void remember(byte[] tokenHash, Account account) {
    entries.put(ByteBuffer.wrap(tokenHash.clone()), account);
  }

  void clear() {
    entries.invalidateAll();
  }

  /** How many hashes are held, expired ones dropped first. */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
