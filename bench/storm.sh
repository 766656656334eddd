#!/usr/bin/env bash
# Task-storm overhead: TaskStorm.java (bench/src/...) without and with the agent, alternated, REPS
# times each. Two times per run: the whole process's wall time (JVM and agent start-up and the
# recording's dump included) and the storm's own time as the program measures it (what the
# application is slowed by). With ROUNDS=k (environment, default 1) each JVM runs the storm k times
# and the median of rounds 2..k is reported too: the storm once the JIT has compiled the woven code.
# Prints every run and the medians. See docs/performance.md.
# STORM=LockStorm runs the lock storm instead (two threads taking one ReentrantLock N times in
# all); LEAF=n (a power of two, default 16) sets the fork/join storm's leaf size, OUTSIDE=n the
# lock storm's work between two acquisitions (default 0).
# Usage: [ROUNDS=k] [STORM=TaskStorm|LockStorm] [LEAF=n] [OUTSIDE=n] bench/storm.sh [AGENT_JAR] [N] [REPS] [AGENT_OPTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
AGENT=${1:-agent/target/serialscope-agent.jar}
N=${2:-16000000}
REPS=${3:-5}
OPTS=${4:-}
ROUNDS=${ROUNDS:-1}
STORM=${STORM:-TaskStorm}
LEAF=${LEAF:-16}
OUTSIDE=${OUTSIDE:-0}
EXTRA=("$OUTSIDE")
if [ "$STORM" = TaskStorm ]; then EXTRA=("$LEAF"); fi
WORK=$(mktemp -d /tmp/storm.XXXXXX)
javac -d "$WORK" "bench/src/io/serialscope/bench/$STORM.java"
# prints "WALL_MS STORM_MS LATER_MS" for one run (LATER_MS 0 with one round)
run() {
  local t0 t1 out
  t0=$(date +%s%N); out=$("$@" 2>/dev/null); t1=$(date +%s%N)
  ms() { sed -n "s/.* $1=\\([0-9.]*\\).*/\\1/p" <<<"$out" | awk '{printf "%d", $1 * 1000} END {if (NR == 0) printf "0"}'; }
  echo "$(( (t1 - t0) / 1000000 )) $(ms seconds) $(ms later)"
}
without=(); with=(); storm_without=(); storm_with=(); later_without=(); later_with=()
for i in $(seq 1 "$REPS"); do
  read -r w s l < <(run java -cp "$WORK" "io.serialscope.bench.$STORM" "$N" "$ROUNDS" "${EXTRA[@]}")
  without+=("$w"); storm_without+=("$s"); later_without+=("$l")
  read -r w s l < <(run java "-javaagent:$AGENT=output=$WORK/s.jfr${OPTS:+,$OPTS}" -cp "$WORK" "io.serialscope.bench.$STORM" "$N" "$ROUNDS" "${EXTRA[@]}")
  with+=("$w"); storm_with+=("$s"); later_with+=("$l")
  echo "run $i: whole process without ${without[-1]} ms, with ${with[-1]} ms; storm without ${storm_without[-1]} ms, with ${storm_with[-1]} ms; later rounds without ${later_without[-1]} ms, with ${later_with[-1]} ms; recording $(du -m "$WORK/s.jfr" | cut -f1) MB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
mw=$(median "${without[@]}"); mg=$(median "${with[@]}")
sw=$(median "${storm_without[@]}"); sg=$(median "${storm_with[@]}")
echo "median whole process without ${mw} ms, with ${mg} ms, ratio $(ratio "$mg" "$mw")"
echo "median storm (first round) without ${sw} ms, with ${sg} ms, ratio $(ratio "$sg" "$sw")"
if [ "$ROUNDS" -gt 1 ]; then
  lw=$(median "${later_without[@]}"); lg=$(median "${later_with[@]}")
  echo "median later round without ${lw} ms, with ${lg} ms, ratio $(ratio "$lg" "$lw")"
fi
rm -rf "$WORK"
