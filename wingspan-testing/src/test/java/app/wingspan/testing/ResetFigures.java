package app.wingspan.testing;

import app.wingspan.sdk.Wingspan;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the test kit's figures (not a test: the machine is shared and noisy, so times are
 * reported, never asserted): the first start in a fresh JVM, and the per-test reset against a
 * baseline measured in the same run, one SDK GET round trip to the same server.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl wingspan-testing -am verify -DskipTests
 * java -cp "wingspan-testing/target/test-classes:wingspan-testing/target/wingspan-testing.jar:wingspan-testing/target/lib/*" \
 *     app.wingspan.testing.ResetFigures [rounds]
 * </pre>
 */
public final class ResetFigures {
  private ResetFigures() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    long t0 = System.nanoTime();
    try (WingspanTestServer server = WingspanTestServer.start()) {
      long startNanos = System.nanoTime() - t0;
      long[] reset = new long[rounds];
      long[] accounts = new long[rounds];
      long[] get = new long[rounds];
      for (int round = -50; round < rounds; round++) { // 50 warm-up rounds
        // A test's worth of state: two accounts, an invoice created, sent and read.
        long a0 = System.nanoTime();
        TestAccount member = server.accounts().member();
        server.accounts().client();
        long accountsNanos = System.nanoTime() - a0;
        Wingspan sdk = server.sdk();
        String id =
            KitFixtures.openInvoice(
                sdk, member.id(), server.clock().today().plusDays(30).toString());
        server.clock().advance(java.time.Duration.ofDays(31));
        long g0 = System.nanoTime();
        sdk.clientInvoice().get(id);
        long getNanos = System.nanoTime() - g0;
        long r0 = System.nanoTime();
        server.reset();
        long resetNanos = System.nanoTime() - r0;
        if (round >= 0) {
          reset[round] = resetNanos;
          accounts[round] = accountsNanos;
          get[round] = getNanos;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "first start (PostgreSQL initdb and start, migrations, server): %d ms%n",
          startNanos / 1_000_000);
      print("reset (faults, clock, DELETE, caches)", reset);
      print("ready member + client on first use", accounts);
      print("baseline: one SDK GET of an invoice", get);
      System.out.printf(
          Locale.ROOT, "reset / GET (medians): %.1f%n", (double) median(reset) / median(get));
    }
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-45s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d rounds)%n",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
