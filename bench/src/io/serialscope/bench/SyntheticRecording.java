package io.serialscope.bench;

import io.serialscope.agent.bootstrap.events.AwaitEvent;
import io.serialscope.agent.bootstrap.events.LabelEnterEvent;
import io.serialscope.agent.bootstrap.events.LabelExitEvent;
import io.serialscope.agent.bootstrap.events.SignalEvent;
import io.serialscope.agent.bootstrap.events.SpawnEvent;
import io.serialscope.agent.bootstrap.events.TaskEndEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;

/**
 * Writes a recording of a given number of segments made of the agent's own events, as fast as JFR
 * takes them, for the analyzer's throughput benchmark. Each of {@code THREADS} threads runs tasks
 * one after another; a task spawns the next task of its thread halfway, is
 * labelled, signals its end, and every tenth task also waits for a task of the previous thread
 * (cross-thread edges). Usage: {@code SyntheticRecording SEGMENTS OUT.jfr}.
 */
public final class SyntheticRecording {
  private static final int THREADS = 8;

  public static void main(String[] args) throws Exception {
    long segments = Long.parseLong(args[0]);
    Path out = Path.of(args[1]);
    // about four segments per task: the thread between tasks, before the spawn, before the signal,
    // and after it
    long tasksPerThread = Math.max(1, segments / THREADS / 4);
    try (Recording recording = new Recording()) {
      recording.setToDisk(true);
      recording.start();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(new Thread(() -> runTasks(thread, tasksPerThread), "worker-" + t));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      recording.stop();
      recording.dump(out);
    }
    System.out.println("tasks=" + tasksPerThread * THREADS + " file=" + out);
  }

  private static void runTasks(int thread, long tasks) {
    long base = (thread + 1L) << 40;
    long previousThreadBase = (((thread + THREADS - 1) % THREADS) + 1L) << 40;
    for (long k = 0; k < tasks; k++) {
      TaskStartEvent start = new TaskStartEvent();
      start.taskId = base + k;
      start.label = "task";
      start.cpuNanos = -1;
      start.commit();
      if (k % 10 == 9) {
        AwaitEvent await = new AwaitEvent();
        await.objectId = previousThreadBase + k - 5;
        await.commit();
      }
      LabelEnterEvent enter = new LabelEnterEvent();
      enter.label = "io.serialscope.bench.Model.forward";
      enter.commit();
      SpawnEvent spawn = new SpawnEvent();
      spawn.taskId = base + k + 1;
      spawn.commit();
      new LabelExitEvent().commit();
      SignalEvent signal = new SignalEvent();
      signal.objectId = base + k;
      signal.commit();
      TaskEndEvent end = new TaskEndEvent();
      end.taskId = base + k;
      end.cpuNanos = -1;
      end.commit();
    }
  }
}
