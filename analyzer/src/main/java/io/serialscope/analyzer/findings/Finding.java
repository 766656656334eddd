package io.serialscope.analyzer.findings;

/**
 * One diagnosis about a recording.
 *
 * @param id the rule's stable id, e.g. {@code "serial-phase-dominates"}
 * @param severity how much it matters
 * @param summary one sentence for people, ending with a full stop
 * @param evidence where the numbers behind it are: a {@code report.json} field, e.g. {@code
 *     "criticalPath.byLabel"}
 */
public record Finding(String id, Severity severity, String summary, String evidence) {}
