package io.serialscope.cli.gate;

import java.util.List;

/** The gate's Markdown summary: a verdict line, what was measured, and one table row per check. */
public final class GateMarkdown {
  /** Inputs named in the summary; more are counted, not listed. */
  static final int MAX_INPUTS_LISTED = 10;

  private GateMarkdown() {}

  public static String render(List<CheckResult> results, List<String> inputs, String baseline) {
    boolean passed = results.stream().allMatch(CheckResult::passed);
    long failed = results.stream().filter(r -> !r.passed()).count();
    StringBuilder md = new StringBuilder();
    md.append("## serialscope gate: ")
        .append(passed ? "passed" : "FAILED (" + failed + " of " + results.size() + ")")
        .append("\n\n");
    md.append(inputs.size() == 1 ? "Input: " : "Inputs (median of " + inputs.size() + "): ");
    for (int i = 0; i < Math.min(inputs.size(), MAX_INPUTS_LISTED); i++) {
      md.append(i == 0 ? "" : ", ").append('`').append(code(inputs.get(i))).append('`');
    }
    if (inputs.size() > MAX_INPUTS_LISTED) {
      md.append(", and ").append(inputs.size() - MAX_INPUTS_LISTED).append(" more");
    }
    md.append("\n");
    if (baseline != null) {
      md.append("Baseline: `").append(code(baseline)).append("`\n");
    }
    md.append("\n| metric | value | threshold | result |\n|---|---|---|---|\n");
    for (CheckResult r : results) {
      md.append("| ")
          .append(cell(r.name()))
          .append(" | ")
          .append(cell(r.value()))
          .append(" | ")
          .append(cell(r.threshold()))
          .append(" | ")
          .append(r.passed() ? "pass" : "**FAIL**")
          .append(" |\n");
    }
    for (CheckResult r : results) {
      if (!r.passed()) {
        md.append("\n- ").append(cell(r.name())).append(": ").append(cell(r.detail()));
      }
    }
    return md.append("\n").toString();
  }

  /** Table cells cannot hold pipes or line breaks. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }

  private static String code(String text) {
    return cell(text).replace('`', '\'');
  }
}
