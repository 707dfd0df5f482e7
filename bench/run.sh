#!/usr/bin/env bash
# Benchmark: `shale generate` vs `drizzle-kit generate` on the same N-table schema.
#
# Usage: bench/run.sh            (from anywhere; the repo root is found from this file's place)
#
# Settings (environment variables):
#   TABLES=1000      tables in the generated schema
#   REPS=3           measured repetitions per tool and scenario (median reported)
#   WARMUP=1         unmeasured warm-up runs per tool (fills the page cache)
#   TIMEOUT=900      seconds after which one generate run is killed and counted as failed
#   SHALE="..."      the Shale command; default: `shale` if on PATH (AppCDS launcher), else
#                    `java -jar <repo>/shale-cli/target/shale.jar`
#   SKIP_BUILD=1     do not run `mvn package` first
#   MVN_ARGS="..."   the build; default `-B -q -Dmaven.test.skip=true package` (test sources are
#                    not even compiled, so a half-written test cannot stop the benchmark)
#   TOOLS="drizzle shale"   which tools to measure
#
# Shale keeps compiled schema classes in a cache keyed by the sources' paths and contents
# (~/.cache/shale); run.sh points SHALE_CACHE_DIR at an empty folder inside each repetition's
# folder, so every measured Shale run compiles the schema, as a real edit does.
#
# Scenarios, each repeated in a fresh folder:
#   initial  generate on an empty migrations folder
#   edit     then switch the schema to the `edit` variant (+1 nullable column per table) and
#            generate again
# Wall time and peak RSS come from GNU time (`%e %M`); peak RSS is that of the largest single
# process of the run (for drizzle-kit: node; for Shale: the JVM).
set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
TABLES=${TABLES:-1000}
REPS=${REPS:-3}
WARMUP=${WARMUP:-1}
TIMEOUT=${TIMEOUT:-900}
TOOLS=${TOOLS:-"drizzle shale"}
TIME=/usr/bin/time
DRIZZLE_BIN=$BENCH/node_modules/drizzle-kit/bin.cjs

log() { printf '[bench] %s\n' "$*" >&2; }

# ---- prerequisites --------------------------------------------------------------------------

if ! [ -x "$TIME" ] || ! "$TIME" -f '%e %M' true >/dev/null 2>&1; then
  log "GNU time missing: installing it (apt-get install time)"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null
  fi
  "$TIME" -f '%e %M' true >/dev/null 2>&1 || { log "GNU time still unavailable"; exit 1; }
fi

if [[ " $TOOLS " == *" drizzle "* ]] && ! [ -f "$DRIZZLE_BIN" ]; then
  log "installing drizzle-kit and drizzle-orm into bench/node_modules"
  (cd "$BENCH" && npm ci --no-audit --no-fund || npm install --no-audit --no-fund) >&2 \
    || { log "npm install failed"; exit 1; }
fi

mkdir -p "$WORK"
SHALE_BUILD=ok
if [[ " $TOOLS " == *" shale "* ]] && [ "${SKIP_BUILD:-0}" != 1 ]; then
  read -r -a mvn_args <<<"${MVN_ARGS:--B -q -Dmaven.test.skip=true package}"
  log "building Shale (mvn ${mvn_args[*]})"
  if ! (cd "$ROOT" && mvn "${mvn_args[@]}") >"$WORK/build.log" 2>&1; then
    SHALE_BUILD="failed (see bench/work/build.log)"
    log "Shale build failed; Shale will be reported n/a"
  fi
fi
if [ -z "${SHALE:-}" ]; then
  if command -v shale >/dev/null 2>&1; then
    SHALE=shale
  else
    SHALE="java -jar $ROOT/shale-cli/target/shale.jar"
  fi
fi
read -r -a SHALE_CMD <<<"$SHALE"

# ---- schemas --------------------------------------------------------------------------------

