package io.serialscope.agent.bootstrap;

/**
 * The fork/join tasks one thread forked whose fate it does not know yet: run by this thread (then
 * they may be merged into the task that forked them) or by another one (then their spawn must be
 * recorded). Each keeps its spawn event, begun when the task was forked, so that the spawn can be
 * committed later with its true time. Only the owning thread touches it.
 *
 * <p>Bounded: a thread that forks more than {@link #CAPACITY} tasks without running or joining them
 * records the further ones as usual.
 */
final class PendingForks {
  static final int CAPACITY = 64;

  /** Forked here, not run here yet. */
  static final byte FORKED = 0;

  /** Running on this thread now as a mergeable execution. */
  static final byte RUNNING = 1;

  /** Ran on this thread and was merged into its forker: its join records nothing. */
  static final byte MERGED = 2;

  private final Object[] tasks = new Object[CAPACITY];
  private final jdk.jfr.Event[] spawns = new jdk.jfr.Event[CAPACITY];
  private final int[] depths = new int[CAPACITY];
  private final byte[] states = new byte[CAPACITY];
  private int count;

  /** Remembers a fork at task depth {@code depth}; false when full. */
  boolean add(Object task, jdk.jfr.Event spawn, int depth, byte state) {
    if (count == CAPACITY) {
      return false;
    }
    tasks[count] = task;
    spawns[count] = spawn;
    depths[count] = depth;
    states[count] = state;
    count++;
    return true;
  }

  /** Whether {@code task} is the latest fork (the pool's push right after fork()). */
  boolean isLatest(Object task) {
    return count > 0 && tasks[count - 1] == task;
  }

  /** The index of {@code task}, searching from the latest fork, or -1. */
  int indexOf(Object task) {
    for (int i = count - 1; i >= 0; i--) {
      if (tasks[i] == task) {
        return i;
      }
    }
    return -1;
  }

  int size() {
    return count;
  }

  Object task(int i) {
    return tasks[i];
  }

  jdk.jfr.Event spawn(int i) {
    return spawns[i];
  }

  int depth(int i) {
    return depths[i];
  }

  byte state(int i) {
    return states[i];
  }

  void setState(int i, byte state) {
    states[i] = state;
  }

  /** Forgets entry {@code i}, keeping the others in fork order. */
  void remove(int i) {
    int last = count - 1;
    if (i < last) {
      System.arraycopy(tasks, i + 1, tasks, i, last - i);
      System.arraycopy(spawns, i + 1, spawns, i, last - i);
      System.arraycopy(depths, i + 1, depths, i, last - i);
      System.arraycopy(states, i + 1, states, i, last - i);
    }
    tasks[last] = null;
    spawns[last] = null;
    count = last;
  }

  void clear() {
    java.util.Arrays.fill(tasks, null);
    java.util.Arrays.fill(spawns, null);
    count = 0;
  }
}
