package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.scaling.ScalingSweep;
import io.serialscope.analyzer.scaling.UslFit;
import java.io.IOException;
import java.util.TreeSet;

/**
 * The additive {@code scaling} field of report.json, written when several recordings of one
 * workload at different thread counts were analyzed together: {@code baseThreads}, {@code
 * threadRule}, {@code points} ({@code source}, {@code threads}, {@code wallNanos}, {@code speedup}
 * over the base run, {@code karpFlatt}, null for the base) and {@code usl} ({@code sigma}, {@code
 * kappa}, {@code t1Nanos}, {@code peakThreads}, null when unbounded, and {@code speedup}: thread
 * count → fitted speedup over the base run), or {@code usl: null} when no fit was possible.
 */
final class ScalingJson {
  private ScalingJson() {}

  static void write(JsonGenerator g, ScalingSweep sweep) throws IOException {
    g.writeObjectFieldStart("scaling");
    g.writeNumberField("baseThreads", sweep.baseThreads());
    g.writeStringField("threadRule", sweep.threadRule());
    g.writeArrayFieldStart("points");
    int maxThreads = 1;
    TreeSet<Integer> counts = new TreeSet<>();
    for (ScalingSweep.Point point : sweep.points()) {
      g.writeStartObject();
      g.writeStringField("source", point.source());
      g.writeNumberField("threads", point.threads());
      g.writeNumberField("wallNanos", point.wallNanos());
      number(g, "speedup", point.speedup());
      number(g, "karpFlatt", point.karpFlatt());
      g.writeEndObject();
      maxThreads = Math.max(maxThreads, point.threads());
      counts.add(point.threads());
    }
    g.writeEndArray();
    UslFit usl = sweep.usl();
    if (usl == null) {
      g.writeNullField("usl");
    } else {
      g.writeObjectFieldStart("usl");
      number(g, "sigma", usl.sigma());
      number(g, "kappa", usl.kappa());
      number(g, "t1Nanos", usl.t1Nanos());
      number(g, "peakThreads", usl.peakThreads());
      // The curve: powers of two up to twice the largest measured count, and the measured counts.
      for (int p = 1; p <= Math.max(16, 2 * maxThreads); p *= 2) {
        counts.add(p);
      }
      g.writeObjectFieldStart("speedup");
      for (int p : counts) {
        number(g, String.valueOf(p), usl.speedup(p, sweep.baseThreads()));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(name, value);
    } else {
      g.writeNullField(name);
    }
  }
}
