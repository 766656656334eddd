package io.serialscope.cli.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * Thousands of small tasks on many threads through every instrumented primitive at once, with first
 * uses of ForkJoinPool, ThreadLocalRandom and ConcurrentHashMap racing on many threads, and on Java
 * 21+ 500 virtual threads through the same lock. It must finish (the agent never deadlocks it) and
 * compute the right totals (never changes it).
 */
public final class MixedStress {
  public static void main(String[] args) throws Exception {
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
    ReentrantLock lock = new ReentrantLock();
    ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    Semaphore permits = new Semaphore(4);
    LongAdder total = new LongAdder();
    long[] guarded = new long[1];
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                start.await(); // first uses race from here
                for (int i = 0; i < 300; i++) {
                  int k = ThreadLocalRandom.current().nextInt(1000);
                  map.merge(k, 1, Integer::sum);
                  lock.lock();
                  try {
                    guarded[0]++;
                  } finally {
                    lock.unlock();
                  }
                  rw.readLock().lock();
                  rw.readLock().unlock();
                  permits.acquire();
                  permits.release();
                  total.increment();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    int sum = IntStream.range(0, 20_000).parallel().map(i -> i % 7).sum();
    int custom =
        new ForkJoinPool(8)
            .submit(() -> IntStream.range(0, 20_000).parallel().map(i -> i % 3).sum())
            .get();
    List<CompletableFuture<Integer>> stages = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      int n = i;
      stages.add(CompletableFuture.supplyAsync(() -> n, pool).thenApplyAsync(x -> x + 1, pool));
    }
    CompletableFuture.allOf(stages.toArray(new CompletableFuture[0])).join();
    long stageSum = stages.stream().mapToLong(CompletableFuture::join).sum();
    BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(16);
    SynchronousQueue<Integer> handoff = new SynchronousQueue<>();
    CountDownLatch done = new CountDownLatch(2);
    LongAdder consumed = new LongAdder();
    new Thread(
            () -> {
              for (int i = 0; i < 5000; i++) {
                try {
                  queue.put(i);
                } catch (InterruptedException e) {
                  return;
                }
              }
              done.countDown();
            })
        .start();
    new Thread(
            () -> {
              for (int i = 0; i < 5000; i++) {
                try {
                  handoff.put(queue.take());
                } catch (InterruptedException e) {
                  return;
                }
              }
              done.countDown();
            })
        .start();
    for (int i = 0; i < 5000; i++) {
      consumed.add(handoff.take());
    }
    done.await();
    long virtualLocked = onVirtualThreads(lock, guarded);
    pool.shutdown();
    check(total.sum() == threads * 300L, "adder");
    check(guarded[0] == threads * 300L + virtualLocked, "lock");
    check(map.values().stream().mapToInt(Integer::intValue).sum() == threads * 300, "map");
    check(sum == IntStream.range(0, 20_000).map(i -> i % 7).sum(), "parallel stream");
    check(custom == IntStream.range(0, 20_000).map(i -> i % 3).sum(), "custom pool stream");
    check(stageSum == 2000L * 2001 / 2, "stages");
    check(consumed.sum() == 5000L * 4999 / 2, "pipeline");
    System.out.println("mixed stress ok");
  }

  /**
   * On Java 21+, 500 virtual threads racing through the same lock, a sleep (a park that unmounts
   * them) and ThreadLocalRandom; returns how many times they took the lock (0 before Java 21).
   */
  private static long onVirtualThreads(ReentrantLock lock, long[] guarded) throws Exception {
    ExecutorService virtual;
    try {
      virtual =
          (ExecutorService)
              Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    } catch (ReflectiveOperationException e) {
      return 0;
    }
    int tasks = 500;
    int rounds = 4;
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      futures.add(
          virtual.submit(
              () -> {
                for (int i = 0; i < rounds; i++) {
                  Thread.sleep(ThreadLocalRandom.current().nextInt(2));
                  lock.lock();
                  try {
                    guarded[0]++;
                  } finally {
                    lock.unlock();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    virtual.shutdown();
    return (long) tasks * rounds;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("wrong result: " + what);
    }
  }
}
