#!/usr/bin/env bash
# Task-storm overhead: whole-process wall time of bench/.../TaskStorm.java without and with the
# agent, alternated, REPS times each; prints every run and the medians. See docs/performance.md.
# Usage: bench/storm.sh [AGENT_JAR] [N] [REPS] [AGENT_OPTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
AGENT=${1:-agent/target/serialscope-agent.jar}
N=${2:-16000000}
REPS=${3:-5}
OPTS=${4:-}
WORK=$(mktemp -d /tmp/storm.XXXXXX)
javac -d "$WORK" bench/src/io/serialscope/bench/TaskStorm.java
wall() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
without=(); with=()
for i in $(seq 1 "$REPS"); do
  without+=("$(wall java -cp "$WORK" io.serialscope.bench.TaskStorm "$N")")
  with+=("$(wall java "-javaagent:$AGENT=output=$WORK/s.jfr${OPTS:+,$OPTS}" -cp "$WORK" io.serialscope.bench.TaskStorm "$N")")
  echo "run $i: without ${without[-1]} ms, with ${with[-1]} ms, recording $(du -m "$WORK/s.jfr" | cut -f1) MB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mw=$(median "${without[@]}"); mg=$(median "${with[@]}")
echo "median without ${mw} ms, with ${mg} ms, ratio $(awk -v a="$mg" -v b="$mw" 'BEGIN {printf "%.2f", a/b}')"
rm -rf "$WORK"
