package io.serialscope.samples.gpu;

import static jcuda.driver.JCudaDriver.cuEventCreate;
import static jcuda.driver.JCudaDriver.cuEventDestroy;
import static jcuda.driver.JCudaDriver.cuEventElapsedTime;
import static jcuda.driver.JCudaDriver.cuEventRecord;
import static jcuda.driver.JCudaDriver.cuEventSynchronize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jcuda.driver.CUevent;

/**
 * The sample's own device timing, for checking a profiler against it ({@code --cuda-timing=FILE}):
 * CUDA events recorded on the default stream around each timed GEMM and copy; read back at {@link
 * #write}. Writes one line per label: {@code label count totalNanos}.
 */
class CudaEventTiming {
  private record Timed(String label, CUevent start, CUevent end) {}

  private final List<Timed> timed = new ArrayList<>();

  /** Runs {@code op} between two CUDA events. */
  void time(String label, Runnable op) {
    CUevent start = new CUevent();
    CUevent end = new CUevent();
    cuEventCreate(start, 0);
    cuEventCreate(end, 0);
    cuEventRecord(start, null);
    op.run();
    cuEventRecord(end, null);
    timed.add(new Timed(label, start, end));
  }

  void write(Path file) throws IOException {
    Map<String, long[]> byLabel = new TreeMap<>();
    float[] ms = new float[1];
    for (Timed t : timed) {
      cuEventSynchronize(t.end());
      cuEventElapsedTime(ms, t.start(), t.end());
      long[] sum = byLabel.computeIfAbsent(t.label(), k -> new long[2]);
      sum[0]++;
      sum[1] += Math.round(ms[0] * 1e6);
      cuEventDestroy(t.start());
      cuEventDestroy(t.end());
    }
    StringBuilder text = new StringBuilder();
    byLabel.forEach((label, sum) -> text.append(label + " " + sum[0] + " " + sum[1] + "\n"));
    Files.writeString(file, text);
  }

  /** Timing off: runs the operation as it is. */
  static final CudaEventTiming NONE =
      new CudaEventTiming() {
        @Override
        void time(String label, Runnable op) {
          op.run();
        }
      };
}
