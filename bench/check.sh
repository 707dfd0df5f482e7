#!/usr/bin/env bash
# Benchmark: `shale check` vs `squawk` (npm squawk-cli) on a generated Flyway-style folder, then
# both tools' recall and precision on Shale's labelled lint corpus.
#
# Usage: bench/check.sh            (from anywhere)
#   FILES=200 REPS=1 bench/check.sh
#   SHALE="java -jar shale-cli/target/shale.jar" SKIP_BUILD=1 SCORE=0 bench/check.sh
#
# Settings (environment variables):
#   FILES=1000      migration files to generate (5 statements each)
#   SEED=9          the generator's seed
#   REPS=3          measured repetitions per tool (median reported)
#   WARMUP=1        unmeasured warm-up runs per tool (the first one also counts the findings)
#   TIMEOUT=900     seconds after which one run is killed and counted as failed
#   TOOLS="squawk shale"
#   SHALE="..."     default: `shale` if on PATH (the AppCDS launcher), else java -jar shale-cli/target/shale.jar
#   SKIP_BUILD=1    do not run `mvn package` first
#   MVN_ARGS="..."  the build; default `-B -q -Dmaven.test.skip=true package`
#   SCORE=1         also score both tools on the labelled corpus (bench/lint-corpus-score.py);
#                   SCORE=0 skips it. JOBS=2: corpus files linted at once.
#
# Measured commands, run from an empty temporary directory (no shale.toml, no .squawk.toml), output
# to /dev/null:
#   shale check --no-schema --format json DIR
#   bench/node_modules/.bin/squawk --reporter json 'DIR/*.sql'      (squawk expands the glob)
# Both exit 1 when they report findings: exit 0 or 1 with nothing on stderr counts as a run. The
# (unmeasured) counting run writes the JSON to bench/work/check/<tool>.json and must report every
# file (shale: summary files = FILES and statements = 5 × FILES) and no syntax error.
# Wall time and peak RSS (largest single process: the JVM; for squawk the larger of the node
# wrapper and the native binary it starts) come from GNU time (`%e %M`).
set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
CWORK=$WORK/check
FILES=${FILES:-1000}
SEED=${SEED:-9}
REPS=${REPS:-3}
WARMUP=${WARMUP:-1}
TIMEOUT=${TIMEOUT:-900}
TOOLS=${TOOLS:-"squawk shale"}
SCORE=${SCORE:-1}
JOBS=${JOBS:-2}
TIME=/usr/bin/time
SQUAWK=$BENCH/node_modules/.bin/squawk

log() { printf '[bench] %s\n' "$*" >&2; }
has_tool() { [[ " $TOOLS " == *" $1 "* ]]; }

"$TIME" -f '%e %M' true >/dev/null 2>&1 || { log "GNU time (/usr/bin/time) is needed: apt-get install time"; exit 1; }
if { has_tool squawk || [ "$SCORE" = 1 ]; } && ! [ -x "$SQUAWK" ]; then
  log "installing squawk-cli into bench/node_modules (npm ci)"
  (cd "$BENCH" && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; }) >&2 \
    || { log "npm ci and npm install failed"; exit 1; }
fi

mkdir -p "$CWORK"
if { has_tool shale || [ "$SCORE" = 1 ]; } && [ "${SKIP_BUILD:-0}" != 1 ]; then
  read -r -a mvn_args <<<"${MVN_ARGS:--B -q -Dmaven.test.skip=true package}"
  log "building Shale (mvn ${mvn_args[*]})"
  (cd "$ROOT" && mvn "${mvn_args[@]}") >"$WORK/build.log" 2>&1 \
    || { log "build failed, see bench/work/build.log"; exit 1; }
fi
if [ -z "${SHALE:-}" ]; then
  if command -v shale >/dev/null 2>&1; then SHALE=shale; else SHALE="java -jar $ROOT/shale-cli/target/shale.jar"; fi
fi
read -r -a SHALE_CMD <<<"$SHALE"

DIR=$CWORK/migrations
log "generating $FILES migration files into bench/work/check/migrations"
python3 "$BENCH/generate-lint-migrations.py" "$DIR" --files "$FILES" --seed "$SEED" >&2 || exit 1
RUNDIR=$(mktemp -d "${TMPDIR:-/tmp}/shale-check-bench.XXXXXX")
trap 'rm -rf "$RUNDIR"' EXIT

RESULTS=$CWORK/results.tsv
: >"$RESULTS"
LOAD_START=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
if awk -v l="${LOAD_START:-0}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "WARNING: load average $LOAD_START on $(nproc) cores: other work is running, timings will be noisy"
fi

# ---- runs -----------------------------------------------------------------------------------

