package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;

/** Much of the work runs while nothing else can: Amdahl's serial fraction is high. */
final class SerialPhaseDominates implements FindingRule {
  static final String ID = "serial-phase-dominates";
  static final double WARNING_FRACTION = 0.3;
  static final double CRITICAL_FRACTION = 0.6;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Finding evaluate(Analysis analysis) {
    double s = analysis.serialFraction();
    if (!(s > WARNING_FRACTION)) {
      return null;
    }
    return new Finding(
        ID,
        s > CRITICAL_FRACTION ? Severity.CRITICAL : Severity.WARNING,
        Findings.percent(s)
            + " of the work runs while nothing else can (serial fraction): more cores cannot"
            + " speed the run up by more than "
            + String.format(java.util.Locale.ROOT, "%.1f", 1 / s)
            + "x; shorten or overlap the serial phase.",
        "serialFraction");
  }
}
