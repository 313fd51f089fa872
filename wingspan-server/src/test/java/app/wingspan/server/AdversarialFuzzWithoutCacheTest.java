package app.wingspan.server;

import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@link AdversarialFuzzTest}'s property, isolation cases included, against a server with the
 * invoice cache off: every read is a SQL read, as with replicas sharing a database.
 */
class AdversarialFuzzWithoutCacheTest extends AdversarialFuzzTest {
  private static TestApp withoutCache;

  @Override
  TestApp server() {
    return started();
  }

  private static synchronized TestApp started() {
    if (withoutCache == null) {
      withoutCache = TestApp.withoutInvoiceCache();
    }
    return withoutCache;
  }

  @AfterContainer
  static void stop() {
    if (withoutCache != null) {
      withoutCache.server.close();
    }
  }
}
