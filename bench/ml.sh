#!/usr/bin/env bash
# A real ML library under serialscope: Smile (com.github.haifengl:smile-core:3.1.1, GPL-3.0) trains a
# RandomForest of 100 trees on synthetic data (bench/ml/src/.../SmileForest.java); Smile builds the
# trees in a parallel stream on the common fork-join pool.
#   1. resolves Smile and its dependencies into bench/target/lib with the throwaway pom bench/ml/pom.xml
#      (needs Maven Central or a local Maven repository that has them; no jar is committed),
#   2. measures wall time WITHOUT the agent at common-pool parallelism 1 and 2 (REPS runs each),
#   3. records once with the agent at parallelism 1 and at 2 (the program body runs in one pool task,
#      so parallelism N = N cores of work), and once the way most programs call Smile: from the main
#      thread at the JVM's default parallelism (nproc - 1),
#   4. writes the generated block of docs/accuracy.md between its BEGIN/END ml.sh markers.
# Usage: bench/ml.sh       Environment: REPS (5), MVN_OFFLINE=1 to resolve with mvn -o, and bench/lib.sh's.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
cd "$ROOT"

OUT="$BENCH_TARGET/ml"
LIB="$BENCH_TARGET/lib"
CLASSES="$BENCH_TARGET/ml-classes"
LABELS="include=io.serialscope.bench.ml.*;smile.classification.RandomForest"

log "resolving smile-core 3.1.1 and its dependencies into $LIB"
rm -rf "$LIB"
mvn -B -q ${MVN_OFFLINE:+-o} -f bench/ml/pom.xml dependency:copy-dependencies -DoutputDirectory="$LIB"
CP="$CLASSES:$(find "$LIB" -name '*.jar' | sort | tr '\n' ':')"
CP="${CP%:}"

snapshot_jars
rm -rf "$CLASSES"
mkdir -p "$CLASSES" "$OUT"
"$JAVAC" --release 17 -cp "$CP" -d "$CLASSES" "$ROOT"/bench/ml/src/io/serialscope/bench/ml/*.java

smile_cmd() {
  echo "$JAVA -Djava.util.concurrent.ForkJoinPool.common.parallelism=$1 -cp $CP io.serialscope.bench.ml.SmileForest --trees=100 --rows=6000 --features=20"
}
MAIN_CMD="$JAVA -cp $CP io.serialscope.bench.ml.SmileForest --trees=100 --rows=6000 --features=20 --from-main"

machine_info_json >"$OUT/machine.json"
MEAS="$OUT/measurements.csv"
RECS="$OUT/recordings.csv"
echo "workload,threads,rep,attempt,wall_s,cpu_s,self_ms,other_cpu_s,disturbed" >"$MEAS"
echo "workload,threads,outdir,wall_s,cpu_s,self_ms,other_cpu_s,attempt" >"$RECS"
echo smile-randomforest >"$OUT/workloads.txt"
for p in 1 2; do smile_cmd "$p" >"$OUT/smile-randomforest-t$p.cmd"; done
echo "$MAIN_CMD" >"$OUT/smile-from-main.cmd"

log "== smile-randomforest: ${REPS} timed runs per parallelism, without the agent"
$(smile_cmd 1) >/dev/null 2>&1 # warm-up
for rep in $(seq 1 "$REPS"); do
  for p in 1 2; do
    # shellcheck disable=SC2046
    timed_run "$MEAS" smile-randomforest "$p" "$rep" "$OUT/t$p-rep$rep.log" -- $(smile_cmd "$p")
  done
done
log "== smile-randomforest: recordings with the agent ($LABELS)"
for p in 1 2; do
  # shellcheck disable=SC2046
  record_run "$RECS" smile-randomforest "$p" "$OUT/rec-t$p" "$LABELS" -- $(smile_cmd "$p")
done
# shellcheck disable=SC2086
record_run "$RECS" smile-from-main default "$OUT/rec-main" "$LABELS" -- $MAIN_CMD

python3 "$ROOT/bench/report.py" ml "$OUT" "$ROOT/docs/accuracy.md"
log "wrote $ROOT/docs/accuracy.md"
