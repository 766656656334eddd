package io.serialscope.cli.workloads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * An event flood: 4 threads taking one lock a million times in all and 100,000 tiny pool tasks
 * (each a new object the agent gives an id), then bulky events of the application's own, enough to
 * overflow small JFR buffers. Prints its results on stdout; on stderr the used heap after GC and
 * the most disk JFR's repository held while it ran.
 */
public final class EventFlood {
  @Name("flood.Payload")
  @StackTrace(false)
  static final class Payload extends Event {
    String text;
  }

  public static void main(String[] args) throws Exception {
    AtomicLong repositoryPeak = new AtomicLong();
    Thread watcher = new Thread(() -> watchRepository(repositoryPeak), "repository-watcher");
    watcher.setDaemon(true);
    watcher.start();

    ReentrantLock lock = new ReentrantLock();
    long[] counter = {0};
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 250_000; i++) {
                  lock.lock();
                  try {
                    counter[0]++;
                  } finally {
                    lock.unlock();
                  }
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    System.out.println("lock " + counter[0]);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicLong ran = new AtomicLong();
    for (int i = 0; i < 100_000; i++) {
      pool.execute(ran::incrementAndGet);
    }
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.MINUTES);
    System.out.println("tasks " + ran.get());

    String text = "x".repeat(2_000);
    Thread[] writers = new Thread[4];
    for (int t = 0; t < writers.length; t++) {
      writers[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 25_000; i++) {
                  Payload p = new Payload();
                  p.text = text;
                  p.commit();
                }
              });
      writers[t].start();
    }
    for (Thread t : writers) {
      t.join();
    }
    System.out.println("payloads written");

    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    System.err.println("usedHeapAfterGc " + (rt.totalMemory() - rt.freeMemory()));
    System.err.println("repositoryPeak " + Math.max(repositoryPeak.get(), repositorySize()));
  }

  private static void watchRepository(AtomicLong peak) {
    while (true) {
      peak.accumulateAndGet(repositorySize(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Bytes in JFR's repository now (-1 before JFR has one). */
  private static long repositorySize() {
    String repository = System.getProperty("jdk.jfr.repository");
    if (repository == null) {
      return -1;
    }
    try (Stream<Path> files = Files.walk(Path.of(repository))) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (java.io.IOException gone) {
                  return 0; // a chunk removed while we looked
                }
              })
          .sum();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
