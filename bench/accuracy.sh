#!/usr/bin/env bash
# Prediction against measurement: for each workload, measure the wall time WITHOUT the agent at 1 and
# at 2 threads (REPS runs each, default 5, interleaved 1,2,1,2,...), record it ONCE with the agent at
# 1 thread and once at 2 threads (serialscope run), and compare predictedSpeedup["2"] of each
# recording with the measured speedup psi = median T(1) / median T(2).
# Writes the generated block of docs/accuracy.md (between its BEGIN/END accuracy.sh markers) and
# keeps everything in bench/target/accuracy/ (CSV of every run, the recordings and reports).
#
# Timing: whole-process wall time of each `java ...` run (bash `time`), see bench/lib.sh.
# Usage (from anywhere):  bench/accuracy.sh [WORKLOAD...]     workloads: mlp stream montecarlo pipeline
# Environment: REPS (5), NOISE_MAX, MAX_RETRIES, QUIET_BUSY_MAX, QUIET_TIMEOUT (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
cd "$ROOT"

ALL=(mlp stream montecarlo pipeline)
WORKLOADS=("${@:-${ALL[@]}}")
OUT="$BENCH_TARGET/accuracy"
CLASSES="$BENCH_TARGET/classes"

# The command line of workload $1 at $2 threads (1 thread = 1 core of work in every workload).
workload_cmd() {
  local w="$1" p="$2"
  case "$w" in
    mlp) echo "$JAVA -cp $SNAP/serialscope-samples.jar io.serialscope.samples.MlpTraining --threads=$p --steps=1000" ;;
    stream) echo "$JAVA -Djava.util.concurrent.ForkJoinPool.common.parallelism=$p -cp $CLASSES io.serialscope.bench.StreamFeatures 25 2000" ;;
    montecarlo) echo "$JAVA -cp $CLASSES io.serialscope.bench.MonteCarloPhases $p 16 16" ;;
    pipeline) echo "$JAVA -cp $CLASSES io.serialscope.bench.Pipeline $p 3500" ;;
    *) echo "unknown workload $w (known: ${ALL[*]})" >&2; exit 2 ;;
  esac
}

snapshot_jars
rm -rf "$CLASSES"
mkdir -p "$CLASSES" "$OUT"
# only the workloads: the other bench sources (throughput.py's) need the analyzer on the class path
"$JAVAC" --release 17 -d "$CLASSES" \
  "$ROOT"/bench/src/io/serialscope/bench/{StreamFeatures,MonteCarloPhases,Pipeline}.java

machine_info_json >"$OUT/machine.json"
MEAS="$OUT/measurements.csv"
RECS="$OUT/recordings.csv"
echo "workload,threads,rep,attempt,wall_s,cpu_s,self_ms,other_cpu_s,disturbed" >"$MEAS"
echo "workload,threads,outdir,wall_s,cpu_s,self_ms,other_cpu_s,attempt" >"$RECS"
printf '%s\n' "${WORKLOADS[@]}" >"$OUT/workloads.txt"
for w in "${WORKLOADS[@]}"; do
  for p in 1 2; do workload_cmd "$w" "$p" >"$OUT/$w-t$p.cmd"; done
done

for w in "${WORKLOADS[@]}"; do
  log "== $w: ${REPS} timed runs per thread count, without the agent"
  # one untimed warm-up run (page cache, CPU frequency)
  $(workload_cmd "$w" 1) >/dev/null 2>&1
  for rep in $(seq 1 "$REPS"); do
    for p in 1 2; do
      # shellcheck disable=SC2046
      timed_run "$MEAS" "$w" "$p" "$rep" "$OUT/$w-t$p-rep$rep.log" -- $(workload_cmd "$w" "$p")
    done
  done
  log "== $w: one recording per thread count, with the agent"
  for p in 1 2; do
    # shellcheck disable=SC2046
    record_run "$RECS" "$w" "$p" "$OUT/rec-$w-t$p" "" -- $(workload_cmd "$w" "$p")
  done
done

python3 "$ROOT/bench/report.py" accuracy "$OUT" "$ROOT/docs/accuracy.md"
log "wrote $ROOT/docs/accuracy.md"
