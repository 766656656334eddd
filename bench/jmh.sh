#!/usr/bin/env bash
# Per-event cost of the agent (JMH): builds the shaded agent jar, then bench/jmh against it, and runs
# EventCostBenchmark (a plain JFR event commit without stack trace, a task's start+end through the
# agent's hooks, a signal), with a JFR recording to disk running. Results: bench/target/jmh.txt.
# Usage: bench/jmh.sh [extra JMH options, e.g. -f 3 -wi 5 -i 10]
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests package -pl agent -am
mvn -B -q -f bench/jmh/pom.xml package
mkdir -p bench/target
[ $# -eq 0 ] && set -- -f 3 -wi 5 -i 10
java -cp "bench/jmh/target/serialscope-jmh-0.jar:$(cat bench/jmh/target/classpath.txt)" \
  org.openjdk.jmh.Main "$@" | tee bench/target/jmh.txt
