package io.serialscope.cli.gate;

/**
 * One threshold checked.
 *
 * @param name what was checked, e.g. {@code "serial fraction"} or {@code "span regression"}
 * @param value the measured value, formatted for people
 * @param threshold the limit, formatted for people, e.g. {@code "≤ 0.300"}
 * @param passed whether the value is within the limit
 * @param detail one sentence explaining a failure (or how a pass was reached); never null
 */
public record CheckResult(
    String name, String value, String threshold, boolean passed, String detail) {}
