package io.serialscope.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.cli.headline.Comparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** Renders a {@link Comparison}: an aligned text table for people, or JSON for scripts. */
final class ComparisonText {
  private ComparisonText() {}

  static void text(Comparison c, PrintWriter out) {
    out.printf(
        Locale.ROOT, "base:    %s%ncurrent: %s%n%n", c.base().source(), c.current().source());
    out.printf(Locale.ROOT, "%-16s %12s %12s %10s%n", "metric", "base", "current", "change");
    for (Comparison.MetricChange m : c.metrics()) {
      out.printf(
          Locale.ROOT,
          "%-16s %12s %12s %10s%n",
          m.metric(),
          value(m, m.base()),
          value(m, m.current()),
          Double.isFinite(m.changePercent())
              ? String.format(Locale.ROOT, "%+.1f %%", m.changePercent())
              : "n/a");
    }
    labels(out, "critical-path labels that grew:", c.grown());
    labels(out, "critical-path labels that shrank:", c.shrunk());
    out.flush();
  }

  private static void labels(PrintWriter out, String title, List<Comparison.LabelChange> changes) {
    out.println();
    out.println(title + (changes.isEmpty() ? " none" : ""));
    for (Comparison.LabelChange l : changes) {
      out.printf(
          Locale.ROOT,
          "  %12s  %s (%s -> %s)%n",
          (l.deltaNanos() > 0 ? "+" : "-") + Durations.format(Math.abs(l.deltaNanos())),
          l.label(),
          Durations.format(l.baseNanos()),
          Durations.format(l.currentNanos()));
    }
  }

  private static String value(Comparison.MetricChange m, double v) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    return m.nanos() ? Durations.format((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Fields: base, current (sources), metrics[{metric, base, current, changePercent}], labels. */
  static String json(Comparison c) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("base", c.base().source());
      g.writeStringField("current", c.current().source());
      g.writeArrayFieldStart("metrics");
      for (Comparison.MetricChange m : c.metrics()) {
        g.writeStartObject();
        g.writeStringField("metric", m.metric());
        number(g, "base", m.base());
        number(g, "current", m.current());
        number(g, "changePercent", m.changePercent());
        g.writeEndObject();
      }
      g.writeEndArray();
      labelsJson(g, "labelsGrown", c.grown());
      labelsJson(g, "labelsShrunk", c.shrunk());
      g.writeEndObject();
    }
    return text + System.lineSeparator();
  }

  private static void labelsJson(JsonGenerator g, String field, List<Comparison.LabelChange> list)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Comparison.LabelChange l : list) {
      g.writeStartObject();
      g.writeStringField("label", l.label());
      g.writeNumberField("baseNanos", l.baseNanos());
      g.writeNumberField("currentNanos", l.currentNanos());
      g.writeNumberField("deltaNanos", l.deltaNanos());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** JSON has no NaN: unknown is null. */
  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(name, v);
    } else {
      g.writeNullField(name);
    }
  }
}
