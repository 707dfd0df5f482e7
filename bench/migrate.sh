#!/usr/bin/env bash
# Benchmark: apply N migration files with `shale migrate`, with psql (the floor), and with
# `drizzle-kit migrate`, the same SQL files for all three, against a throwaway PostgreSQL 15.
#
# Usage: bench/migrate.sh         (from anywhere; the repo root is found from this file's place)
#   MIGRATIONS=1000 REPS=1 TOOLS="psql drizzle" bench/migrate.sh
#   SHALE="java -jar shale-cli/target/shale.jar" SKIP_BUILD=1 TOOLS="psql shale" bench/migrate.sh
#
# Settings (environment variables):
#   MIGRATIONS=1000  migration files, one table each (bench/generate-migrations.py)
#   REPS=3           measured repetitions per tool (median reported)
#   WARMUP=1         unmeasured warm-up runs per tool (page cache, JIT-free start-up paths)
#   TIMEOUT=900      seconds after which one run is killed and counted as failed
#   TOOLS="psql drizzle shale"   which tools to measure
#   SHALE="..."      the Shale command; default: `shale` if on PATH (AppCDS launcher), else
#                    `java -jar <repo>/shale-cli/target/shale.jar`. If it has no `migrate` subcommand
#                    (`$SHALE help migrate` fails), Shale is reported "n/a (migrate not available)".
#   SKIP_BUILD=1     do not run `mvn package` first (only done when shale is in TOOLS)
#   MVN_ARGS="..."   the build; default `-B -q -Dmaven.test.skip=true package`
#   PG_BIN=/usr/lib/postgresql/15/bin   server binaries (initdb, pg_ctl, postgres)
#   PG_PORT=55432    first port tried for the throwaway server (the next free one is taken)
#   KEEP_DBS=1       keep each run's database (default: dropped after it is verified)
#
# What is measured, per tool and repetition, each on a FRESH database (createdb, then CHECKPOINT so
# every run starts from the same WAL state), with GNU time (`%e %M`: wall s, peak RSS of the
# largest single process: psql, node, or the JVM; the server's own memory is not counted):
#   psql     ONE `psql -X -q -v ON_ERROR_STOP=1 -f psql-driver.sql URL` process; the driver file
#            says `BEGIN; \i FILE; COMMIT;` per migration: each file in its own transaction,
#            stops at the first error. No history table: this is the floor.
#   drizzle  `node bench/node_modules/drizzle-kit/bin.cjs migrate --config runs/drizzle-R/drizzle.config.js`;
#            reads migrations/meta/_journal.json, splits each file on `--> statement-breakpoint`,
#            records drizzle.__drizzle_migrations. NB: drizzle-orm's pg migrator runs ALL pending
#            files in ONE transaction.
#   shale    `$SHALE -C bench/work/migrate/set migrate --url URL`, where set/shale.toml says
#            `migrations = "migrations"`: each file in its own transaction, history in shale.migrations.
# A run counts only if it exits 0 and the database then holds exactly what the N files create
# (tables, indexes, comments, functions, added columns, seed rows: set/expected.tsv), plus, for
# drizzle-kit, N rows in drizzle.__drizzle_migrations and, for Shale, N rows in shale.migrations.
#
# The server: initdb into bench/work/migrate/pg/data (as user `postgres` when run as root, since
# postgres refuses to run as root), trust auth, listen on 127.0.0.1 only, socket in
# bench/work/migrate/pg; default durability settings (fsync, synchronous_commit, full_page_writes
# stay on) for all three tools. It is stopped on exit.
# Output: a markdown table on stdout, also written to bench/work/migrate-results.md.
set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
MWORK=$WORK/migrate
SET=$MWORK/set
PGDIR=$MWORK/pg
MIGRATIONS=${MIGRATIONS:-1000}
REPS=${REPS:-3}
WARMUP=${WARMUP:-1}
TIMEOUT=${TIMEOUT:-900}
TOOLS=${TOOLS:-"psql drizzle shale"}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}
KEEP_DBS=${KEEP_DBS:-0}
TIME=/usr/bin/time
DRIZZLE_BIN=$BENCH/node_modules/drizzle-kit/bin.cjs
PSQL=$PG_BIN/psql
[ -x "$PSQL" ] || PSQL=psql

log() { printf '[bench] %s\n' "$*" >&2; }
has_tool() { [[ " $TOOLS " == *" $1 "* ]]; }

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
for b in initdb pg_ctl postgres; do
  [ -x "$PG_BIN/$b" ] || { log "$PG_BIN/$b missing (set PG_BIN)"; exit 1; }
