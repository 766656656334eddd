package io.serialscope.cli;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.analyzer.jfr.RecordingException;
import io.serialscope.analyzer.scaling.ScalingSweep;
import io.serialscope.analyzer.scaling.SweepRun;
import io.serialscope.analyzer.scaling.SweepRuns;
import io.serialscope.analyzer.scaling.UslFit;
import io.serialscope.reports.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A thread-count sweep: several recordings of one workload analyzed together. The reports describe
 * the run with the fewest threads (the base of the measured speedups) and carry the {@code scaling}
 * field; stdout gets that run's summary and a table of the measured points and the USL fit.
 */
final class SweepOutput {
  private SweepOutput() {}

  static ScalingSweep analyzeAndWrite(
      List<Path> recordings, List<Integer> threads, Path outDir, PrintWriter out)
      throws BaseCommand.UserError {
    List<Analysis> analyses = new ArrayList<>();
    for (Path recording : recordings) {
      try {
        analyses.add(RecordingAnalyzer.analyze(recording));
      } catch (RecordingException e) {
        throw new BaseCommand.UserError(e.getMessage(), e);
      }
    }
    SweepRuns.Runs runs;
    try {
      runs = SweepRuns.of(analyses, threads);
    } catch (IllegalArgumentException e) {
      throw new BaseCommand.UserError(e.getMessage(), e);
    }
    ScalingSweep sweep = ScalingSweep.of(runs.runs(), runs.rule());
    int baseIndex =
        runs.runs()
            .indexOf(
                runs.runs().stream().min(Comparator.comparingInt(SweepRun::threads)).orElseThrow());
    Analysis base = analyses.get(baseIndex);
    try {
      ReportWriter.writeAll(base, outDir, sweep);
    } catch (IOException | UncheckedIOException e) {
      throw new BaseCommand.UserError(
          "cannot write reports to " + outDir + ": " + e.getMessage(), e);
    }
    AnalysisOutput.printSummary(base, outDir, out);
    printScaling(sweep, out);
    return sweep;
  }

  static void printScaling(ScalingSweep sweep, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "scaling (%s; speedups over the %d-thread run)%n",
        sweep.threadRule(),
        sweep.baseThreads());
    out.printf(
        Locale.ROOT,
        "  %7s %12s %9s %11s  %s%n",
        "threads",
        "wall",
        "speedup",
        "Karp-Flatt",
        "recording");
    for (ScalingSweep.Point p : sweep.points()) {
      out.printf(
          Locale.ROOT,
          "  %7d %12s %8.2fx %11s  %s%n",
          p.threads(),
          Durations.format(p.wallNanos()),
          p.speedup(),
          Double.isNaN(p.karpFlatt()) ? "-" : String.format(Locale.ROOT, "%.3f", p.karpFlatt()),
          p.source());
    }
    UslFit usl = sweep.usl();
    if (usl == null) {
      out.println("  USL fit: needs at least two different thread counts");
    } else {
      out.printf(
          Locale.ROOT,
          "  USL fit: contention sigma %.4f, coherency kappa %.5f, peak at %s threads%n",
          usl.sigma(),
          usl.kappa(),
          Double.isInfinite(usl.peakThreads())
              ? "no finite count"
              : String.format(Locale.ROOT, "%.1f", usl.peakThreads()));
    }
    out.flush();
  }
}
