/**
 * Graph algorithms over a {@link io.serialscope.analyzer.model.SegmentGraph}: pure functions over
 * primitive arrays that compute the quantities DESIGN.md defines (span and critical path, the ASAP
 * schedule and its parallelism profile, greedy schedules on p processors, Amdahl's law and the
 * what-if scenarios). All times are nanoseconds of processor time.
 *
 * <p>Every algorithm relies on the graph's invariant that segment indices are a topological order,
 * so a forward sweep over indices visits each segment after all its predecessors; none of them
 * sorts the graph or recurses, and each runs in O((V + E) log V) time at most.
 */
package io.serialscope.analyzer.graph;