# run_tool TOOL OUT: one run from the empty directory, its JSON to OUT; timing to RUNDIR/.time
run_tool() {
  local tool=$1 out=$2
  case $tool in
    shale) (cd "$RUNDIR" && timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$RUNDIR/.time" \
      "${SHALE_CMD[@]}" check --no-schema --format json "$DIR") ;;
    squawk) (cd "$RUNDIR" && timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$RUNDIR/.time" \
      "$SQUAWK" --reporter json "$DIR/*.sql") ;;
  esac </dev/null >"$out" 2>"$RUNDIR/.err"
}

# counts TOOL FILE: "<findings> <problem or empty>" from a run's JSON
counts() {
  python3 - "$1" "$2" "$FILES" <<'PY'
import json, sys
tool, path, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    data = json.load(open(path))
except ValueError as e:
    print("0 unreadable JSON output"); sys.exit()
if tool == "shale":
    found = data["findings"]
    rules = [f["rule"] for f in found]
    s = data["summary"]
    problem = "" if (s["files"], s["statements"]) == (files, 5 * files) else \
        "read %s files and %s statements, not %d and %d" % (s["files"], s["statements"], files, 5 * files)
else:
    found = data
    rules = [f["rule_name"] for f in found]
    problem = ""
bad = rules.count("syntax-error")
if bad and not problem:
    problem = "%d syntax errors" % bad
print(len(found), problem)
PY
}

# one_run TOOL REP: REP "w1" (first warm-up) keeps the output and counts the findings
one_run() {
  local tool=$1 rep=$2 rc wall rss status out=/dev/null n="" problem=""
  [ "$rep" = w1 ] && out=$CWORK/$tool.json
  run_tool "$tool" "$out"
  rc=$?
  read -r wall rss < <(grep -E '^[0-9.]+ [0-9]+$' "$RUNDIR/.time" 2>/dev/null | tail -n 1)
  status=ok
  if [ $rc -eq 124 ]; then status="timeout ${TIMEOUT}s"
  elif [ $rc -gt 1 ]; then status="exit $rc"
  elif [ -s "$RUNDIR/.err" ]; then status="exit $rc, stderr: $(head -c 200 "$RUNDIR/.err" | tr '\n\t' '  ')"
  elif [ "$rep" = w1 ]; then
    read -r n problem < <(counts "$tool" "$out")
    [ -n "$problem" ] && status=$problem
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$rep" "${wall:-}" "${rss:-}" "$status" "$n" >>"$RESULTS"
  if [ "$status" = ok ]; then
    log "$tool rep $rep: ${wall}s, $((rss / 1024)) MB${n:+, $n findings}"
  else
    log "$tool rep $rep: FAILED ($status)"
  fi
}

for tool in $TOOLS; do
  for ((w = 1; w <= WARMUP; w++)); do one_run "$tool" "w$w"; done
  [ "$WARMUP" -lt 1 ] && one_run "$tool" w1 # the counting run
done
for ((r = 1; r <= REPS; r++)); do
  for tool in $TOOLS; do one_run "$tool" "$r"; done # interleaved
done
LOAD_END=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)

# ---- report ---------------------------------------------------------------------------------

squawk_version=$("$SQUAWK" --version 2>/dev/null | awk '{print $NF}')
shale_version=$("${SHALE_CMD[@]}" --version 2>/dev/null | head -n 1)
java_version=$(java -version 2>&1 | head -n 2 | tail -n 1)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
{
python3 - "$RESULTS" "$FILES" "$REPS" "$TOOLS" "$(nproc)" "$cpu" "${LOAD_START:-?}" "${LOAD_END:-?}" \
  "$java_version" "$(node --version 2>/dev/null)" "${squawk_version:-?}" "$SHALE" "${shale_version:-n/a}" <<'PY'
import statistics, sys
path, files, reps, tools, nproc, cpu, load0, load1, java, node, squawk, shale_cmd, shale_ver = sys.argv[1:14]
rows = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
names = {"shale": "shale check --no-schema --format json", "squawk": "squawk --reporter json"}
med = {}
for tool in tools.split():
    ok = [r for r in rows if r[0] == tool and not r[1].startswith("w") and r[4] == "ok"]
    if ok:
        med[tool] = (statistics.median(float(r[2]) for r in ok), statistics.median(int(r[3]) for r in ok) / 1024, len(ok))
print("## check on %s files, %d statements (median of %s runs)" % (files, 5 * int(files), reps))
print()
print("| tool | wall s | peak MB | ratio to squawk | findings |")
print("|---|---:|---:|---:|---:|")
notes = []
for tool in tools.split():
    count = next((r[5] for r in rows if r[0] == tool and r[1] == "w1" and r[4] == "ok"), "n/a")
    if tool in med:
        wall, mb, n = med[tool]
        ratio = "%.2f" % (wall / med["squawk"][0]) if "squawk" in med and med["squawk"][0] > 0 else "n/a"
        runs = "" if n == int(reps) else " (%d/%s runs)" % (n, reps)
        print("| %s | %.2f%s | %.0f | %s | %s |" % (names[tool], wall, runs, mb, ratio, count))
    else:
        print("| %s | n/a | n/a | n/a | %s |" % (names[tool], count))
    for r in rows:
        if r[0] == tool and r[4] != "ok":
            notes.append("%s run %s: %s" % (tool, r[1], r[4]))
print()
print("Machine: %s cores, %s; 1-min load average %s at start, %s at end." % (nproc, cpu or "unknown CPU", load0, load1))
print("Versions: Java `%s`; Node `%s`; squawk-cli %s; Shale `%s` (`%s`)." % (java, node, squawk, shale_ver, shale_cmd))
if notes:
    print()
    print("Not measured / failed:")
    for n in notes:
        print("- " + n)
PY
if [ "$SCORE" = 1 ]; then
  log "scoring both tools on the labelled corpus (one process per file and tool; a few minutes)"
  echo
  echo "## recall and precision on the labelled corpus"
  echo
  python3 "$BENCH/lint-corpus-score.py" --shale "$SHALE" --squawk "$SQUAWK" --jobs "$JOBS" \
    --misses "$CWORK/corpus-misses.txt"
  echo
  echo "Every false positive and false negative: bench/work/check/corpus-misses.txt"
fi
} | tee "$CWORK/results.md"