done

# drizzle-kit migrate needs a driver package; it tries `pg` (node-postgres) first, then `postgres`.
if has_tool drizzle && ! { [ -f "$DRIZZLE_BIN" ] && [ -d "$BENCH/node_modules/pg" ]; }; then
  log "installing drizzle-kit, drizzle-orm and pg into bench/node_modules (npm ci)"
  (cd "$BENCH" && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; }) >&2 \
    || { log "npm ci and npm install failed"; exit 1; }
fi

mkdir -p "$MWORK"
SHALE_BUILD=ok
if has_tool shale && [ "${SKIP_BUILD:-0}" != 1 ]; then
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

declare -A BROKEN=()
if has_tool shale; then
  if [ "$SHALE_BUILD" != ok ] && [ "$SHALE" = "java -jar $ROOT/shale-cli/target/shale.jar" ]; then
    BROKEN[shale]="build $SHALE_BUILD"
  elif [ "${SHALE_CMD[0]}" = java ] && ! [ -f "${SHALE_CMD[2]:-}" ]; then
    BROKEN[shale]="${SHALE_CMD[2]:-jar} missing"
  elif ! "${SHALE_CMD[@]}" help migrate >/dev/null 2>&1; then
    BROKEN[shale]="migrate not available"
    log "\`$SHALE help migrate\` fails: Shale has no migrate command yet; reported n/a"
  fi
fi

# ---- migration files ------------------------------------------------------------------------

log "generating $MIGRATIONS migration files into bench/work/migrate/set/migrations"
python3 "$BENCH/generate-migrations.py" "$SET" --migrations "$MIGRATIONS" >&2 || exit 1

# ---- throwaway PostgreSQL -------------------------------------------------------------------

# as_pg CMD...: runs CMD as the server's owner (postgres when we are root; ourselves otherwise).
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || { log "running as root, but there is no user 'postgres' to run the server"; exit 1; }
  as_pg() { (cd "$PGDIR" && runuser -u postgres -- "$@"); }
else
  as_pg() { (cd "$PGDIR" && "$@"); }
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -f "$PGDIR/data/postmaster.pid" ]; then # left over from a killed run
  as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1
fi
rm -rf "$PGDIR"
mkdir -p "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"

PORT=$PG_PORT
while port_in_use "$PORT"; do
  PORT=$((PORT + 1))
  [ "$PORT" -gt $((PG_PORT + 50)) ] && { log "no free port in $PG_PORT..$((PG_PORT + 50))"; exit 1; }
done

log "initdb into bench/work/migrate/pg/data"
as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$MWORK/initdb.log" 2>&1 \
  || { log "initdb failed, see bench/work/migrate/initdb.log"; exit 1; }

stop_server() {
  if [ -f "$PGDIR/data/postmaster.pid" ]; then
    log "stopping the PostgreSQL server on port $PORT"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1
  fi
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PORT"
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null \
  || { log "the server did not start, see bench/work/migrate/pg/server.log"; exit 1; }

url_of() { printf 'postgres://postgres@127.0.0.1:%s/%s' "$PORT" "$1"; }
q() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 -d "$(url_of "$1")" -c "$2"; }

# ---- measurement ----------------------------------------------------------------------------

RESULTS=$MWORK/results.tsv
: >"$RESULTS"

LOAD_START=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
if awk -v l="${LOAD_START:-0}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "WARNING: load average $LOAD_START on $(nproc) cores: other work is running, timings will be noisy"
fi

# One query that reports what the migration files left in a database, as `key<TAB>count` lines
# in the order of set/expected.tsv.
VERIFY_SQL="
select 'tables', count(*) from pg_tables where schemaname = 'public'
union all
select 'indexes', count(*) from pg_indexes where schemaname = 'public' and indexname like '%\\_prev\\_id\\_created\\_at\\_idx'
union all
select 'comments', count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind = 'r' and obj_description(c.oid, 'pg_class') like 'Bench table %'
union all
select 'functions', count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where n.nspname = 'public' and p.proname like '%\\_total'
union all
select 'added_columns', count(*) from information_schema.columns
  where table_schema = 'public' and column_name like 'note\\_%'
union all
select 'rows', coalesce(sum((xpath('/row/c/text()',
    query_to_xml(format('select count(*) as c from public.%I', tablename), false, true, '')))[1]::text::bigint), 0)
  from pg_tables where schemaname = 'public'"

