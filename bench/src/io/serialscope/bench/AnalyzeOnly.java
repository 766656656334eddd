package io.serialscope.bench;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import java.nio.file.Path;

/**
 * Parses and analyzes a recording without writing any report, and prints the segment count, the
 * elapsed time and the heap still in use after a full GC with the analysis alive (the analysis's
 * own footprint). Usage: {@code AnalyzeOnly FILE}.
 */
public final class AnalyzeOnly {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Analysis analysis = RecordingAnalyzer.analyze(Path.of(args[0]));
    long elapsed = System.nanoTime() - t0;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long retained = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        "segments=%d edges=%d analyzeSeconds=%.3f retainedBytes=%d bytesPerSegment=%.0f span=%d%n",
        analysis.counts().segments(),
        analysis.counts().edges(),
        elapsed / 1e9,
        retained,
        (double) retained / Math.max(1, analysis.counts().segments()),
        analysis.spanNanos());
  }
}
