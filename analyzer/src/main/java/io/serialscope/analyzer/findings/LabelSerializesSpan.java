package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;

/** One label (a stage, a method, a lock's critical section) holds much of the critical path. */
final class LabelSerializesSpan implements FindingRule {
  static final String ID = "label-serializes-span";
  static final double MIN_SHARE = 0.4;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Finding evaluate(Analysis analysis) {
    if (analysis.criticalPathByLabel().isEmpty()) {
      return null;
    }
    Analysis.LabelShare top = analysis.criticalPathByLabel().get(0); // largest first
    if (!(top.share() > MIN_SHARE)) {
      return null;
    }
    return new Finding(
        ID,
        Severity.WARNING,
        "'"
            + top.label()
            + "' takes "
            + Findings.percent(top.share())
            + " of the critical path: making it faster or splitting it shortens the run on any"
            + " number of cores.",
        "criticalPath.byLabel");
  }
}
