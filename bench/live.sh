#!/usr/bin/env bash
# Benchmark: reading and changing a live database of N tables.
#   pull:  `shale pull` vs `pg_dump -s` (the floor) vs `drizzle-kit pull`, on a database built from
#          the bench schema (bench/generate-schemas.py, `initial` variant);
#   push:  `shale push` vs `drizzle-kit push` of the `edit` variant (+1 nullable column per table)
#          onto a fresh copy of that database.
#
# Usage: bench/live.sh            (from anywhere)
#   TABLES=200 REPS=1 bench/live.sh
#   SHALE="java -jar shale-cli/target/shale.jar" SKIP_BUILD=1 TOOLS="pg_dump shale" bench/live.sh
#
# Settings (environment variables):
#   TABLES=1000     tables in the schema
#   REPS=3          measured repetitions per tool and scenario (median reported)
#   WARMUP=1        unmeasured warm-up runs per tool and scenario
#   TIMEOUT=900     seconds after which one run is killed and counted as failed
#   TOOLS="pg_dump drizzle shale"
#   SHALE="..."     default: `shale` if on PATH (the AppCDS launcher), else java -jar shale-cli/target/shale.jar
#   SKIP_BUILD=1    do not run `mvn package` first
#   PG_BIN=/usr/lib/postgresql/15/bin, PG_PORT=55532 (the next free port is taken)
#
# Each run gets a fresh database made from a template that holds the schema (CREATE DATABASE …
# TEMPLATE), so every tool reads or changes the same thing. A run counts only if it exits 0 and:
#   pull  pg_dump's output holds N CREATE TABLE; shale wrote Java files holding N table(…) calls;
#         drizzle-kit wrote a schema.ts holding N pgTable(…) calls;
#   push  the database then has N columns named `note` (the edit's column).
# Wall time and peak RSS (largest single process) come from GNU time (`%e %M`).
set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
LWORK=$WORK/live
PGDIR=$LWORK/pg
TABLES=${TABLES:-1000}
REPS=${REPS:-3}
WARMUP=${WARMUP:-1}
TIMEOUT=${TIMEOUT:-900}
TOOLS=${TOOLS:-"pg_dump drizzle shale"}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55532}
TIME=/usr/bin/time
DRIZZLE_BIN=$BENCH/node_modules/drizzle-kit/bin.cjs
PSQL=$PG_BIN/psql
[ -x "$PSQL" ] || PSQL=psql

log() { printf '[bench] %s\n' "$*" >&2; }
has_tool() { [[ " $TOOLS " == *" $1 "* ]]; }

"$TIME" -f '%e %M' true >/dev/null 2>&1 || { log "GNU time (/usr/bin/time) is needed: apt-get install time"; exit 1; }
for b in initdb pg_ctl postgres pg_dump; do
  [ -x "$PG_BIN/$b" ] || { log "$PG_BIN/$b missing (set PG_BIN)"; exit 1; }
done
if has_tool drizzle && ! { [ -f "$DRIZZLE_BIN" ] && [ -d "$BENCH/node_modules/pg" ]; }; then
  log "installing drizzle-kit, drizzle-orm and pg into bench/node_modules (npm ci)"
  (cd "$BENCH" && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; }) >&2 \
    || { log "npm ci and npm install failed"; exit 1; }
fi

mkdir -p "$LWORK"
if has_tool shale && [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building Shale (mvn package, tests not compiled)"
  (cd "$ROOT" && mvn -B -q -Dmaven.test.skip=true package) >"$WORK/build.log" 2>&1 \
    || { log "build failed, see bench/work/build.log"; exit 1; }
fi
if [ -z "${SHALE:-}" ]; then
  if command -v shale >/dev/null 2>&1; then SHALE=shale; else SHALE="java -jar $ROOT/shale-cli/target/shale.jar"; fi
fi
read -r -a SHALE_CMD <<<"$SHALE"

log "generating the $TABLES-table schemas"
python3 "$BENCH/generate-schemas.py" "$WORK/schemas" --tables "$TABLES" >&2 || exit 1

# ---- throwaway PostgreSQL -------------------------------------------------------------------

if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || { log "running as root without a user 'postgres' for the server"; exit 1; }
  as_pg() { (cd "$PGDIR" && runuser -u postgres -- "$@"); }
else
  as_pg() { (cd "$PGDIR" && "$@"); }
fi
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -f "$PGDIR/data/postmaster.pid" ]; then
  as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1
