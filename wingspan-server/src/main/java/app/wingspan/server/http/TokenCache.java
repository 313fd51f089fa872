package app.wingspan.server.http;

import app.wingspan.server.store.Account;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers which account a token hash belonged to for a short while, so a busy client does not pay
 * a database round trip for its identity on every request. Only successful lookups are kept (an
 * unknown token always asks the database), entries expire after {@link #TTL_NANOS}, and the cache
 * holds at most {@link #MAX_ENTRIES} hashes (it starts over when full). A token that stops being
 * valid in the database (there is no revocation command yet) is therefore refused at most {@code
 * TTL} later by an instance that saw it just before.
 */
final class TokenCache {
  static final long TTL_NANOS = 5_000_000_000L;
  static final int MAX_ENTRIES = 10_000;

  private record Entry(Account account, long expiresAt) {}

  private final ConcurrentHashMap<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  TokenCache(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** The account remembered for {@code tokenHash}, if one is and it has not expired. */
  Optional<Account> find(byte[] tokenHash) {
    ByteBuffer key = ByteBuffer.wrap(tokenHash);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (nanoClock.getAsLong() - entry.expiresAt() >= 0) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    // Keys are SHA-256 hashes, never tokens: matching them by equality reveals nothing about a
    // secret.
    return Optional.of(entry.account());
  }

  void remember(byte[] tokenHash, Account account) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // crude but bounded: a flood of distinct tokens costs lookups, never memory
    }
    entries.put(
        ByteBuffer.wrap(tokenHash.clone()), new Entry(account, nanoClock.getAsLong() + TTL_NANOS));
  }

  void clear() {
    entries.clear();
  }

  int size() {
    return entries.size();
  }
}
