package io.serialscope.cli.workloads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * A service-like JVM to attach to: it computes the same rounds of parallel tasks until the file
 * named by its first argument exists, then exits with code 0. Every 20 rounds it prints {@code
 * rounds R in T us checksum C same} (T: the wall time of those 20 rounds; {@code changed} instead
 * of {@code same} when a round's result differs from the first round's), first {@code ready}, and
 * at exit {@code threads: ...} (its live threads), {@code hooks-enabled: ...} (whether
 * serialscope's hooks are on, or {@code absent}) and {@code recordings: ...} (JFR recordings still
 * open in it).
 */
public final class KeepsRunning {
  private static final int TASKS = 4;

  public static void main(String[] args) throws Exception {
    Path stopFile = Path.of(args[0]);
    ExecutorService pool = Executors.newFixedThreadPool(2, KeepsRunning::worker);
    long rounds = 0;
    long expected = round(pool);
    System.out.println("ready");
    System.out.flush();
    long blockStart = System.nanoTime();
    while (!Files.exists(stopFile)) {
      long checksum = round(pool);
      rounds++;
      if (rounds % 20 == 0) {
        long now = System.nanoTime();
        String verdict = checksum == expected ? "same" : "changed";
        System.out.println(
            "rounds "
                + rounds
                + " in "
                + (now - blockStart) / 1_000
                + " us checksum "
                + checksum
                + " "
                + verdict);
        System.out.flush();
        blockStart = now;
      }
    }
    pool.shutdown();
    pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    System.out.println("threads: " + liveThreadNames());
    System.out.println("hooks-enabled: " + hooksEnabled());
    System.out.println("recordings: " + openRecordings());
  }

  private static Thread worker(Runnable r) {
    Thread t = new Thread(r, "keeps-running-worker");
    t.setDaemon(true);
    return t;
  }

  /** Four independent sums, then a serial combination: a few milliseconds of work. */
  private static long round(ExecutorService pool) throws Exception {
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int t = 0; t < TASKS; t++) {
      final int seed = t;
      tasks.add(() -> sum(seed));
    }
    long checksum = 17;
    for (Future<Long> f : pool.invokeAll(tasks)) {
      checksum = checksum * 31 + f.get();
    }
    return checksum;
  }

  private static long sum(int seed) {
    long x = seed;
    for (int i = 0; i < 200_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }

  private static String liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .sorted()
        .collect(Collectors.joining(","));
  }

  private static String hooksEnabled() {
    try {
      Class<?> hooks = Class.forName("io.serialscope.agent.bootstrap.Hooks", false, null);
      return String.valueOf(hooks.getMethod("isEnabled").invoke(null));
    } catch (ClassNotFoundException e) {
      return "absent";
    } catch (ReflectiveOperationException e) {
      return "unknown: " + e;
    }
  }

  private static String openRecordings() {
    if (!jdk.jfr.FlightRecorder.isInitialized()) {
      return "";
    }
    return jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings().stream()
        .map(r -> r.getName() + "=" + r.getState())
        .collect(Collectors.joining(","));
  }
}
