package io.serialscope.agent.bootstrap;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stable positive ids for objects (tasks, futures) by identity, without keeping them alive and
 * without adding fields to JDK classes (retransformation forbids that). Striped so that threads
 * contend only when two objects hash to the same stripe.
 */
public final class ObjectIds {
  private static final int STRIPES = 64;
  private static final AtomicLong NEXT = new AtomicLong(1);
  private static final Stripe[] TABLE = new Stripe[STRIPES];

  static {
    for (int i = 0; i < STRIPES; i++) {
      TABLE[i] = new Stripe();
    }
  }

  private ObjectIds() {}

  /** The id of {@code o}, assigned on first use; 0 for null. */
  public static long of(Object o) {
    if (o == null) {
      return 0;
    }
    int hash = System.identityHashCode(o);
    Stripe stripe = TABLE[(hash ^ (hash >>> 16)) & (STRIPES - 1)];
    synchronized (stripe) {
      return stripe.idOf(o, hash);
    }
  }

  /** Open-addressing identity table of weak keys; cleared slots are reused after expunging. */
  private static final class Stripe {
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private Key[] keys = new Key[64];
    private int size;

    long idOf(Object o, int hash) {
      expunge();
      int mask = keys.length - 1;
      int i = mix(hash) & mask;
      while (keys[i] != null) {
        if (keys[i].get() == o) {
          return keys[i].id;
        }
        i = (i + 1) & mask;
      }
      long id = NEXT.getAndIncrement();
      keys[i] = new Key(o, hash, id, queue);
      if (++size * 2 > keys.length) {
        rehash(keys.length * 2);
      }
      return id;
    }

    private void expunge() {
      boolean any = false;
      while (queue.poll() != null) {
        any = true;
      }
      if (any) {
        rehash(keys.length);
      }
    }

    private void rehash(int capacity) {
      Key[] old = keys;
      keys = new Key[capacity];
      size = 0;
      int mask = capacity - 1;
      for (Key k : old) {
        if (k != null && k.get() != null) {
          int i = mix(k.hash) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = k;
          size++;
        }
      }
    }

    private static int mix(int h) {
      return (h * 0x9E3779B9) >>> 7;
    }
  }

  private static final class Key extends WeakReference<Object> {
    final int hash;
    final long id;

    Key(Object referent, int hash, long id, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = hash;
      this.id = id;
    }
  }
}
