package app.wingspan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link SdkOverheadBenchmark}'s two calls measured in adjacent pairs, for a machine whose load
 * changes faster than JMH's iterations: one JVM, the same server, client and request, and then,
 * after a warm-up, many pairs of a block of raw GETs and a block of SDK gets, one right after the
 * other (in alternating order). A neighbour that slows one block slows its pair's other block too,
 * so the ratio taken within each pair holds where two JMH runs minutes apart do not; the median and
 * quartiles of those ratios are printed, with the per-call medians of time, client-side CPU (the
 * JVM's threads, JIT and GC included, minus its in-process server's) and voluntary context
 * switches.
 *
 * <pre>
 * java -cp wingspan-bench/target/wingspan-bench.jar app.wingspan.bench.SdkOverheadPairs [pairs] [calls per block] [warm-up s]
 * </pre>
 */
public final class SdkOverheadPairs {

  private SdkOverheadPairs() {}

  /** One block's figures per call: wall time and client-side CPU in microseconds, switches. */
  private record Block(double micros, double cpuMicros, double switches) {}

  private interface Calls {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    // As SdkOverheadBenchmark's forks run (JMH is not involved here).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SdkOverheadBenchmark bench = new SdkOverheadBenchmark();
    bench.setUp();
    try {
      Calls raw = bench::rawHttpClientGet;
      Calls sdk = bench::sdkGet;
      long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmUntil) {
        block(raw, calls);
        block(sdk, calls);
      }
      List<Block> raws = new ArrayList<>();
      List<Block> sdks = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        if (i % 2 == 0) {
          raws.add(block(raw, calls));
          sdks.add(block(sdk, calls));
        } else {
          sdks.add(block(sdk, calls));
          raws.add(block(raw, calls));
        }
      }
      report(pairs, calls, warmupSeconds, raws, sdks);
    } finally {
      bench.tearDown();
    }
  }

  private static Block block(Calls calls, int n) throws Exception {
    long switches0 = CpuPerOpProfiler.voluntarySwitches();
    Map<Long, Long> server0 = CpuPerOpProfiler.serverThreadCpu();
    Map<Long, Long> cpu0 = threadCpu();
    long wall0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      calls.run();
    }
    long wall = System.nanoTime() - wall0;
    long cpu = CpuPerOpProfiler.serverCpuBetween(cpu0, threadCpu());
    long server = CpuPerOpProfiler.serverCpuBetween(server0, CpuPerOpProfiler.serverThreadCpu());
    long switches = CpuPerOpProfiler.voluntarySwitches() - switches0;
    return new Block(wall / 1e3 / n, (cpu - server) / 1e3 / n, (double) switches / n);
  }

  /**
   * CPU nanoseconds so far of every live thread, by id: per thread, as the process's own CPU time
   * is counted in clock ticks (10 ms), too coarse for a block of a few milliseconds.
   */
  private static Map<Long, Long> threadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      long nanos = threads.getThreadCpuTime(id);
      if (nanos >= 0) {
        cpu.put(id, nanos);
      }
    }
    return cpu;
  }

  private static void report(
      int pairs, int calls, int warmupSeconds, List<Block> raws, List<Block> sdks) {
    System.out.printf(
        Locale.ROOT,
        "%d pairs of %d raw GETs and %d SDK gets after %d s of warm-up; load average %s%n",
        pairs,
        calls,
        calls,
        warmupSeconds,
        loadAverage());
    System.out.println(
        "| per call | raw: median (quartiles) | SDK: median (quartiles) | SDK ÷ raw within each pair: median (quartiles) |");
    System.out.println("| --- | --- | --- | --- |");
    row("time, us", raws, sdks, Block::micros);
    row("client-side CPU, us", raws, sdks, Block::cpuMicros);
    row("voluntary context switches", raws, sdks, Block::switches);
  }

  private static void row(
      String label,
      List<Block> raws,
      List<Block> sdks,
      java.util.function.ToDoubleFunction<Block> field) {
    double[] raw = raws.stream().mapToDouble(field).toArray();
    double[] sdk = sdks.stream().mapToDouble(field).toArray();
    double[] ratio = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      ratio[i] = raw[i] > 0 ? sdk[i] / raw[i] : Double.NaN;
    }
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %s |%n",
        label,
        quartiles(raw),
        quartiles(sdk),
        quartiles(ratio));
  }

  private static String quartiles(double[] values) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT, "%.3f (%.3f-%.3f)", at(sorted, 0.5), at(sorted, 0.25), at(sorted, 0.75));
  }

  private static double at(double[] sorted, double quantile) {
    double index = quantile * (sorted.length - 1);
    int low = (int) Math.floor(index);
    int high = (int) Math.ceil(index);
    return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
