package app.wingspan.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pg_auto_failover cluster of {@code ha/cluster} (a monitor and nodes node1 and node2 on
 * loopback, synchronous replication), driven from a test.
 */
final class HaCluster implements AutoCloseable {
  static final List<String> NODES = List.of("node1", "node2");

  private final Path script;
  private final Path dir;
  private final int[] nodePorts;
  private final String jdbcUrl;

  private HaCluster(Path script, Path dir, int[] nodePorts, String jdbcUrl) {
    this.script = script;
    this.dir = dir;
    this.nodePorts = nodePorts;
    this.jdbcUrl = jdbcUrl;
  }

  /** True when {@code pg_autoctl} is on the PATH. */
  static boolean installed() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, "pg_autoctl"))) {
        return true;
      }
    }
    return false;
  }

  /** Starts a cluster in a new temporary directory, on free loopback ports. */
  static HaCluster start() throws IOException {
    Path script = script();
    Path dir = Files.createTempDirectory("wingspan-ha");
    int[] ports = freePorts(3);
    try {
      String out =
          run(
              script,
              300,
              "up",
              dir.toString(),
              String.valueOf(ports[0]),
              String.valueOf(ports[1]),
              String.valueOf(ports[2]));
      String url = out.lines().filter(l -> l.startsWith("jdbc:")).reduce((a, b) -> b).orElseThrow();
      return new HaCluster(script, dir, new int[] {ports[1], ports[2]}, url);
    } catch (RuntimeException e) {
      run(script, 60, "down", dir.toString());
      throw e;
    }
  }

  /**
   * The multi-host URL: {@code jdbc:postgresql://h1:p1,h2:p2/wingspan?targetServerType=primary}.
   */
  String jdbcUrl() {
    return jdbcUrl;
  }

  /** The node the monitor reports as primary now, if any. */
  String primary() {
    return run(script, 30, "primary", dir.toString()).strip();
  }

  /** Waits until a node other than {@code old} is primary; returns it. */
  String awaitPrimaryOtherThan(String old, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      String now = primary();
      if (!now.isEmpty() && !now.equals(old)) {
        return now;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no node but " + old + " became primary within " + timeoutSeconds + " s:\n" + state());
  }

  /** Kills the node as a crash would: kill -9 of its keeper and its postmaster. */
  void kill(String node) {
    run(script, 30, "kill", dir.toString(), node);
  }

  /** Starts a killed node again and waits until it is a synchronous standby once more. */
  void rejoin(String node) {
    run(script, 240, "rejoin", dir.toString(), node);
  }

  /** The monitor's table of nodes, for failure messages. */
  String state() {
    return run(script, 30, "state", dir.toString());
  }

  /** A connection to {@code node} alone (not through the multi-host URL). */
  Connection connect(String node) throws SQLException {
    int port = nodePorts[NODES.indexOf(node)];
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/wingspan", "postgres", null);
  }

  /** The keeper's log of {@code node} (or {@code monitor}), for failure messages. */
  String log(String name) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops every process of the cluster and deletes its directory. */
  @Override
  public void close() {
    run(script, 60, "down", dir.toString());
  }

  private static Path script() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("ha").resolve("cluster");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("ha/cluster not found above " + Path.of("").toAbsolutePath());
  }

  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0);
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  private static String run(Path script, long timeoutSeconds, String... args) {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(args));
    try {
      Path output = Files.createTempFile("wingspan-ha-cmd", ".txt");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          throw new AssertionError(
              String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
        }
        String out = Files.readString(output);
        if (process.exitValue() != 0) {
          throw new AssertionError(
              String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + out);
        }
        return out;
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
