package io.serialscope.agent.bootstrap;

import io.serialscope.agent.bootstrap.events.SignalEvent;

/**
 * The lock releases one thread made whose relevance it does not know yet. A release matters only to
 * a later acquisition by another task (the analyzer draws that acquisition's edge from the latest
 * release by another task before it); a thread that takes the same lock again before anyone else
 * did made a release nobody will ever match. So a release of a shared lock is begun (its time is
 * the release's) but committed only when the thread learns that another task took the lock since
 * (at its own next acquisition of that lock), or before the thread blocks or ends; otherwise it is
 * dropped. In a lock storm this removes the event of nearly every release without changing one
 * edge. Only the owning thread touches it.
 *
 * <p>Bounded: a thread holding more than {@link #CAPACITY} such releases commits the oldest.
 */
final class PendingReleases {
  static final int CAPACITY = 4;

  private final ObjectIds.Entry[] locks = new ObjectIds.Entry[CAPACITY];
  private final SignalEvent[] releases = new SignalEvent[CAPACITY];
  private final long[] handoffsAtRelease = new long[CAPACITY];
  private int count;

  /** A dropped release's event, kept to be begun again (never committed, so reusable). */
  private SignalEvent spare;

  /** An event for the next release: the spare one if any. */
  SignalEvent event() {
    SignalEvent e = spare;
    if (e == null) {
      return new SignalEvent();
    }
    spare = null;
    return e;
  }

  /**
   * Remembers {@code release} of {@code lock} (none pending for it: the caller resolved that one),
   * begun while the lock had seen {@code handoffs} hand-overs. Returns the oldest release when all
   * places were taken, to be committed by the caller; else null.
   */
  SignalEvent add(ObjectIds.Entry lock, SignalEvent release, long handoffs) {
    SignalEvent displaced = null;
    if (count == CAPACITY) {
      displaced = releases[0];
      remove(0);
    }
    locks[count] = lock;
    releases[count] = release;
    handoffsAtRelease[count] = handoffs;
    count++;
    return displaced;
  }

  /** The index of {@code lock}'s pending release, or -1. */
  int indexOf(ObjectIds.Entry lock) {
    for (int i = count - 1; i >= 0; i--) {
      if (locks[i] == lock) {
        return i;
      }
    }
    return -1;
  }

  int size() {
    return count;
  }

  SignalEvent release(int i) {
    return releases[i];
  }

  long handoffsAtRelease(int i) {
    return handoffsAtRelease[i];
  }

  /** Forgets entry {@code i} whose release will never be committed: its event becomes the spare. */
  void drop(int i) {
    spare = releases[i];
    remove(i);
  }

  /** Forgets entry {@code i}, keeping the others in release order. */
  void remove(int i) {
    int last = count - 1;
    if (i < last) {
      System.arraycopy(locks, i + 1, locks, i, last - i);
      System.arraycopy(releases, i + 1, releases, i, last - i);
      System.arraycopy(handoffsAtRelease, i + 1, handoffsAtRelease, i, last - i);
    }
    locks[last] = null;
    releases[last] = null;
    count = last;
  }

  void clear() {
    java.util.Arrays.fill(locks, null);
    java.util.Arrays.fill(releases, null);
    count = 0;
  }
}
