package app.wingspan.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.ApiTokens;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final TokenCache cache = new TokenCache(now::get);
  private final Account client =
      new Account("c1", AccountKind.CLIENT, "Cleo", null, null, null, null, Instant.EPOCH);

  @Test
  void aRememberedTokenIsFoundUntilItsTimeToLiveEnds() {
    byte[] hash = ApiTokens.hash("wsk_a");
    cache.remember(hash, client);

    now.addAndGet(TokenCache.TTL_NANOS - 1);
    assertThat(cache.find(ApiTokens.hash("wsk_a"))).contains(client);

    now.addAndGet(1);
    assertThat(cache.find(hash)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void anotherTokenIsNotFound() {
    cache.remember(ApiTokens.hash("wsk_a"), client);

    assertThat(cache.find(ApiTokens.hash("wsk_b"))).isEmpty();
  }

  @Test
  void theCacheNeverHoldsMoreThanItsBound() {
    for (int i = 0; i < TokenCache.MAX_ENTRIES + 10; i++) {
      cache.remember(ApiTokens.hash("wsk_" + i), client);
    }

    assertThat(cache.size()).isLessThanOrEqualTo(TokenCache.MAX_ENTRIES);
  }
}
