package io.serialscope.cli.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;

/**
 * Goes through every instrumented family (threads, a pool, fork/join, CompletableFuture, a lock, a
 * queue), prints deterministic results and a task's exception, and exits with code 7: its output
 * and exit code must be the same with and without the agent, even when every hook fails.
 */
public final class ChecksumWorkload {
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<Long>> futures = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long n = i;
      futures.add(pool.submit(() -> LongStream.rangeClosed(1, 1000 + n).sum()));
    }
    long sum = 0;
    for (Future<Long> f : futures) {
      sum += f.get();
    }
    System.out.println("pool " + sum);

    Future<?> failing =
        pool.submit(
            () -> {
              throw new IllegalArgumentException("task failed on purpose");
            });
    try {
      failing.get();
    } catch (ExecutionException e) {
      System.out.println("caught " + e.getCause());
    }

    long parallel =
        new ForkJoinPool(2)
            .submit(() -> LongStream.range(0, 100_000).parallel().map(x -> x % 7).sum())
            .get();
    System.out.println("forkjoin " + parallel);

    long chained =
        CompletableFuture.supplyAsync(() -> 20L, pool)
            .thenApplyAsync(x -> x * 2, pool)
            .thenCombine(CompletableFuture.supplyAsync(() -> 2L, pool), Long::sum)
            .join();
    System.out.println("future " + chained);

    ReentrantLock lock = new ReentrantLock();
    long[] counter = {0};
    BlockingQueue<Long> queue = new ArrayBlockingQueue<>(4);
    Thread producer =
        new Thread(
            () -> {
              for (long i = 0; i < 200; i++) {
                lock.lock();
                try {
                  counter[0] += i;
                } finally {
                  lock.unlock();
                }
                try {
                  queue.put(i);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    producer.start();
    long taken = 0;
    for (int i = 0; i < 200; i++) {
      taken += queue.take();
    }
    producer.join();
    lock.lock();
    try {
      System.out.println("lock " + counter[0] + " queue " + taken);
    } finally {
      lock.unlock();
    }
    pool.shutdown();
    System.exit(7);
  }
}
