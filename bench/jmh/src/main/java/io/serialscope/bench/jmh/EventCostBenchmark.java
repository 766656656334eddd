package io.serialscope.bench.jmh;

import io.serialscope.agent.EventWriterCompilation;
import io.serialscope.agent.bootstrap.Hooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the agent costs per recorded point, against the bar the issue sets: one JFR event commit
 * without a stack trace. Each benchmark runs with a JFR recording on (to disk, as the agent's own
 * recording is), so commits really write. A "boundary" is a task's start or end (each also reads
 * the thread's CPU time); an edge end is a signal of a completed object (an identity-map lookup
 * and one event).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EventCostBenchmark {
  /** The bar: a JFR event with one long field and no stack trace. */
  @Name("serialscope.bench.Plain")
  @StackTrace(false)
  static final class PlainEvent extends Event {
    long value;
  }

  /**
   * How the JIT treats JFR's event writers: {@code c1} as the agent starts by default (its
   * compiler directives), {@code default} as HotSpot chooses ({@code eventCompilation=default}).
   */
  @Param({"c1", "default"})
  public String eventCompilation;

  private Recording recording;
  private Path file;
  private final Object task = new Object();
  private final Object completed = new Object();
  private long counter;

  @Setup(Level.Trial)
  public void startRecording() throws Exception {
    if (eventCompilation.equals("c1")) {
      String refused = EventWriterCompilation.apply(); // before any event is written
      if (refused != null) {
        throw new IllegalStateException("the JVM refused the directives: " + refused);
      }
    }
    file = Files.createTempFile("serialscope-jmh", ".jfr");
    recording = new Recording();
    recording.enable("serialscope.bench.Plain");
    recording.enable("serialscope.TaskStart");
    recording.enable("serialscope.TaskEnd");
    recording.enable("serialscope.Signal");
    recording.setToDisk(true);
    recording.setDestination(file);
    recording.start();
    Hooks.enable();
  }

  @TearDown(Level.Trial)
  public void stopRecording() throws Exception {
    recording.stop();
    recording.close();
    Files.deleteIfExists(file);
  }

  @Benchmark
  public void jfrEventCommit() {
    PlainEvent e = new PlainEvent();
    e.value = counter++;
    e.commit();
  }

  /** Two boundaries: the start and the end of one task. */
  @Benchmark
  public void taskStartAndEnd() {
    Hooks.taskStart(task);
    Hooks.taskEnd(task);
  }

  @Benchmark
  public void signal() {
    Hooks.signal(completed);
  }
}
