package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import io.serialscope.analyzer.model.IndexSort;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.RandomAccess;

/**
 * One thread's {@link LaneEvent}s in primitive columns: a recording of ten million segments holds
 * some fifteen million of them, which as objects cost about 50 bytes each and, being alive for the
 * whole read, are copied by every young collection. Read them by index ({@link #timeNanos(int)},
 * {@link #kind(int)}, ...) on hot paths; {@link #get(int)} and iteration make a {@link LaneEvent}
 * per call, for code that runs rarely.
 */
final class LaneEvents extends AbstractList<LaneEvent> implements RandomAccess {
  private static final Kind[] KINDS = Kind.values();

  private long[] timeNanos = new long[16];
  private long[] id = new long[16];
  private long[] cpuNanos = new long[16];
  private byte[] kind = new byte[16];

  /**
   * Each event's text as an index into {@link #texts} (0: none). A lane repeats a few labels and
   * reasons millions of times; a String reference per event would make the collector scan a
   * reference array of every lane's length at each collection while the recording is read.
   */
  private int[] text = new int[16];

  private final ArrayList<String> texts = new ArrayList<>(Collections.singletonList(null));
  private final HashMap<String, Integer> textIndex = new HashMap<>();
  private int size;

  /** Adds this lane's event count per kind to {@code counts[kind.ordinal()]}. */
  void countKinds(int[] counts) {
    for (int i = 0; i < size; i++) {
      counts[kind[i]]++;
    }
  }

  /** Appends an event; see {@link LaneEvent} for the meaning of each value. */
  void add(long time, Kind eventKind, long eventId, String eventText, long cpu) {
    if (size == timeNanos.length) {
      int capacity = size + (size >> 1);
      timeNanos = Arrays.copyOf(timeNanos, capacity);
      id = Arrays.copyOf(id, capacity);
      cpuNanos = Arrays.copyOf(cpuNanos, capacity);
      kind = Arrays.copyOf(kind, capacity);
      text = Arrays.copyOf(text, capacity);
    }
    int textAt = 0;
    if (eventText != null) {
      Integer known = textIndex.get(eventText); // no capturing lambda: called for every event
      if (known == null) {
        known = texts.size();
        texts.add(eventText);
        textIndex.put(eventText, known);
      }
      textAt = known;
    }
    timeNanos[size] = time;
    id[size] = eventId;
    cpuNanos[size] = cpu;
    kind[size] = (byte) eventKind.ordinal();
    text[size] = textAt;
    size++;
  }

  @Override
  public boolean add(LaneEvent e) {
    add(e.timeNanos(), e.kind(), e.id(), e.text(), e.cpuNanos());
    return true;
  }

  @Override
  public boolean addAll(Collection<? extends LaneEvent> events) {
    for (LaneEvent e : events) {
      add(e);
    }
    return !events.isEmpty();
  }

  @Override
  public LaneEvent get(int i) {
    return new LaneEvent(timeNanos(i), kind(i), id(i), text(i), cpuNanos(i));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void clear() {
    size = 0;
  }

  /** Empties the list and lets its columns go (the walk that needed them is over). */
  void release() {
    timeNanos = new long[0];
    id = new long[0];
    cpuNanos = new long[0];
    kind = new byte[0];
    text = new int[0];
    size = 0;
  }

  long timeNanos(int i) {
    checkIndex(i);
    return timeNanos[i];
  }

  Kind kind(int i) {
    checkIndex(i);
    return KINDS[kind[i]];
  }

  long id(int i) {
    checkIndex(i);
    return id[i];
  }

  String text(int i) {
    checkIndex(i);
    return texts.get(text[i]);
  }

  long cpuNanos(int i) {
    checkIndex(i);
    return cpuNanos[i];
  }

  /** Orders the events by time, stably: equal times keep the order the thread wrote them. */
  void sortByTime() {
    boolean sorted = true;
    for (int i = 1; i < size && sorted; i++) {
      sorted = timeNanos[i - 1] <= timeNanos[i];
    }
    if (sorted) {
      return; // the common case: a thread's events are written in time order
    }
    int[] order = IndexSort.sortStable(timeNanos, size); // the times themselves, in place
    long[] d = new long[id.length];
    long[] c = new long[cpuNanos.length];
    byte[] k = new byte[kind.length];
    int[] s = new int[text.length];
    for (int i = 0; i < size; i++) {
      int from = order[i];
      d[i] = id[from];
      c[i] = cpuNanos[from];
      k[i] = kind[from];
      s[i] = text[from];
    }
    id = d;
    cpuNanos = c;
    kind = k;
    text = s;
  }

  private void checkIndex(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
  }
}
