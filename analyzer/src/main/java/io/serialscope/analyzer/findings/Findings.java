package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The registered rules, and running them. */
public final class Findings {
  /** Every rule, in the order their findings are listed at equal severity. */
  public static final List<FindingRule> RULES =
      List.of(
          new SerialPhaseDominates(),
          new LabelSerializesSpan(),
          new PoolLargerThanCores(),
          new TasksTooSmall(),
          new GpuIdleWhileCpuPrepares());

  private Findings() {}

  /** The findings of every rule that applies, most severe first. */
  public static List<Finding> of(Analysis analysis) {
    List<Finding> findings = new ArrayList<>();
    for (FindingRule rule : RULES) {
      Finding finding = rule.evaluate(analysis);
      if (finding != null) {
        findings.add(finding);
      }
    }
    findings.sort(Comparator.comparing(Finding::severity).reversed()); // stable: rule order kept
    return List.copyOf(findings);
  }

  /** {@code 0.384 -> "38%"}. */
  static String percent(double fraction) {
    return Math.round(100 * fraction) + "%";
  }
}
