package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.EventView;
import io.serialscope.analyzer.jfr.format.FieldName;
import io.serialscope.analyzer.jfr.format.TypeIndexes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;

/**
 * An {@link EventView} over the JDK's {@link RecordedEvent}: the path for whatever the fast reader
 * leaves to {@code RecordingFile}. Field presence is looked up once per event type.
 */
final class RecordedEventView implements EventView {
  private static final String EVENT_THREAD = "eventThread";

  private final Map<EventType, byte[]> presence = new IdentityHashMap<>();

  /** Room for the ordinals of any enum of fields a reader asks for. */
  private static final int FIELDS_PER_TYPE = 256;

  private final TypeIndexes typeIndexes = new TypeIndexes();
  private final Map<EventType, Integer> typeIndexByType = new IdentityHashMap<>();
  private RecordedEvent event;
  private RecordedThread lastThread;
  private ThreadView lastView;

  RecordedEventView of(RecordedEvent recorded) {
    this.event = recorded;
    return this;
  }

  @Override
  public String typeName() {
    return event.getEventType().getName();
  }

  @Override
  public int typeIndex() {
    return typeIndexByType.computeIfAbsent(event.getEventType(), t -> typeIndexes.of(t.getName()));
  }

  @Override
  public long startNanos() {
    return RecordingReader.epochNanos(event.getStartTime());
  }

  @Override
  public long endNanos() {
    return RecordingReader.epochNanos(event.getEndTime());
  }

  @Override
  public boolean hasField(FieldName field) {
    byte[] known =
        presence.computeIfAbsent(
            event.getEventType(), t -> new byte[RecordedField.values().length]);
    if (known[field.ordinal()] == 0) {
      known[field.ordinal()] =
          (byte) (event.getEventType().getField(field.jfrName()) != null ? 1 : 2);
    }
    return known[field.ordinal()] == 1;
  }

  @Override
  public long getLong(FieldName field) {
    return event.getLong(field.jfrName());
  }

  @Override
  public int getInt(FieldName field) {
    return event.getInt(field.jfrName());
  }

  @Override
  public double getDouble(FieldName field) {
    return event.getDouble(field.jfrName());
  }

  @Override
  public boolean getBoolean(FieldName field) {
    return event.getBoolean(field.jfrName());
  }

  @Override
  public String getString(FieldName field) {
    return event.getString(field.jfrName());
  }

  @Override
  public ThreadView getThread(FieldName field) {
    RecordedThread thread =
        EVENT_THREAD.equals(field.jfrName()) ? event.getThread() : event.getThread(field.jfrName());
    if (thread == null) {
      return null;
    }
    if (thread != lastThread) { // one object per thread and chunk: keep one view per thread
      lastThread = thread;
      lastView = new ThreadOf(thread);
    }
    return lastView;
  }

  private record ThreadOf(RecordedThread thread) implements ThreadView {
    @Override
    public long javaThreadId() {
      return thread.getJavaThreadId();
    }

    @Override
    public String javaName() {
      return thread.getJavaName();
    }

    @Override
    public String osName() {
      return thread.getOSName();
    }
  }

  @Override
  public List<String> stackFrameNames(int maxFrames) {
    RecordedStackTrace stack = event.getStackTrace();
    if (stack == null) {
      return null;
    }
    List<RecordedFrame> frames = stack.getFrames();
    int depth = Math.min(frames.size(), maxFrames);
    List<String> names = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) { // JFR lists the executing frame first
      RecordedMethod method = frames.get(i).getMethod();
      names.add(
          method == null || method.getType() == null
              ? EventView.frameName(null, null)
              : EventView.frameName(method.getType().getName(), method.getName()));
    }
    return names;
  }
}
