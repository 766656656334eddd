package io.serialscope.cli.workloads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * Heavy contention to attach to: 16 platform threads (and, on Java 21+, 200 virtual threads) take
 * one lock and one monitor, merge into one {@code ConcurrentHashMap}, draw from {@code
 * ThreadLocalRandom} and run parallel streams on the common pool, without pause, until the file
 * named by its first argument exists. Every operation is counted twice (per thread and in the
 * shared structures), so at the end it prints {@code consistent N} when both counts agree (N
 * operations) or {@code INCONSISTENT ...}; first it prints {@code ready}.
 */
public final class ContendedUntilStopped {
  private static final int PLATFORM_THREADS = 16;
  private static final int VIRTUAL_THREADS = 200;

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Object MONITOR = new Object();
  private static final ConcurrentHashMap<Integer, Long> MAP = new ConcurrentHashMap<>();
  private static long lockedCount;
  private static long monitorCount;
  private static final AtomicLong STREAM_SUM = new AtomicLong();

  public static void main(String[] args) throws Exception {
    Path stopFile = Path.of(args[0]);
    List<Thread> threads = new ArrayList<>();
    AtomicLong operations = new AtomicLong();
    AtomicLong expectedStreamSum = new AtomicLong();
    Runnable contend =
        () -> {
          long mine = 0;
          long streams = 0;
          while (!Files.exists(stopFile)) {
            for (int i = 0; i < 50; i++) {
              int key = ThreadLocalRandom.current().nextInt(64);
              MAP.merge(key, 1L, Long::sum);
              LOCK.lock();
              try {
                lockedCount++;
              } finally {
                LOCK.unlock();
              }
              synchronized (MONITOR) {
                monitorCount++;
              }
              mine++;
            }
            if (ThreadLocalRandom.current().nextInt(20) == 0) {
              STREAM_SUM.addAndGet(IntStream.range(0, 2_000).parallel().map(x -> x % 5).sum());
              streams++;
            }
          }
          operations.addAndGet(mine);
          expectedStreamSum.addAndGet(streams * IntStream.range(0, 2_000).map(x -> x % 5).sum());
        };
    for (int t = 0; t < PLATFORM_THREADS; t++) {
      Thread thread = new Thread(contend, "contender-" + t);
      threads.add(thread);
      thread.start();
    }
    ExecutorService virtual = virtualThreadsIfAny();
    if (virtual != null) {
      for (int t = 0; t < VIRTUAL_THREADS; t++) {
        virtual.submit(contend);
      }
    }
    System.out.println("ready" + (virtual != null ? " with virtual threads" : ""));
    System.out.flush();
    for (Thread thread : threads) {
      thread.join();
    }
    if (virtual != null) {
      virtual.shutdown();
      if (!virtual.awaitTermination(60, TimeUnit.SECONDS)) {
        System.out.println("INCONSISTENT: virtual threads did not finish");
        return;
      }
    }
    long mapped = MAP.values().stream().mapToLong(Long::longValue).sum();
    long ops = operations.get();
    boolean consistent =
        mapped == ops
            && lockedCount == ops
            && monitorCount == ops
            && STREAM_SUM.get() == expectedStreamSum.get();
    System.out.println(
        consistent
            ? "consistent " + ops
            : "INCONSISTENT ops "
                + ops
                + " map "
                + mapped
                + " lock "
                + lockedCount
                + " monitor "
                + monitorCount
                + " streams "
                + STREAM_SUM.get()
                + "/"
                + expectedStreamSum.get());
  }

  /** Java 21+'s virtual-thread-per-task executor, found reflectively (this compiles for 17). */
  private static ExecutorService virtualThreadsIfAny() {
    try {
      return (ExecutorService)
          Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