# verify TOOL DB: prints nothing and returns 0 if DB holds what the N files create; otherwise
# prints the difference.
verify() {
  local tool=$1 db=$2 got want n
  got=$(q "$db" "$VERIFY_SQL" 2>&1 | tr '|' '\t') || { echo "verify query failed: $got"; return 1; }
  want=$(cat "$SET/expected.tsv")
  if [ "$got" != "$want" ]; then
    echo "database differs from what the files create: $(paste <(echo "$want") <(echo "$got") \
      | awk -F'\t' '$2 != $4 { printf "%s%s %s (want %s)", sep, $1, ($4 == "" ? "?" : $4), $2; sep = ", " }')"
    return 1
  fi
  case $tool in
    drizzle)
      n=$(q "$db" "select count(*) from drizzle.__drizzle_migrations" 2>&1)
      [ "$n" = "$MIGRATIONS" ] || { echo "drizzle.__drizzle_migrations holds $n rows, not $MIGRATIONS"; return 1; } ;;
    shale)
      if [ "$(q "$db" "select to_regclass('shale.migrations') is not null")" = t ]; then
        n=$(q "$db" "select count(*) from shale.migrations" 2>&1)
        [ "$n" = "$MIGRATIONS" ] || { echo "shale.migrations holds $n rows, not $MIGRATIONS"; return 1; }
      else
        echo "no history table shale.migrations (the default \`history\`; set/shale.toml sets none)"; return 1
      fi ;;
  esac
  return 0
}

# run_tool TOOL DIR DB: one timed run writing the timing to DIR/.time.
run_tool() {
  local tool=$1 dir=$2 url
  url=$(url_of "$3")
  case $tool in
    psql)
      timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" \
        "$PSQL" -X -q -v ON_ERROR_STOP=1 -f "$SET/psql-driver.sql" -d "$url" ;;
    drizzle)
      cat >"$dir/drizzle.config.js" <<EOF
// written by bench/migrate.sh
module.exports = {
  dialect: 'postgresql',
  out: '$SET/migrations',
  dbCredentials: { url: '$url' },
};
EOF
      (cd "$dir" && timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" \
        node "$DRIZZLE_BIN" migrate --config "$dir/drizzle.config.js") ;;
    shale)
      timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" \
        "${SHALE_CMD[@]}" -C "$SET" migrate --url "$url" ;;
  esac
}

# one_run TOOL REP: a fresh database, one timed run, verification; appends a row to RESULTS
# (REP "w" = warm-up, not reported). Returns non-zero on failure.
one_run() {
  local tool=$1 rep=$2 dir=$MWORK/runs/$1-$2 db=bench_$1_$2 rc status wall rss why
  rm -rf "$dir"
  mkdir -p "$dir"
  q postgres "drop database if exists $db" >/dev/null 2>&1
  if ! q postgres "create database $db" >"$dir/.log" 2>&1 || ! q postgres "checkpoint" >>"$dir/.log" 2>&1; then
    printf '%s\t%s\t\t\t%s\n' "$tool" "$rep" "createdb failed" >>"$RESULTS"
    log "$tool rep $rep: createdb failed, see ${dir#"$BENCH"/}/.log"
    return 1
  fi
  run_tool "$tool" "$dir" "$db" </dev/null >"$dir/.log" 2>&1
  rc=$?
  read -r wall rss < <(grep -E '^[0-9.]+ [0-9]+$' "$dir/.time" 2>/dev/null | tail -n 1)
  status=ok
  if [ $rc -ne 0 ]; then
    status="exit $rc"
    [ $rc -eq 124 ] && status="timeout ${TIMEOUT}s"
  elif ! why=$(verify "$tool" "$db"); then
    status=$why
  fi
  [ "$KEEP_DBS" = 1 ] || q postgres "drop database if exists $db" >/dev/null 2>&1
  printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$rep" "${wall:-}" "${rss:-}" "$status" >>"$RESULTS"
  if [ "$status" = ok ]; then
    log "$tool rep $rep: ${wall}s, $((rss / 1024)) MB"
    return 0
  fi
  log "$tool rep $rep: FAILED ($status); log: ${dir#"$BENCH"/}/.log"
  [ -s "$dir/.log" ] && tail -n 5 "$dir/.log" | sed 's/^/[bench]   | /' >&2
  return 1
}

for tool in $TOOLS; do
  [ -n "${BROKEN[$tool]:-}" ] && continue
  for ((w = 1; w <= WARMUP; w++)); do
    log "$tool warm-up $w"
    one_run "$tool" w || BROKEN[$tool]="warm-up failed, see bench/work/migrate/runs/$tool-w/.log"
  done
