#!/usr/bin/env bash
# GPU check (needs an NVIDIA GPU with its driver, Java 17+, Maven, python3; nothing here runs
# without a GPU): builds everything, runs the JCuda sample both ways under the agent, and checks
#  1. kernels and copies are on the timeline: report.json has a gpu object and the GPU labels
#     (cublasSgemm, the NVRTC kernels, H2D copies) among its segments;
#  2. device durations match CUDA's own event timing within 10 %: the sample times every GEMM and
#     upload with CUDA events of its own (--cuda-timing) and the recorded totals per label must
#     agree with them (same count; total within 10 % in the compute-bound run, whose GEMMs and
#     uploads take milliseconds; the launch-bound run's take microseconds, about the cost of a
#     CUDA event record, so only their counts are compared);
#  3. the launch-bound run is diagnosed CPU-bound (gpu-idle-while-cpu-prepares, CPU > 50 % of the
#     critical path) and the compute-bound run GPU-bound (GPU kernels > 50 % of the critical path).
# Exit 0 when every check passes, 1 when one fails, 2 when it cannot run (no GPU, build failed).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
OUT="${1:-$ROOT/gpu-check-out}"
cd "$ROOT"

echo "gpu-check: building" >&2
mvn -B -q -DskipTests package >"$OUT.build.log" 2>&1 || {
  echo "gpu-check: the build failed, see $OUT.build.log" >&2
  exit 2
}
rm -rf "$OUT"
mkdir -p "$OUT"
CP="$ROOT/samples-gpu/target/serialscope-samples-gpu.jar:$ROOT/samples-gpu/target/lib/*"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# JCuda loads its native library from the class path: Java 22+ wants that allowed explicitly
NATIVE=()
spec=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${spec%%.*}" -ge 22 ] 2>/dev/null; then NATIVE=(--enable-native-access=ALL-UNNAMED); fi

# the sample itself first: exit 2 means no usable GPU here
if ! "$JAVA" "${NATIVE[@]}" -cp "$CP" io.serialscope.samples.gpu.GpuMlp --mode=launch-bound --steps=2 \
  >"$OUT/probe.log" 2>&1; then
  echo "gpu-check: cannot run: $(head -1 "$OUT/probe.log")" >&2
  exit 2
fi

run_mode() { # mode steps
  local dir="$OUT/$1"
  mkdir -p "$dir"
  echo "gpu-check: profiling --mode=$1" >&2
  "$ROOT/serialscope" run --out "$dir" -- "$JAVA" "${NATIVE[@]}" -cp "$CP" io.serialscope.samples.gpu.GpuMlp \
    "--mode=$1" "--steps=$2" "--cuda-timing=$dir/cuda-timing.txt" >"$dir/run.log" 2>&1 || {
    echo "gpu-check: the profiled run failed, see $dir/run.log" >&2
    exit 2
  }
}
run_mode launch-bound 200
run_mode compute-bound 10

python3 - "$OUT" <<'PY'
import json, sys

out = sys.argv[1]
failures = []

def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)

for mode in ("launch-bound", "compute-bound"):
    report = json.load(open(f"{out}/{mode}/report.json"))
    labels = {d["label"]: d for d in report.get("labelDistributions", [])}
    gpu = report.get("gpu")
    check(gpu is not None, f"{mode}: report.json has GPU work")
    check(not any("GPU tracer" in w for w in report["warnings"]), f"{mode}: tracer on")
    for label in ("cublasSgemm", "bias_relu", "sgd", "H2D"):
        check(label in labels, f"{mode}: {label} on the timeline")
    for line in open(f"{out}/{mode}/cuda-timing.txt"):
        label, count, total = line.split()
        count, total = int(count), int(total)
        seen = labels.get(label)
        if seen is None:
            check(False, f"{mode}: {label} recorded")
            continue
        check(seen["segments"] == count,
              f"{mode}: {label}: {seen['segments']} recorded, {count} timed by the sample")
        if mode == "launch-bound":
            continue  # microsecond operations: event overhead is of their size, compare counts
        error = abs(seen["totalNanos"] - total) / max(total, 1)
        check(error <= 0.10,
              f"{mode}: {label}: recorded {seen['totalNanos']} ns vs CUDA events {total} ns"
              f" ({100 * error:.1f} % apart, at most 10 %)")
    if gpu is None:
        continue
    shares = gpu["criticalPathShare"]
    findings = [f["id"] for f in report.get("findings", [])]
    if mode == "launch-bound":
        check(shares["cpu"] > 0.5, f"{mode}: CPU holds {shares['cpu']:.0%} of the critical path")
        check("gpu-idle-while-cpu-prepares" in findings, f"{mode}: diagnosed CPU-bound")
    else:
        check(shares["gpuKernel"] > 0.5,
              f"{mode}: GPU kernels hold {shares['gpuKernel']:.0%} of the critical path")
        check("gpu-idle-while-cpu-prepares" not in findings, f"{mode}: not diagnosed CPU-bound")

print("gpu-check: " + ("passed" if not failures else f"{len(failures)} check(s) failed"))
sys.exit(1 if failures else 0)
PY