fi
rm -rf "$PGDIR"
mkdir -p "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"
PORT=$PG_PORT
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$LWORK/initdb.log" 2>&1 \
  || { log "initdb failed, see bench/work/live/initdb.log"; exit 1; }
stop_server() { [ -f "$PGDIR/data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1; }
trap stop_server EXIT
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_locks_per_transaction=256" start >/dev/null \
  || { log "the server did not start, see bench/work/live/pg/server.log"; exit 1; }
url_of() { printf 'postgres://postgres@127.0.0.1:%s/%s' "$PORT" "$1"; }
q() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 -d "$(url_of "$1")" -c "$2"; }

# The template: the initial schema as Shale exports it (the same tables drizzle-kit's schema
# declares), applied once.
log "building the template database (shale export | psql)"
q postgres "create database bench_template" >/dev/null || exit 1
"${SHALE_CMD[@]}" -C "$WORK/schemas/shale/initial" export >"$LWORK/initial.sql" 2>"$LWORK/export.log" \
  || { log "shale export failed, see bench/work/live/export.log"; exit 1; }
"$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$(url_of bench_template)" -f "$LWORK/initial.sql" >/dev/null \
  || { log "the exported schema did not apply"; exit 1; }
[ "$(q bench_template "select count(*) from pg_tables where schemaname = 'public'")" = "$TABLES" ] \
  || { log "the template does not hold $TABLES tables"; exit 1; }

fresh_db() { q postgres "drop database if exists $1" >/dev/null 2>&1; q postgres "create database $1 template bench_template" >/dev/null; }

# ---- runs -----------------------------------------------------------------------------------

RESULTS=$LWORK/results.tsv
: >"$RESULTS"
LOAD_START=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)