done
for ((r = 1; r <= REPS; r++)); do
  for tool in $TOOLS; do # interleaved, so that slow drift of the machine hits all tools alike
    [ -n "${BROKEN[$tool]:-}" ] && continue
    one_run "$tool" "$r"
  done
done

# ---- report ---------------------------------------------------------------------------------

server_version=$(q postgres "show server_version" 2>/dev/null)
durability=$(q postgres "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings
  where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers', 'max_locks_per_transaction')" 2>/dev/null)
psql_version=$("$PSQL" --version 2>/dev/null)
drizzle_version=$(node "$DRIZZLE_BIN" --version 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')
pg_driver_version=$(node -p "require('$BENCH/node_modules/pg/package.json').version" 2>/dev/null)
shale_version=$("${SHALE_CMD[@]}" --version 2>/dev/null | head -n 1)
java_version=$(java -version 2>&1 | head -n 2 | tail -n 1)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
load="${LOAD_START:-?} at start, $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?) at end"
mem=$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
broken_list=""
for tool in "${!BROKEN[@]}"; do broken_list+="$tool=${BROKEN[$tool]};"; done

report_args=("$RESULTS" "$MIGRATIONS" "$REPS" "$TOOLS" "$broken_list" "$(nproc)" "$cpu" "$mem" "$os" "$load"
  "$java_version" "$(node --version)" "$drizzle_version" "$SHALE" "${shale_version:-n/a}"
  "${server_version:-?}" "$psql_version" "${durability:-?}" "${pg_driver_version:-?}")
python3 - "${report_args[@]}" <<'PY' | tee "$WORK/migrate-results.md"
import statistics, sys
path, n, reps, tools, broken = sys.argv[1:6]
nproc, cpu, mem, os_name, load, java, node, drizzle, shale_cmd, shale_ver = sys.argv[6:16]
server, psql_ver, durability, pg_driver = sys.argv[16:20]
broken = dict(x.split("=", 1) for x in broken.split(";") if x)
rows = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
names = {"psql": "psql (one process, BEGIN/\\i/COMMIT per file)",
         "drizzle": "drizzle-kit migrate", "shale": "shale migrate"}
med = {}
for tool in tools.split():
    ok = [r for r in rows if r[0] == tool and r[1] != "w" and r[4] == "ok"]
    if ok:
        med[tool] = (statistics.median(float(r[2]) for r in ok),
                     statistics.median(int(r[3]) for r in ok) / 1024, len(ok))
print()
print("## migrate: apply %s migration files to a fresh database (median of %s runs)" % (n, reps))
print()
print("| tool | wall s | peak MB | × psql |")
print("|---|---:|---:|---:|")
notes = []
for tool in tools.split():
    if tool in med:
        wall, mb, k = med[tool]
        w = "%.2f" % wall + ("" if k == int(reps) else " (%d/%s runs)" % (k, reps))
        ratio = "%.2f" % (wall / med["psql"][0]) if "psql" in med and med["psql"][0] > 0 else "n/a"
        print("| %s | %s | %.0f | %s |" % (names.get(tool, tool), w, mb, ratio))
    else:
        why = broken.get(tool, "no successful run")
        print("| %s | n/a (%s) | n/a | n/a |" % (names.get(tool, tool), why))
    for r in rows:
        if r[0] == tool and r[1] != "w" and r[4] != "ok":
            notes.append("%s run %s: %s" % (tool, r[1], r[4]))
    if tool in broken and tool in med:
        notes.append("%s: %s" % (tool, broken[tool]))
print()
print("Each run: a fresh database, then all %s files; verified afterwards (tables, indexes, comments, "
      "functions, added columns, seed rows; drizzle.__drizzle_migrations / shale.migrations rows). "
      "psql and Shale commit each file on its own; drizzle-kit applies all pending files in one transaction. "
      "Peak MB is the client process (psql, node, JVM), not the server." % n)
print()
print("Server: PostgreSQL %s on 127.0.0.1, TCP, trust auth; %s." % (server, durability))
print("Machine: %s cores (nproc), %s, %s RAM, %s; 1-min load average %s."
      % (nproc, cpu or "unknown CPU", mem or "?", os_name or "Linux", load))
print("Versions: `%s`; Node `%s`; `%s`, pg (node-postgres) %s; Java `%s`; Shale `%s` (`%s`)."
      % (psql_ver, node, drizzle, pg_driver, java, shale_ver, shale_cmd))
if notes:
    print()
    print("Not measured / failed:")
    for x in notes:
        print("- " + x)
PY