log "generating $TABLES-table schemas into bench/work/schemas"
python3 "$BENCH/generate-schemas.py" "$WORK/schemas" --tables "$TABLES" >&2 || exit 1
RESULTS=$WORK/results.tsv
: >"$RESULTS"

LOAD_START=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
if awk -v l="${LOAD_START:-0}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "WARNING: load average $LOAD_START on $(nproc) cores: other work is running, timings will be noisy"
fi

# ---- measurement ----------------------------------------------------------------------------

# Counts SQL statements matching a regex in a migration file, ignoring comment lines.
count_sql() { grep -v '^[[:space:]]*--' "$2" | grep -oiE "$1" | wc -l; }

# newest_sql DIR: the newest .sql file under DIR, or nothing.
newest_sql() { ls -t "$1"/*.sql 2>/dev/null | head -n 1; }

# run_tool TOOL DIR NAME: runs one generate in DIR, writing the timing to DIR/.time-NAME.
run_tool() {
  local tool=$1 dir=$2 name=$3
  case $tool in
    drizzle)
      (cd "$dir" && timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time-$name" \
        node "$DRIZZLE_BIN" generate --name "$name") ;;
    shale) # a fresh, empty compile cache for every repetition: each scenario is a cold compile
      SHALE_CACHE_DIR="$dir/.shale-cache" timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time-$name" \
        "${SHALE_CMD[@]}" -C "$dir" generate --name "$name" ;;
  esac
}

# measure TOOL SCENARIO DIR REP: one run; checks that it wrote a migration with the expected
# statements; appends a row to RESULTS (REP "w" = warm-up, not reported). Returns non-zero on failure.
measure() {
  local tool=$1 scenario=$2 dir=$3 rep=$4 out=$3/migrations
  local before after rc status wall rss file n expect pattern
  before=$(newest_sql "$out")
  run_tool "$tool" "$dir" "$scenario" </dev/null >"$dir/.log-$scenario" 2>&1
  rc=$?
  after=$(newest_sql "$out")
  read -r wall rss < <(grep -E '^[0-9.]+ [0-9]+$' "$dir/.time-$scenario" 2>/dev/null | tail -n 1)
  status=ok
  if [ $rc -ne 0 ]; then
    status="exit $rc"
    [ $rc -eq 124 ] && status="timeout ${TIMEOUT}s"
  elif [ -z "$after" ] || [ "$after" = "$before" ]; then
    status="no new migration file"
  else
    if [ "$scenario" = initial ]; then pattern='create table'; else pattern='add column'; fi
    n=$(count_sql "$pattern" "$after")
    expect=$TABLES
    if [ "$n" -ne "$expect" ]; then status="expected $expect '$pattern', got $n"; fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$scenario" "$rep" "${wall:-}" "${rss:-}" "$status" >>"$RESULTS"
  if [ "$status" = ok ]; then
    log "$tool $scenario rep $rep: ${wall}s, $((rss / 1024)) MB"
    return 0
  fi
  log "$tool $scenario rep $rep: FAILED ($status); log: ${dir#"$BENCH"/}/.log-$scenario"
  return 1
}

# one_rep TOOL REP: a fresh folder, initial then edit.
one_rep() {
  local tool=$1 rep=$2 dir=$WORK/runs/$1-$2
  rm -rf "$dir"
  mkdir -p "$WORK/runs"
  cp -r "$WORK/schemas/$tool/initial" "$dir"
  if measure "$tool" initial "$dir" "$rep"; then
    rm -rf "$dir/schema"
    cp -r "$WORK/schemas/$tool/edit/schema" "$dir/schema"
    measure "$tool" edit "$dir" "$rep" || return 1
  else
    printf '%s\t%s\t%s\t\t\t%s\n' "$tool" edit "$rep" "skipped: initial failed" >>"$RESULTS"
    return 1
  fi
}

declare -A BROKEN=()
for tool in $TOOLS; do
  if [ "$tool" = shale ] && [ "$SHALE_BUILD" != ok ] && [ "$SHALE" = "java -jar $ROOT/shale-cli/target/shale.jar" ]; then
    BROKEN[shale]="build $SHALE_BUILD"
  elif [ "$tool" = shale ] && [ "${SHALE_CMD[0]}" = java ] && ! [ -f "${SHALE_CMD[2]:-}" ]; then
    BROKEN[shale]="${SHALE_CMD[2]:-jar} missing"
  fi
done

for tool in $TOOLS; do
  [ -n "${BROKEN[$tool]:-}" ] && continue
  for ((w = 1; w <= WARMUP; w++)); do
    log "$tool warm-up $w"
    one_rep "$tool" w || { BROKEN[$tool]="warm-up failed, see bench/work/runs/$tool-w"; }
  done
done
for ((r = 1; r <= REPS; r++)); do
  for tool in $TOOLS; do # interleaved, so that slow drift of the machine hits both tools alike
    [ -n "${BROKEN[$tool]:-}" ] && continue
    one_rep "$tool" "$r"
  done
done

# ---- report ---------------------------------------------------------------------------------

drizzle_version=$(node "$DRIZZLE_BIN" --version 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')
shale_version=$("${SHALE_CMD[@]}" --version 2>/dev/null | head -n 1)
java_version=$(java -version 2>&1 | head -n 2 | tail -n 1)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
load="${LOAD_START:-?} at start, $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?) at end"
mem=$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
broken_list=""
for tool in "${!BROKEN[@]}"; do broken_list+="$tool=${BROKEN[$tool]};"; done

report_args=("$RESULTS" "$TABLES" "$REPS" "$TOOLS" "$broken_list" "$(nproc)" "$cpu" "$mem" "$os" "$load"
  "$java_version" "$(node --version)" "$drizzle_version" "$SHALE" "${shale_version:-n/a}")
python3 - "${report_args[@]}" <<'PY'
import statistics, sys
path, tables, reps, tools, broken = sys.argv[1:6]
nproc, cpu, mem, os_name, load, java, node, drizzle, shale_cmd, shale_ver = sys.argv[6:16]
broken = dict(x.split("=", 1) for x in broken.split(";") if x)
rows = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
names = {"drizzle": "drizzle-kit generate", "shale": "shale generate"}
print()
print("## generate on %s tables (median of %s runs)" % (tables, reps))
print()
print("| tool | scenario | wall s | peak MB |")
print("|---|---|---:|---:|")
notes = []
for tool in tools.split():
    for scen, label in (("initial", "initial (empty migrations)"), ("edit", "edit (+1 column per table)")):
        ok = [r for r in rows if r[0] == tool and r[1] == scen and r[2] != "w" and r[5] == "ok"]
        bad = [r for r in rows if r[0] == tool and r[1] == scen and r[2] != "w" and r[5] != "ok"]
        if ok:
            wall = "%.2f" % statistics.median(float(r[3]) for r in ok)
            mb = "%.0f" % (statistics.median(int(r[4]) for r in ok) / 1024)
            if len(ok) < int(reps):
                wall += " (%d/%s runs)" % (len(ok), reps)
        else:
            wall = mb = "n/a"
        print("| %s | %s | %s | %s |" % (names.get(tool, tool), label, wall, mb))
        for r in bad:
            notes.append("%s %s run %s: %s" % (tool, scen, r[2], r[5]))
    if tool in broken:
        notes.append("%s: %s" % (tool, broken[tool]))
print()
print("Machine: %s cores (nproc), %s, %s RAM, %s; 1-min load average %s."
      % (nproc, cpu or "unknown CPU", mem or "?", os_name or "Linux", load))
print("Versions: Java `%s`; Node `%s`; `%s`; Shale `%s` (`%s`)." % (java, node, drizzle, shale_ver, shale_cmd))
if notes:
    print()
    print("Not measured / failed:")
    for n in notes:
        print("- " + n)
PY
