# Shared helpers for bench/accuracy.sh and bench/ml.sh (sourced, not run).
# Timing: whole-process wall time of `java ...`, taken with bash's `time` keyword (it also gives the
# process's user+sys CPU seconds). The programs also print their own elapsed time; it is recorded
# beside the process time (column self_ms) but the tables use the process wall time.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_TARGET="$ROOT/bench/target"
SNAP="$BENCH_TARGET/snapshot"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
REPS="${REPS:-5}"
# A run is "disturbed" when other processes used more than this share of ONE core during it
# (from /proc/stat, minus the run's own CPU time); disturbed timed runs are repeated.
NOISE_MAX="${NOISE_MAX:-0.10}"
MAX_RETRIES="${MAX_RETRIES:-4}"
# Before each run, wait (at most QUIET_TIMEOUT s) until the machine's CPUs are this idle.
QUIET_BUSY_MAX="${QUIET_BUSY_MAX:-0.08}"
QUIET_TIMEOUT="${QUIET_TIMEOUT:-900}"

log() { echo "[bench] $*" >&2; }

# Busy (user+nice+system) and total ticks over all CPUs from /proc/stat ("busy total"). Interrupt
# time is left out of "busy": it is charged to no process, and wake-up-heavy programs cause a lot
# of it themselves (it would look like another process disturbing them).
cpu_ticks() {
  awk '/^cpu / { busy = $2 + $3 + $4; total = busy + $5 + $6 + $7 + $8 + $9; print busy, total }' /proc/stat
}

# Busy share of all CPUs over one second.
busy_share_1s() {
  local b0 t0 b1 t1
  read -r b0 t0 < <(cpu_ticks)
  sleep 1
  read -r b1 t1 < <(cpu_ticks)
  awk -v db=$((b1 - b0)) -v dt=$((t1 - t0)) 'BEGIN { printf "%.3f", (dt > 0 ? db / dt : 0) }'
}

wait_quiet() {
  local waited=0 share
  while :; do
    share="$(busy_share_1s)"
    if awk -v s="$share" -v m="$QUIET_BUSY_MAX" 'BEGIN { exit !(s <= m) }'; then
      return 0
    fi
    if [ "$waited" -ge "$QUIET_TIMEOUT" ]; then
      log "machine still busy (${share} of all CPUs) after ${waited}s; going on"
      return 0
    fi
    [ $((waited % 30)) -eq 0 ] && log "waiting for a quiet machine (busy ${share})"
    sleep 2
    waited=$((waited + 3))
  done
}

# Makes sure the CLI is built (the launcher builds on first use; it is not called when the jar exists,
# because the launcher would also rebuild whenever any *.java file, bench/ included, is newer than
# the jar: build with `mvn -B -DskipTests package` first if the sources changed), then copies the
# CLI jar and the samples jar, so that a rebuild by someone else during the benchmark cannot swap them mid-way.
# `java -jar $SNAP/serialscope.jar ...` is exactly what ./serialscope runs (it ends in
# `exec java -jar cli/target/serialscope.jar "$@"`); the CLI jar carries the agent jar inside.
snapshot_jars() {
  if [ ! -f "$ROOT/cli/target/serialscope.jar" ] || [ ! -f "$ROOT/samples/target/serialscope-samples.jar" ]; then
    (cd "$ROOT" && ./serialscope agent >/dev/null)
  fi
  mkdir -p "$SNAP"
  cp "$ROOT/cli/target/serialscope.jar" "$SNAP/serialscope.jar"
  cp "$ROOT/samples/target/serialscope-samples.jar" "$SNAP/serialscope-samples.jar"
}

serialscope_snap() { "$JAVA" -jar "$SNAP/serialscope.jar" "$@"; }

