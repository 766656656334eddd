#!/usr/bin/env bash
# JMH: builds the shaded agent jar and the analyzer, then bench/jmh against them, and runs
# EventCostBenchmark (the agent's per-event cost: a plain JFR event commit without stack trace, a
# task's start+end through the agent's hooks, a signal, with a JFR recording to disk running) and
# AnalyzerBenchmark (the analyzer's algorithms on a graph of a million segments: the time sort, a
# greedy schedule, the task durations). Results: bench/target/jmh.txt.
# Usage: bench/jmh.sh [JMH options, e.g. -f 3 -wi 5 -i 10, or a benchmark's name: AnalyzerBenchmark]
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests package -pl agent,analyzer -am
mvn -B -q -f bench/jmh/pom.xml package
mkdir -p bench/target
[ $# -eq 0 ] && set -- -f 3 -wi 5 -i 10
java -cp "bench/jmh/target/serialscope-jmh-0.jar:$(cat bench/jmh/target/classpath.txt)" \
  org.openjdk.jmh.Main "$@" | tee bench/target/jmh.txt
