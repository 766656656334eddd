package io.serialscope.agent.bootstrap.gpu;

import io.serialscope.agent.bootstrap.events.GpuClockAnchorEvent;
import io.serialscope.agent.bootstrap.events.GpuWorkEvent;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times device work with CUDA events, off the application's threads.
 *
 * <p>On the hot path the application thread only records two CUDA events on the work's stream, one
 * before and one after the launch or copy, and queues them. A daemon thread reads them back once
 * the device completed them ({@code cuEventQuery}, polled every millisecond, never blocking the
 * application) and writes a {@link GpuWorkEvent}.
 *
 * <p>Clock alignment: device times are offsets ({@code cuEventElapsedTime}) from an anchor CUDA
 * event that the timer records on a stream of its own (non-blocking, always idle) and spins on
 * until it completes; the moment the host sees it complete it commits a {@link
 * GpuClockAnchorEvent}, whose JFR time the analyzer adds to the offsets. The anchor completed on
 * the device after the timer recorded it and before the host saw it, so the alignment error is at
 * most that interval, written in the anchor as {@code errorBoundNanos} (typically a few
 * microseconds). CUDA event resolution is about 0.5 µs; anchors are renewed every second so that
 * the float milliseconds of {@code cuEventElapsedTime} and the drift between GPU and CPU clocks
 * stay below a microsecond.
 */
final class DeviceTimer {
  static final int MAX_PENDING = 16_384;
  static final long REANCHOR_NANOS = 1_000_000_000L;
  private static final long ANCHOR_TIMEOUT_NANOS = 100_000_000L;

  /** Device work waiting for its CUDA events to complete. */
  record Pending(
      long correlationId,
      long streamId,
      boolean copy,
      String label,
      Object context,
      Object startEvent,
      Object endEvent) {}

  private record Anchor(long id, Object event, long createdNanos) {}

  private final JCudaCalls cuda;
  private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pendingCount = new AtomicInteger();
  private final Map<Long, Queue<Object>> freeEvents = new ConcurrentHashMap<>();
  private final Map<Long, Anchor> anchors = new ConcurrentHashMap<>();
  private final Map<Long, Object> anchorStreams = new ConcurrentHashMap<>();
  private final AtomicLong anchorIds = new AtomicLong();

  /** Work not timed because too much was waiting (the device far behind the host). */
  final AtomicLong untimed = new AtomicLong();

  DeviceTimer(JCudaCalls cuda) {
    this.cuda = cuda;
  }

  void start() {
    Thread poller = new Thread(this::pollForever, "serialscope-gpu-timer");
    poller.setDaemon(true);
    poller.start();
  }

  /** Records the start event on {@code stream}; null when the work will not be timed. */
  Object[] before(Object context, Object stream) throws ReflectiveOperationException {
    if (context == null || pendingCount.get() >= MAX_PENDING) {
      untimed.incrementAndGet();
      return null;
    }
    Object event = event(context);
    cuda.record(event, stream);
    return new Object[] {context, event};
  }

  /** Records the end event and queues the pair for the poller. */
  void after(
      Object[] started,
      Object stream,
      long correlationId,
      long streamId,
      boolean copy,
      String label)
      throws ReflectiveOperationException {
    Object end = event(started[0]);
    cuda.record(end, stream);
    pendingCount.incrementAndGet();
    pending.add(new Pending(correlationId, streamId, copy, label, started[0], started[1], end));
  }

  private Object event(Object context) throws ReflectiveOperationException {
    Object free = pool(context).poll();
    return free != null ? free : cuda.createEvent();
  }

  private Queue<Object> pool(Object context) {
    return freeEvents.computeIfAbsent(
        cuda.nativePointer(context), k -> new ConcurrentLinkedQueue<>());
  }

  private void pollForever() {
    GpuHooks.enterTracer(); // our own JCuda calls must not be traced
    Object current = null;
    while (true) {
      try {
        Pending p = pending.peek();
        if (p == null) {
          Thread.sleep(5);
          continue;
        }
        if (p.context() != current) {
          cuda.makeCurrent(p.context());
          current = p.context();
        }
        Anchor anchor = anchor(p.context());
        if (!cuda.completed(p.endEvent())) {
          Thread.sleep(1);
          continue;
        }
        pending.poll();
        pendingCount.decrementAndGet();
        write(p, anchor);
      } catch (InterruptedException e) {
        return;
      } catch (Throwable t) {
        // a broken context (the application destroyed it): drop this work, keep going
        if (pending.poll() != null) {
          pendingCount.decrementAndGet();
        }
        current = null;
      }
    }
  }

  private void write(Pending p, Anchor anchor) throws ReflectiveOperationException {
    long start = cuda.elapsedNanos(anchor.event(), p.startEvent());
    long duration = Math.max(0, cuda.elapsedNanos(p.startEvent(), p.endEvent()));
    GpuWorkEvent e = new GpuWorkEvent();
    e.correlationId = p.correlationId();
    e.streamId = p.streamId();
    e.kind = p.copy() ? "copy" : "kernel";
    e.label = p.label();
    e.anchorId = anchor.id();
    e.startAfterAnchorNanos = start;
    e.endAfterAnchorNanos = start + duration;
    e.commit();
    Queue<Object> free = pool(p.context());
    free.add(p.startEvent());
    free.add(p.endEvent());
  }

  /** The context's anchor, renewed when older than {@link #REANCHOR_NANOS}. */
  private Anchor anchor(Object context) throws ReflectiveOperationException {
    long key = cuda.nativePointer(context);
    Anchor anchor = anchors.get(key);
    long now = System.nanoTime();
    if (anchor != null && now - anchor.createdNanos() < REANCHOR_NANOS) {
      return anchor;
    }
    Object stream = anchorStreams.get(key);
    if (stream == null) {
      stream = cuda.createNonBlockingStream();
      anchorStreams.put(key, stream);
    }
    // made first: the first event of a class costs milliseconds, which must not fall between
    // the CUDA event's completion and the JFR time below
    GpuClockAnchorEvent e = new GpuClockAnchorEvent();
    Object event = cuda.createEvent();
    long recorded = System.nanoTime();
    cuda.record(event, stream);
    while (!cuda.completed(event)) {
      if (System.nanoTime() - recorded > ANCHOR_TIMEOUT_NANOS) {
        throw new IllegalStateException("anchor event did not complete");
      }
      Thread.onSpinWait();
    }
    e.begin(); // the anchor's JFR time: the moment the host saw its CUDA event complete
    e.errorBoundNanos = System.nanoTime() - recorded;
    e.anchorId = anchorIds.incrementAndGet();
    e.commit();
    Anchor fresh = new Anchor(e.anchorId, event, System.nanoTime());
    if (anchor != null) {
      pool(context).add(anchor.event()); // no queued work refers to an old anchor
    }
    anchors.put(key, fresh);
    return fresh;
  }
}
