package io.serialscope.analyzer.jfr;

/** Dense numbers for task executions across all lanes (the graph's task column). */
final class TaskNumbers {
  private int next;

  int next() {
    return next++;
  }
}
