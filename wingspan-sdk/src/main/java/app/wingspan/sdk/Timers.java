package app.wingspan.sdk;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that enforces attempt deadlines. The JDK's request timeout stops at the response headers,
 * so a server that stalls mid-body would hang a call forever; this timer cancels the exchange instead. Its tasks
 * only cancel futures, so one thread serves every client.
 *
 * <p>Nearly every deadline is cancelled long before it is due, so arming and cancelling one must cost the calling
 * thread a few set operations and no wake-up of the timer thread. A {@code ScheduledThreadPoolExecutor} signals its
 * thread whenever a task becomes the head of its queue, which for sequential calls is every call: a context switch
 * per request, measured in SdkOverheadBenchmark. Here the thread sleeps until the earliest deadline it knows of and
 * is woken only by a deadline earlier than that; cancelled deadlines leave the set at once, so finished requests are
 * not kept reachable until they would have been due.
 */
final class Timers {

  private static final ConcurrentSkipListSet<Deadline> PENDING = new ConcurrentSkipListSet<>();
  private static final AtomicLong SEQUENCE = new AtomicLong();
  /** The nanoTime the timer thread sleeps until; meaningful only while {@link #sleepingUntilSet} is true. */
  private static volatile long sleepingUntil;
  private static volatile boolean sleepingUntilSet;
  private static final Thread THREAD = start();

  private Timers() {}

  /** A scheduled task that can be cancelled; cancelling after it ran does nothing. */
  static final class Deadline implements Comparable<Deadline> {
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
        PENDING.remove(this);
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

  static Deadline schedule(Runnable task, Duration delay) {
    return scheduleAt(task, System.nanoTime() + delay.toNanos());
  }

  /** Runs {@code task} on the timer thread at {@code due} (a {@link System#nanoTime()} value) unless cancelled. */
  static Deadline scheduleAt(Runnable task, long due) {
    Deadline deadline = new Deadline(due, SEQUENCE.incrementAndGet(), task);
    PENDING.add(deadline);
    // The thread publishes its wake-up time before looking at the set again, so either it sees this deadline or
    // this sees a wake-up time to compare with.
    if (!sleepingUntilSet || due - sleepingUntil < 0) {
      LockSupport.unpark(THREAD);
    }
    return deadline;
  }

  private static void run() {
    while (true) {
      long now = System.nanoTime();
      Deadline first;
      while ((first = firstOrNull()) != null && first.due - now <= 0) {
        if (PENDING.remove(first) && first.settled.compareAndSet(false, true)) {
          try {
            first.task.run();
          } catch (RuntimeException e) {
            // A deadline task only cancels a future; one failing must not stop the others.
          }
        }
      }
      if (first == null) {
        sleepingUntilSet = false;
        if (firstOrNull() == null) {
          LockSupport.park(Timers.class);
        }
      } else {
        sleepingUntil = first.due;
        sleepingUntilSet = true;
        Deadline recheck = firstOrNull();
        if (recheck == null || recheck.due - first.due >= 0) {
          LockSupport.parkNanos(Timers.class, first.due - now);
        }
      }
      sleepingUntilSet = false;
    }
  }

  private static Deadline firstOrNull() {
    try {
      return PENDING.first();
    } catch (NoSuchElementException e) {
      return null;
    }
  }

  private static Thread start() {
    Thread thread = new Thread(Timers::run, "wingspan-sdk-timeouts");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
