package io.serialscope.agent.bootstrap;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stable positive ids for objects (tasks, futures) by identity, without keeping them alive and
 * without adding fields to JDK classes (retransformation forbids that). Striped so that threads
 * contend only when two objects hash to the same stripe.
 *
 * <p>A stripe drops the entries of collected objects when it grows, and the sweeper thread ({@link
 * #startSweeper}, while hooks are enabled) drops them once a second when a quarter or more of a
 * stripe's entries are dead, shrinking the stripe back: a stripe nobody uses any more (a burst of
 * tasks that is over) would otherwise keep them, 70-odd bytes each, for as long as the program
 * idles.
 *
 * <p>Nothing under a stripe's lock calls into the JDK beyond allocating: a virtual thread holding
 * it is never made to wait there. Dead keys are found by looking ({@code get() == null}), not
 * through a {@code ReferenceQueue}, whose {@code poll} takes the queue's monitor, which the
 * reference handler contends for. (AttachTest's virtual threads under contention hung once on JDK
 * 25 with the virtual-thread unblocker waiting for a stripe whose holder was no platform thread;
 * see {@link LaneState#remountsVirtualThreads}.)
 */
public final class ObjectIds {
  private static final int STRIPES = 64;
  private static final AtomicLong NEXT = new AtomicLong(1);
  private static final Stripe[] TABLE = new Stripe[STRIPES];
  private static final int MIN_CAPACITY = 64;
  private static final long SWEEP_MILLIS = 1_000;
  private static final long STOP_WAIT_MILLIS = 5_000;
  private static Thread sweeper; // guarded by ObjectIds.class

  static {
    for (int i = 0; i < STRIPES; i++) {
      TABLE[i] = new Stripe();
    }
  }

  private ObjectIds() {}

  /** The id of {@code o}, assigned on first use; 0 for null. */
  public static long of(Object o) {
    return o == null ? 0 : entry(o).id;
  }

  /**
   * Starts the daemon thread that sweeps every stripe once a second, unless it runs. Its name keeps
   * it out of the recording.
   */
  public static synchronized void startSweeper() {
    if (sweeper == null) {
      sweeper = new Thread(ObjectIds::sweepUntilInterrupted, "serialscope-object-ids");
      sweeper.setDaemon(true);
      sweeper.start();
    }
  }

  /**
   * Stops the sweeper and waits for it to end (an attach session that ends leaves no thread of ours
   * behind); it sweeps once more on its way out.
   */
  public static synchronized void stopSweeper() {
    if (sweeper != null) {
      sweeper.interrupt();
      try {
        sweeper.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sweeper = null;
    }
  }

  private static void sweepUntilInterrupted() {
    try {
      while (true) {
        Thread.sleep(SWEEP_MILLIS);
        sweep();
      }
    } catch (InterruptedException stopped) {
      sweep();
    }
  }

  /** Drops the entries of collected objects from every stripe. */
  static void sweep() {
    for (Stripe stripe : TABLE) {
      synchronized (stripe) {
        stripe.expunge();
      }
    }
  }

  /** Entries held now, dropped ones not yet swept included. */
  static int size() {
    int size = 0;
    for (Stripe stripe : TABLE) {
      synchronized (stripe) {
        size += stripe.size;
      }
    }
    return size;
  }

  /** Slots in all stripes together. */
  static int capacity() {
    int capacity = 0;
    for (Stripe stripe : TABLE) {
      synchronized (stripe) {
        capacity += stripe.keys.length;
      }
    }
    return capacity;
  }

  /** The entry of {@code o} (non-null): its id and the lock hand-off state kept beside it. */
  static Entry entry(Object o) {
    return key(o).entry;
  }

  /**
   * {@link #entry(Object)}, looked up first in the thread's last lock: a lock taken again and again
   * (a lock storm) then costs no stripe lock, which its threads would otherwise contend for.
   */
  static Entry entry(Object lock, LaneState s) {
    Key last = s.lastLock;
    if (last != null && last.refersTo(lock)) {
      return last.entry;
    }
    Key key = key(lock);
    s.lastLock = key;
    return key.entry;
  }

  private static Key key(Object o) {
    int hash = System.identityHashCode(o);
    Stripe stripe = TABLE[(hash ^ (hash >>> 16)) & (STRIPES - 1)];
    synchronized (stripe) {
      return stripe.keyOf(o, hash);
    }
  }

  /**
   * An object's id plus what {@link Hooks} remembers about it as a lock. The fields are written by
   * the lock's holders, which the lock itself serializes.
   */
  static final class Entry {
    private static final java.util.concurrent.atomic.AtomicLongFieldUpdater<Entry> HANDOFFS =
        java.util.concurrent.atomic.AtomicLongFieldUpdater.newUpdater(Entry.class, "handoffs");

    final long id;
    volatile long lastReleasingTask;
    volatile boolean shared;

    /** Acquisitions by a task other than the last releasing one (atomic: permits overlap). */
    private volatile long handoffs;

    Entry(long id) {
      this.id = id;
    }

    long handoffs() {
      return handoffs;
    }

    void handedOver() {
      HANDOFFS.incrementAndGet(this);
    }
  }

  /** Open-addressing identity table of weak keys; dead keys go when it is rehashed. */
  private static final class Stripe {
    private Key[] keys = new Key[MIN_CAPACITY];
    private int size;

    Key keyOf(Object o, int hash) {
      int mask = keys.length - 1;
      int i = mix(hash) & mask;
      while (keys[i] != null) {
        if (keys[i].refersTo(o)) {
          return keys[i];
        }
        i = (i + 1) & mask;
      }
      Key key = new Key(o, hash, new Entry(NEXT.getAndIncrement()));
      keys[i] = key;
      if (++size * 2 > keys.length) {
        rehash(keys.length * 2); // drops the dead keys, so it may not grow at all
      }
      return key;
    }

    /** Rehashes when at least a quarter of the keys are dead. */
    void expunge() {
      int dead = 0;
      for (Key k : keys) {
        if (k != null && k.get() == null) {
          dead++;
        }
      }
      if (dead > 0 && dead * 4 >= size) {
        rehash(keys.length);
      }
    }

    /** Copies the live keys into a table of {@code capacity} or less: at most 1/8 full shrinks. */
    private void rehash(int capacity) {
      Key[] old = keys;
      int live = 0;
      for (Key k : old) {
        if (k != null && k.get() != null) {
          live++;
        }
      }
      while (capacity > MIN_CAPACITY && live * 8 < capacity) {
        capacity /= 2;
      }
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

  static final class Key extends WeakReference<Object> {
    final int hash;
    final Entry entry;

    Key(Object referent, int hash, Entry entry) {
      super(referent);
      this.hash = hash;
      this.entry = entry;
    }
  }
}
