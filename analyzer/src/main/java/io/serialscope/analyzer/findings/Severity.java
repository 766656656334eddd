package io.serialscope.analyzer.findings;

/** How much a finding matters, least first. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL
}
