package io.serialscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Producer/consumer pipeline with plain threads: one producer thread generates blocks of data
 * (cheap), {@code consumers} consumer threads take blocks from a bounded queue and transform them
 * (expensive: a small dense matrix power per block), and the main thread takes the results from a
 * second queue and folds them (cheap). Nearly all the work is in the consumer stage, so one
 * consumer is about one core of work.
 *
 * <p>Note for the prediction: a consumer is a thread body, not a submitted task, so its
 * consecutive blocks are ordered by program order in the recording.
 *
 * <p>Usage: {@code Pipeline consumers [blocks]}; prints {@code elapsed_ms=...}.
 */
public final class Pipeline {
  static final int N = 64;
  static final double[] POISON = new double[0];

  public static void main(String[] args) throws Exception {
    int consumers = Integer.parseInt(args[0]);
    int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    long start = System.nanoTime();
    BlockingQueue<double[]> work = new ArrayBlockingQueue<>(8);
    BlockingQueue<Double> results = new ArrayBlockingQueue<>(64);
    Thread producer =
        new Thread(
            () -> {
              SplittableRandom rnd = new SplittableRandom(42);
              try {
                for (int b = 0; b < blocks; b++) {
                  double[] m = new double[N * N];
                  for (int i = 0; i < m.length; i++) {
                    m[i] = (rnd.nextDouble() - 0.5) / N;
                  }
                  work.put(m);
                }
                for (int c = 0; c < consumers; c++) {
                  work.put(POISON);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "producer");
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < consumers; c++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  for (double[] m = work.take(); m != POISON; m = work.take()) {
                    results.put(transform(m));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "consumer-" + c);
      workers.add(t);
    }
    producer.start();
    workers.forEach(Thread::start);
    double fold = 0;
    for (int b = 0; b < blocks; b++) {
      fold = fold * 0.999 + results.take();
    }
    producer.join();
    for (Thread t : workers) {
      t.join();
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("result=%.6f consumers=%d elapsed_ms=%d%n", fold, consumers, elapsedMs);
  }

  /** Computes the trace of (I + M)^8 by repeated dense multiplication. */
  static double transform(double[] m) {
    double[] a = new double[N * N];
    for (int i = 0; i < N; i++) {
      a[i * N + i] = 1;
    }
    double[] p = a.clone();
    for (int i = 0; i < m.length; i++) {
      p[i] += m[i];
    }
    double[] base = p.clone();
    double[] tmp = new double[N * N];
    for (int k = 1; k < 8; k++) {
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          double s = 0;
          for (int l = 0; l < N; l++) {
            s += p[i * N + l] * base[l * N + j];
          }
          tmp[i * N + j] = s;
        }
      }
      double[] t = p;
      p = tmp;
      tmp = t;
    }
    double trace = 0;
    for (int i = 0; i < N; i++) {
      trace += p[i * N + i];
    }
    return trace;
  }
}
