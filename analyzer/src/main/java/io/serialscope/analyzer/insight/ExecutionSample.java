package io.serialscope.analyzer.insight;

import java.util.List;

/**
 * One JFR execution sample ({@code jdk.ExecutionSample}): where a running Java thread was.
 *
 * @param javaThreadId the sampled thread's JVM id
 * @param epochNanos when it was taken, nanoseconds since the epoch (the recording's clock)
 * @param framesTopFirst {@code "Class.method"} names, the executing method first; at most {@link
 *     #MAX_FRAMES}
 */
public record ExecutionSample(long javaThreadId, long epochNanos, List<String> framesTopFirst) {
  /** Deeper stacks keep their top frames only: flame graphs of deep recursion stay readable. */
  public static final int MAX_FRAMES = 64;

  public ExecutionSample {
    framesTopFirst =
        List.copyOf(
            framesTopFirst.size() > MAX_FRAMES
                ? framesTopFirst.subList(0, MAX_FRAMES)
                : framesTopFirst);
  }
}
