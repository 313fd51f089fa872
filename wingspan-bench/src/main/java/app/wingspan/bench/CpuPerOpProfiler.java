package app.wingspan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, for benchmarks whose wall-clock time on a shared machine says more about
 * the neighbours than about the code: {@code -prof app.wingspan.bench.CpuPerOpProfiler}. Reports
 * the benchmark JVM's CPU (every thread: caller, HTTP client, JIT, GC) per operation, the part of
 * it spent on the in-process server's threads ({@link #SERVER_THREADS} and the JDK server's
 * dispatcher), and the difference, the client side. Two benchmarks that talk to the same in-process
 * server differ only in the client side, which a waiting thread does not inflate: a context switch
 * costs CPU, a slow wake-up by a busy neighbour does not.
 *
 * <p>On Linux it also counts the JVM's voluntary context switches per operation (summed over its
 * live threads from {@code /proc/self/task}): each time a thread parks to wait for another, which
 * is what a hand-off between threads costs besides CPU, and what a loaded machine makes slow.
 */
public final class CpuPerOpProfiler implements InternalProfiler {

  /** The prefix of the names of the in-process server's worker threads. */
  static final String SERVER_THREADS = "bench-server-";

  private static final String DISPATCHER = "HTTP-Dispatcher";

  /**
   * The last CPU time seen of server threads by id, so a server stopped in a trial's tear-down
   * (which runs before the last iteration's figures are taken) still counts.
   */
  private static final Map<Long, Long> RETIRED = new ConcurrentHashMap<>();

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long processBefore;
  private long switchesBefore;
  private Map<Long, Long> serverBefore = Map.of();

  @Override
  public String getDescription() {
    return "process, server-thread and client-side CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    serverBefore = serverThreadCpu();
    switchesBefore = voluntarySwitches();
    processBefore = os.getProcessCpuTime();
  }

  /** The CPU nanoseconds threads spent from {@code before} to {@code after} (by thread id). */
  static long serverCpuBetween(Map<Long, Long> before, Map<Long, Long> after) {
    long server = 0;
    for (Map.Entry<Long, Long> now : after.entrySet()) {
      server += now.getValue() - before.getOrDefault(now.getKey(), 0L);
    }
    return server;
  }

  @Override
  public List<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long process = os.getProcessCpuTime() - processBefore;
    long switches = voluntarySwitches() - switchesBefore;
    long server = serverCpuBetween(serverBefore, serverThreadCpu());
    long ops = Math.max(1, result.getMetadata().getAllOps());
    List<Result> results = new ArrayList<>();
    results.add(perOp("cpu.process", process, ops));
    results.add(perOp("cpu.server", server, ops));
    results.add(perOp("cpu.client", process - server, ops));
    if (switchesBefore >= 0 && switches >= 0) {
      results.add(
          new ScalarResult(
              "switches.voluntary", (double) switches / ops, "#/op", AggregationPolicy.AVG));
    }
    return results;
  }

  private static ScalarResult perOp(String label, long nanos, long ops) {
    return new ScalarResult(label, nanos / 1e3 / ops, "us/op", AggregationPolicy.AVG);
  }

  /**
   * The voluntary context switches so far of the JVM's live threads, or -1 where {@code /proc} does
   * not tell.
   */
  static long voluntarySwitches() {
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      long total = 0;
      for (Path task : tasks) {
        try {
          for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")) {
              total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
          }
        } catch (IOException e) {
          // the thread ended while being read
        }
      }
      return total;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * Call before stopping the in-process server: its threads' CPU time is kept for the iteration
   * under way.
   */
  static void serverStopping() {
    RETIRED.putAll(serverThreadCpu());
  }

  /** CPU nanoseconds so far of each server thread, by thread id (stopped ones as last seen). */
  static Map<Long, Long> serverThreadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>(RETIRED);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (name.startsWith(SERVER_THREADS) || name.equals(DISPATCHER)) {
        long nanos = threads.getThreadCpuTime(thread.getId());
        if (nanos >= 0) {
          cpu.put(thread.getId(), nanos);
        }
      }
    }
    return cpu;
  }
}
