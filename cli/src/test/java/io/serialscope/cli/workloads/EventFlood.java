package io.serialscope.cli.workloads;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.management.ObjectName;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;

/**
 * An event flood: 4 threads taking one lock a million times in all and 100,000 tiny pool tasks
 * (each a new object the agent gives an id), then bulky events of the application's own, enough to
 * overflow small JFR buffers; all of it {@code args[0]} times (default 1), so that longer floods
 * hold no more live objects at once. Prints its results on stdout; on stderr the used heap after
 * GC, the most disk JFR's repository held while it ran, the repository after two chunk rotations
 * once the flood is over, and JFR's maximum chunk size.
 */
public final class EventFlood {
  /**
   * Sixteen texts of at most 128 characters: JDK 21+ pools (and keeps on the heap, up to 16 million
   * characters) every event string longer than that, which would make the heap measured here JFR's
   * pool rather than the agent's; a distinct short string is written out and not kept.
   */
  @Name("flood.Payload")
  @StackTrace(false)
  static final class Payload extends Event {
    String text0;
    String text1;
    String text2;
    String text3;
    String text4;
    String text5;
    String text6;
    String text7;
    String text8;
    String text9;
    String text10;
    String text11;
    String text12;
    String text13;
    String text14;
    String text15;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    AtomicLong repositoryPeak = new AtomicLong();
    Thread watcher = new Thread(() -> watchRepository(repositoryPeak), "repository-watcher");
    watcher.setDaemon(true);
    watcher.start();

    long locked = 0;
    long ran = 0;
    for (int round = 0; round < rounds; round++) {
      locked += lockFlood();
      ran += taskFlood();
      payloadFlood(round);
    }
    System.out.println("lock " + locked);
    System.out.println("tasks " + ran);
    System.out.println("payloads written");

    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    // the program idles a moment, as programs do between bursts: long enough for the agent's
    // sweeper (once a second) to drop its entries for the tasks the collections above freed
    Thread.sleep(2_500);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.err.println("usedHeapAfterGc " + (rt.totalMemory() - rt.freeMemory()));
    System.err.println("repositoryPeak " + Math.max(repositoryPeak.get(), repositorySize()));
    // starting and stopping a recording makes JFR rotate its chunk, which is when it drops the
    // oldest chunks beyond a recording's maxSize: twice, so the flood's last chunk is finished too
    for (int i = 0; i < 2; i++) {
      try (Recording rotation = new Recording()) {
        rotation.start();
        rotation.stop();
      }
    }
    System.err.println("repositoryAfterRotations " + repositorySize());
    System.err.println("jfrMaxChunkSize " + jfrMaxChunkSize());
  }

  /** 4 threads taking one lock a million times in all; returns the count. */
  private static long lockFlood() throws InterruptedException {
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
    return counter[0];
  }

  /** 100,000 tiny tasks on a pool of 4; returns how many ran. */
  private static long taskFlood() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicLong ran = new AtomicLong();
    for (int i = 0; i < 100_000; i++) {
      pool.execute(ran::incrementAndGet);
    }
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.MINUTES);
    return ran.get();
  }

  /**
   * 100,000 application events of about 2,000 characters each, every text a different string: JDK
   * 21+ writes a repeated string once, which would not flood the disk.
   */
  private static void payloadFlood(int round) throws InterruptedException {
    String filler = "x".repeat(100);
    Thread[] writers = new Thread[4];
    for (int t = 0; t < writers.length; t++) {
      String writer = round + "-" + t + "-";
      writers[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 25_000; i++) {
                  String prefix = writer + i + "-";
                  Payload p = new Payload();
                  p.text0 = prefix + "0" + filler;
                  p.text1 = prefix + "1" + filler;
                  p.text2 = prefix + "2" + filler;
                  p.text3 = prefix + "3" + filler;
                  p.text4 = prefix + "4" + filler;
                  p.text5 = prefix + "5" + filler;
                  p.text6 = prefix + "6" + filler;
                  p.text7 = prefix + "7" + filler;
                  p.text8 = prefix + "8" + filler;
                  p.text9 = prefix + "9" + filler;
                  p.text10 = prefix + "10" + filler;
                  p.text11 = prefix + "11" + filler;
                  p.text12 = prefix + "12" + filler;
                  p.text13 = prefix + "13" + filler;
                  p.text14 = prefix + "14" + filler;
                  p.text15 = prefix + "15" + filler;
                  p.commit();
                }
              });
      writers[t].start();
    }
    for (Thread t : writers) {
      t.join();
    }
  }

  /** JFR's maximum chunk size as {@code JFR.configure} states it, e.g. "2.0 MB". */
  private static String jfrMaxChunkSize() throws Exception {
    String configuration =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "jfrConfigure",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    for (String line : configuration.split("\\R")) {
      if (line.startsWith("Max chunk size:")) {
        return line.substring("Max chunk size:".length()).trim();
      }
    }
    return "unknown";
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