# timed_run CSV WORKLOAD THREADS REP LOGFILE -- command...
# Appends "workload,threads,rep,attempt,wall_s,cpu_s,self_ms,other_cpu_s,disturbed" to CSV for every
# attempt; repeats a disturbed attempt up to MAX_RETRIES times (all attempts stay in the CSV, the
# analysis uses the last attempt of each rep).
timed_run() {
  local csv="$1" name="$2" threads="$3" rep="$4" logf="$5"
  shift 6
  local attempt=0 tf b0 t0 b1 t1 real user sys self other disturbed
  tf="$(mktemp)"
  while :; do
    attempt=$((attempt + 1))
    wait_quiet
    read -r b0 t0 < <(cpu_ticks)
    local TIMEFORMAT='%3R %3U %3S'
    { time "$@" >"$logf" 2>&1; } 2>"$tf" || { log "FAILED: $* (see $logf)"; cat "$logf" >&2; rm -f "$tf"; return 1; }
    read -r b1 t1 < <(cpu_ticks)
    read -r real user sys <"$tf"
    self="$(grep -oE 'elapsed_ms=[0-9]+|elapsed [0-9]+ ms|in [0-9]+ ms' "$logf" | tail -1 | grep -oE '[0-9]+' || echo '')"
    local hz
    hz="$(getconf CLK_TCK)"
    other="$(awk -v db=$((b1 - b0)) -v hz="$hz" -v u="$user" -v s="$sys" 'BEGIN { o = db / hz - u - s; if (o < 0) o = 0; printf "%.3f", o }')"
    disturbed="$(awk -v o="$other" -v r="$real" -v m="$NOISE_MAX" 'BEGIN { print (o > m * r ? 1 : 0) }')"
    echo "$name,$threads,$rep,$attempt,$real,$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }'),$self,$other,$disturbed" >>"$csv"
    log "$name threads=$threads rep=$rep attempt=$attempt wall=${real}s cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')s self=${self}ms other=${other}s"
    if [ "$disturbed" = 0 ] || [ "$attempt" -gt "$MAX_RETRIES" ]; then
      break
    fi
    log "  disturbed by other processes (${other}s of CPU); repeating"
  done
  rm -f "$tf"
}

# record_run CSV NAME THREADS OUTDIR AGENT_OPTS -- command...
# One recording under the agent (serialscope run); appends
# "name,threads,outdir,wall_s,cpu_s,self_ms,other_cpu_s,attempt" to CSV. A recording made while other
# processes used more than NOISE_MAX of a core is made again (up to MAX_RETRIES times); the last one
# is kept and its attempt number is reported.
record_run() {
  local csv="$1" name="$2" threads="$3" out="$4" opts="$5"
  shift 6
  local tf b0 t0 b1 t1 real user sys self other hz attempt=0 disturbed
  tf="$(mktemp)"
  hz="$(getconf CLK_TCK)"
  local args=(run --out "$out")
  [ -n "$opts" ] && args+=(--agent-opts "$opts")
  while :; do
    attempt=$((attempt + 1))
    rm -rf "$out"
    mkdir -p "$out"
    echo "./serialscope run --out ${out#"$ROOT"/}${opts:+ --agent-opts '$opts'} -- $*" >"$out/command.txt"
    wait_quiet
    read -r b0 t0 < <(cpu_ticks)
    local TIMEFORMAT='%3R %3U %3S'
    { time serialscope_snap "${args[@]}" -- "$@" >"$out/run.log" 2>&1; } 2>"$tf" || {
      log "FAILED recording $name threads=$threads (see $out/run.log)"; cat "$out/run.log" >&2; rm -f "$tf"; return 1; }
    read -r b1 t1 < <(cpu_ticks)
    read -r real user sys <"$tf"
    self="$(grep -oE 'elapsed_ms=[0-9]+|elapsed [0-9]+ ms|in [0-9]+ ms' "$out/run.log" | tail -1 | grep -oE '[0-9]+' || echo '')"
    other="$(awk -v db=$((b1 - b0)) -v hz="$hz" -v u="$user" -v s="$sys" 'BEGIN { o = db / hz - u - s; if (o < 0) o = 0; printf "%.3f", o }')"
    log "recorded $name threads=$threads attempt=$attempt -> $out/report.json (serialscope run: ${real}s incl. analysis; program ${self}ms; other CPU ${other}s)"
    disturbed="$(awk -v o="$other" -v r="$real" -v m="$NOISE_MAX" 'BEGIN { print (o > m * r ? 1 : 0) }')"
    if [ "$disturbed" = 0 ] || [ "$attempt" -gt "$MAX_RETRIES" ]; then
      break
    fi
    log "  disturbed by other processes (${other}s of CPU); recording again"
  done
  echo "$name,$threads,$out,$real,$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }'),$self,$other,$attempt" >>"$csv"
  rm -f "$tf"
}

machine_info_json() {
  local cpu java_version
  cpu="$(grep -m1 'model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*:[[:space:]]*//')"
  java_version="$("$JAVA" -version 2>&1 | head -1)"
  python3 - "$cpu" "$java_version" <<'PY'
import json, os, subprocess, sys, datetime
def git(*a):
    try:
        return subprocess.run(["git", *a], capture_output=True, text=True, cwd=os.environ.get("ROOT", ".")).stdout.strip()
    except Exception:
        return ""
print(json.dumps({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "nproc": os.cpu_count(),
    "cpu": sys.argv[1],
    "java": sys.argv[2],
    "kernel": os.uname().release,
    "commit": git("rev-parse", "--short", "HEAD"),
    "dirty": bool(git("--no-optional-locks", "status", "--porcelain", "--untracked-files=no")),
}))
PY
}