# one_run SCENARIO TOOL REP
one_run() {
  local scenario=$1 tool=$2 rep=$3 dir=$LWORK/runs/$1-$2-$3 db=bench_run rc wall rss status n
  rm -rf "$dir"
  mkdir -p "$dir"
  fresh_db $db || { printf '%s\t%s\t%s\t\t\tcreatedb failed\n' "$scenario" "$tool" "$rep" >>"$RESULTS"; return 1; }
  local url
  url=$(url_of $db)
  case $scenario-$tool in
    pull-pg_dump)
      timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" "$PG_BIN/pg_dump" -s -d "$url" -f "$dir/schema.sql" ;;
    pull-shale)
      printf 'schema = ["db/*.java"]\nurl = "%s"\n' "$url" >"$dir/shale.toml"
      timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" "${SHALE_CMD[@]}" -C "$dir" pull ;;
    pull-drizzle)
      printf "module.exports = { dialect: 'postgresql', out: '%s/out', dbCredentials: { url: '%s' } };\n" "$dir" "$url" >"$dir/drizzle.config.js"
      (cd "$BENCH" && timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" node "$DRIZZLE_BIN" pull --config "$dir/drizzle.config.js") ;;
    push-shale)
      cp -r "$WORK/schemas/shale/edit/." "$dir/"
      printf '\nurl = "%s"\n' "$url" >>"$dir/shale.toml"
      SHALE_CACHE_DIR="$dir/.shale-cache" timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" "${SHALE_CMD[@]}" -C "$dir" push ;;
    push-drizzle)
      cp -r "$WORK/schemas/drizzle/edit/." "$dir/"
      printf "module.exports = { dialect: 'postgresql', schema: './schema/*.ts', dbCredentials: { url: '%s' } };\n" "$url" >"$dir/drizzle.config.js"
      (cd "$dir" && timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" node "$DRIZZLE_BIN" push --force --config "$dir/drizzle.config.js") ;;
    *) return 0 ;;
  esac </dev/null >"$dir/.log" 2>&1
  rc=$?
  read -r wall rss < <(grep -E '^[0-9.]+ [0-9]+$' "$dir/.time" 2>/dev/null | tail -n 1)
  status=ok
  if [ $rc -ne 0 ]; then
    status="exit $rc"; [ $rc -eq 124 ] && status="timeout ${TIMEOUT}s"
  else
    case $scenario-$tool in
      pull-pg_dump) n=$(grep -c '^CREATE TABLE' "$dir/schema.sql") ;;
      pull-shale) n=$(cat "$dir"/db/*.java 2>/dev/null | grep -oE '(^|[ =(])table\(' | wc -l) ;;
      pull-drizzle) n=$(cat "$dir"/out/schema.ts 2>/dev/null | grep -c 'pgTable(') ;;
      push-*) n=$(q $db "select count(*) from information_schema.columns where table_schema = 'public' and column_name = 'note'") ;;
    esac
    [ "$n" = "$TABLES" ] || status="expected $TABLES, found $n"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$tool" "$rep" "${wall:-}" "${rss:-}" "$status" >>"$RESULTS"
  if [ "$status" = ok ]; then log "$scenario $tool rep $rep: ${wall}s, $((rss / 1024)) MB"; else
    log "$scenario $tool rep $rep: FAILED ($status); log: ${dir#"$BENCH"/}/.log"; tail -n 5 "$dir/.log" | sed 's/^/[bench]   | /' >&2; fi
}

for scenario in pull push; do
  for tool in $TOOLS; do
    [ "$scenario-$tool" = push-pg_dump ] && continue
    for ((w = 1; w <= WARMUP; w++)); do one_run "$scenario" "$tool" w; done
  done
  for ((r = 1; r <= REPS; r++)); do
    for tool in $TOOLS; do
      [ "$scenario-$tool" = push-pg_dump ] && continue
      one_run "$scenario" "$tool" "$r"
    done
  done
done

# ---- report ---------------------------------------------------------------------------------

python3 - "$RESULTS" "$TABLES" "${LOAD_START:-?}" "$(cut -d' ' -f1 /proc/loadavg)" "$SHALE" \
  "$("$PG_BIN/postgres" --version)" "$(node "$DRIZZLE_BIN" --version 2>/dev/null | tr '\n' ' ')" <<'PY' | tee "$WORK/live-results.md"
import statistics, sys
path, n, load0, load1, shale, pg, drizzle = sys.argv[1:8]
rows = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
names = {("pull", "pg_dump"): "pg_dump -s", ("pull", "drizzle"): "drizzle-kit pull",
         ("pull", "shale"): "shale pull", ("push", "drizzle"): "drizzle-kit push --force",
         ("push", "shale"): "shale push"}
print(f"{n} tables; load average {load0} at start, {load1} at end; {pg}; drizzle-kit {drizzle.strip()}; Shale: {shale}")
print()
print("| scenario | tool | wall s (median) | peak MB | runs |")
print("|---|---|---:|---:|---|")
for key, label in names.items():
    ok = [r for r in rows if (r[0], r[1]) == key and r[2] != "w" and r[5] == "ok"]
    bad = [r for r in rows if (r[0], r[1]) == key and r[2] != "w" and r[5] != "ok"]
    if not ok and not bad:
        continue
    if ok:
        wall = statistics.median(float(r[3]) for r in ok)
        rss = statistics.median(int(r[4]) for r in ok) / 1024
        print(f"| {key[0]} | {label} | {wall:.2f} | {rss:.0f} | {len(ok)} ok" + (f", {len(bad)} failed ({bad[0][5]})" if bad else "") + " |")
    else:
        print(f"| {key[0]} | {label} | n/a | n/a | failed: {bad[0][5]} |")
PY
