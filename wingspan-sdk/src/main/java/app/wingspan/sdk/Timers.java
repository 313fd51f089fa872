package app.wingspan.sdk;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A client's deadline timer: one daemon thread, started when a deadline is armed and ending once no
 * deadline has been pending for a while ({@link #IDLE}), or at {@link #close()}. The JDK's request
 * timeout stops at the response headers, so a server that stalls mid-body would hang a call
 * forever; this timer cancels the exchange instead. Each {@link Wingspan} owns one: nothing is
 * static, so a discarded client (or a redeployed application) leaves no thread behind, and no
 * thread keeps the SDK's class loader alive.
 *
 * <p>Nearly every deadline is cancelled long before it is due, so arming and cancelling one must
 * cost the calling thread a few set operations and no wake-up of the timer thread. A {@code
 * ScheduledThreadPoolExecutor} signals its thread whenever a task becomes the head of its queue,
 * which for sequential calls is every call: a context switch per request, measured in
 * SdkOverheadBenchmark. Here the thread sleeps until the earliest deadline it knows of and is woken
 * only by a deadline earlier than that; cancelled deadlines leave the set at once, so finished
 * requests are not kept reachable until they would have been due.
 */
final class Timers implements AutoCloseable {

  /**
   * How long the thread waits without any pending deadline before it ends; the next deadline starts
   * another.
   */
  static final Duration IDLE = Duration.ofSeconds(5);

  private static final AtomicLong THREADS = new AtomicLong();

  private final ConcurrentSkipListSet<Deadline> pending = new ConcurrentSkipListSet<>();
  private final AtomicLong sequence = new AtomicLong();

  /** Whether a timer thread is running (or about to); only its owner sets it back to false. */
  private final AtomicBoolean running = new AtomicBoolean();

  private volatile Thread thread;
  private volatile boolean closed;

  /**
   * The nanoTime the timer thread sleeps until; meaningful only while {@link #sleepingUntilSet} is
   * true.
   */
  private volatile long sleepingUntil;

  private volatile boolean sleepingUntilSet;
  private final long idleNanos;

  Timers() {
    this(IDLE);
  }

  Timers(Duration idle) {
    this.idleNanos = idle.toNanos();
  }

  /** A scheduled task that can be cancelled; cancelling after it ran does nothing. */
  final class Deadline implements Comparable<Deadline> {
    private final long due;
    private final long sequence;
    private final Runnable task;
    private final AtomicBoolean settled = new AtomicBoolean();

    private Deadline(long due, long sequence, Runnable task) {
      this.due = due;
      this.sequence = sequence;
      this.task = task;
    }

    /** Stops the task from running, unless it already has. */
    void cancel() {
      if (settled.compareAndSet(false, true)) {
        pending.remove(this);
      }
    }

    @Override
    public int compareTo(Deadline other) {
      // nanoTime values are compared by difference: they may wrap.
      int byDue = Long.signum(due - other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(sequence);
    }
  }

  Deadline schedule(Runnable task, Duration delay) {
    return scheduleAt(task, System.nanoTime() + delay.toNanos());
  }

  /**
   * Runs {@code task} on the timer thread at {@code due} (a {@link System#nanoTime()} value) unless
   * cancelled.
   */
  Deadline scheduleAt(Runnable task, long due) {
    Deadline deadline = new Deadline(due, sequence.incrementAndGet(), task);
    pending.add(deadline);
    if (!running.get() && !closed && running.compareAndSet(false, true)) {
      start();
      return deadline;
    }
    // The thread publishes its wake-up time before looking at the set again, so either it sees this
    // deadline or
    // this sees a wake-up time to compare with.
    if (!sleepingUntilSet || due - sleepingUntil < 0) {
      Thread current = thread;
      if (current != null) {
        LockSupport.unpark(current);
      }
    }
    return deadline;
  }

  /** Whether a timer thread is alive now; for tests. */
  boolean threadAlive() {
    Thread current = thread;
    return current != null && current.isAlive();
  }

  /**
   * Ends the timer thread and drops pending deadlines without running them: the client's HTTP
   * exchanges have ended (or are about to) when this is called.
   */
  @Override
  public void close() {
    closed = true;
    pending.clear();
    Thread current = thread;
    if (current != null) {
      LockSupport.unpark(current);
    }
  }

  private void start() {
    Thread started = new Thread(this::run, "wingspan-sdk-timeouts-" + THREADS.incrementAndGet());
    started.setDaemon(true);
    // No inherited context class loader: the thread must not pin the application's loader.
    started.setContextClassLoader(null);
    thread = started;
    started.start();
  }

  private void run() {
    long idleSince = System.nanoTime();
    boolean idleExit = false;
    try {
      while (!closed) {
        long now = System.nanoTime();
        Deadline first;
        while ((first = firstOrNull()) != null && first.due - now <= 0) {
          if (pending.remove(first) && first.settled.compareAndSet(false, true)) {
            try {
              first.task.run();
            } catch (Throwable e) {
              // A deadline task only cancels a future; one failing, even with an Error, must not
              // stop the others.
              if (e instanceof VirtualMachineError) {
                throw e;
              }
            }
          }
        }
        if (first == null) {
          sleepingUntilSet = false;
          if (firstOrNull() == null) {
            if (now - idleSince >= idleNanos) {
              if (stopUnlessWorkArrived()) {
                idleExit = true;
                return;
              }
              idleSince = System.nanoTime();
              continue;
            }
            LockSupport.parkNanos(this, idleNanos - (now - idleSince));
          }
        } else {
          idleSince = now;
          sleepingUntil = first.due;
          sleepingUntilSet = true;
          Deadline recheck = firstOrNull();
          if (recheck == null || recheck.due - first.due >= 0) {
            // At most the idle time: a cancelled deadline does not wake this thread (that would
            // cost every call a
            // wake-up), so a client that stopped calling is noticed this late, not a whole request
            // timeout later.
            LockSupport.parkNanos(this, Math.min(first.due - now, idleNanos));
          }
          idleSince = System.nanoTime();
        }
        sleepingUntilSet = false;
      }
    } finally {
      if (!idleExit) {
        // Closed, or a VirtualMachineError: give up the flag, and restart if deadlines are still
        // waiting.
        running.set(false);
        if (!pending.isEmpty() && !closed && running.compareAndSet(false, true)) {
          start();
        }
      }
    }
  }

  /**
   * Gives up the running flag; true if the thread may end, false if a deadline arrived meanwhile.
   */
  private boolean stopUnlessWorkArrived() {
    running.set(false);
    if (pending.isEmpty() || closed) {
      return true;
    }
    return !running.compareAndSet(false, true);
  }

  private Deadline firstOrNull() {
    try {
      return pending.first();
    } catch (NoSuchElementException e) {
      return null;
    }
  }
}
