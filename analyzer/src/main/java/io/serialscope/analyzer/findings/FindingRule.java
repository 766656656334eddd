package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;

/**
 * One small, stateless diagnosis. Rules see a complete {@link Analysis} whose {@code insights()}
 * hold everything but the findings themselves.
 */
public interface FindingRule {
  /** The id of the findings this rule makes. */
  String id();

  /** The finding, or {@code null} when the rule does not apply to {@code analysis}. */
  Finding evaluate(Analysis analysis);
}
