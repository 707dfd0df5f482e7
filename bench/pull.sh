#!/usr/bin/env bash
# Benchmark: `shale pull` vs `pg_dump -s` (the floor) vs `drizzle-kit pull` on the largest real
# schema of the corpus, Lago's Rails structure.sql (shale-core/src/test/resources/realworld/lago), loaded
# COPIES times into schemas lago_01 … lago_NN of one database: thousands of tables, all three
# tools reading the same database in the same run.
#
# Usage: bench/pull.sh            (from anywhere)
#   COPIES=2 REPS=1 bench/pull.sh
#   SHALE="java -jar shale-cli/target/shale.jar" SKIP_BUILD=1 TOOLS="pg_dump shale" bench/pull.sh
#
# Settings (environment variables):
#   COPIES=15       copies of the Lago schema (138 plain tables each: 15 give 2,070)
#   REPS=5          measured repetitions per tool (median reported)
#   WARMUP=1        unmeasured warm-up runs per tool (page cache, the server's catalog caches)
#   TIMEOUT=900     seconds after which one pg_dump or shale run is killed and counted as failed
#   TOOLS="pg_dump shale drizzle"
#   DRIZZLE_REPS=1  measured drizzle-kit runs (no warm-up: it introspects table by table and
#                   takes many minutes on this schema); DRIZZLE_TIMEOUT=1800 seconds per run
#   SHALE="..."     default: `shale` if on PATH (the AppCDS launcher), else java -jar shale-cli/target/shale.jar
#   SKIP_BUILD=1    do not run `mvn package` first
#   PG_BIN=/usr/lib/postgresql/15/bin, PG_PORT=55632 (the next free port is taken)
#
# The database: a throwaway PostgreSQL 15 (initdb as user `postgres` when run as root, into a
# temporary directory that is deleted on exit, socket in that directory under /tmp, trust auth,
# 127.0.0.1 only). The four extensions Lago uses (btree_gin, pg_trgm, pgcrypto, unaccent) are
# created once in `public`; each copy is the schema file with `public.` and `partman.` rewritten
# to `lago_NN.` (except `public.gin_trgm_ops`, the extension's operator class), without its
# CREATE/DROP EXTENSION and partman schema lines, loaded with `psql -v ON_ERROR_STOP=1 -1`.
# The catalog counts of the loaded copies are printed with the results.
#
# Measured (each run from a fresh empty directory, all three reading schemas `lago_*`):
#   pg_dump  `pg_dump -s -n 'lago_*' -f DIR/schema.sql URL`
#   shale    `$SHALE -C DIR pull --url URL --schemas 'lago_*' --out DIR/db --force`
#            (DIR holds no shale.toml; pull writes DIR/db/*.java, DIR/migrations, DIR/snapshots)
#   drizzle  `node bench/node_modules/drizzle-kit/bin.cjs pull --config DIR/drizzle.config.js`
#            (dialect postgresql, dbCredentials.url, schemaFilter: the copies' schema names,
#            out DIR/out)
# A run counts only if it exits 0 and its output holds every table: pg_dump one `CREATE TABLE`
# per table, partitioned table and partition; shale likewise one `table(` call and, in its first
# migration, one `CREATE TABLE` per table, partitioned table and partition; drizzle-kit, in out/schema.ts, one `pgTable(` or `<schema>.table(`
# per plain table and partition (it declares a partition as a table and leaves the partitioned
# table out).
# Wall time and peak RSS (largest single process: pg_dump, the JVM, node) come from GNU time
# (`%e %M`). Tools are interleaved per repetition; drizzle-kit runs after the others.
# Output: a markdown table on stdout, also written to bench/work/pull/results.md.
set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
PWORK=$WORK/pull
LAGO=$ROOT/shale-core/src/test/resources/realworld/lago/schema.sql
COPIES=${COPIES:-15}
REPS=${REPS:-5}
WARMUP=${WARMUP:-1}
TIMEOUT=${TIMEOUT:-900}
TOOLS=${TOOLS:-"pg_dump shale drizzle"}
DRIZZLE_REPS=${DRIZZLE_REPS:-1}
DRIZZLE_TIMEOUT=${DRIZZLE_TIMEOUT:-1800}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55632}
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
[ -f "$LAGO" ] || { log "$LAGO missing"; exit 1; }
if has_tool drizzle && ! { [ -f "$DRIZZLE_BIN" ] && [ -d "$BENCH/node_modules/pg" ]; }; then
  log "installing drizzle-kit, drizzle-orm and pg into bench/node_modules (npm ci)"
  (cd "$BENCH" && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; }) >&2 \
    || { log "npm ci and npm install failed"; exit 1; }
fi

mkdir -p "$PWORK"
if has_tool shale && [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building Shale (mvn package, tests not compiled)"
  (cd "$ROOT" && mvn -B -q -Dmaven.test.skip=true package) >"$WORK/build.log" 2>&1 \
    || { log "build failed, see bench/work/build.log"; exit 1; }
fi
if [ -z "${SHALE:-}" ]; then
  if command -v shale >/dev/null 2>&1; then SHALE=shale; else SHALE="java -jar $ROOT/shale-cli/target/shale.jar"; fi
fi
read -r -a SHALE_CMD <<<"$SHALE"

# ---- throwaway PostgreSQL -------------------------------------------------------------------

PGDIR=$(mktemp -d /tmp/shale-pullbench.XXXXXX) || exit 1
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || { log "running as root without a user 'postgres' for the server"; exit 1; }
  chown postgres: "$PGDIR"
  as_pg() { (cd "$PGDIR" && runuser -u postgres -- "$@"); }
else
  as_pg() { (cd "$PGDIR" && "$@"); }
fi
cleanup() {
  if [ -f "$PGDIR/data/postmaster.pid" ]; then
    log "stopping the PostgreSQL server on port ${PORT:-?}"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1
  fi
  rm -rf "$PGDIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=$PG_PORT
while port_in_use "$PORT"; do
  PORT=$((PORT + 1))
  [ "$PORT" -gt $((PG_PORT + 50)) ] && { log "no free port in $PG_PORT..$((PG_PORT + 50))"; exit 1; }
done
as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$PWORK/initdb.log" 2>&1 \
  || { log "initdb failed, see bench/work/pull/initdb.log"; exit 1; }
# pg_dump -s locks every table it dumps (ACCESS SHARE) in one transaction: thousands of tables
# need more than the default 64 × max_connections lock slots.
log "starting PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PORT, data in $PGDIR"
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_locks_per_transaction=1024" start >/dev/null \
  || { log "the server did not start:"; tail -n 20 "$PGDIR/server.log" >&2; exit 1; }

DB=lago
URL="postgres://postgres@127.0.0.1:$PORT/$DB"
q() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 -d "$URL" -c "$1"; }

# ---- the schema: COPIES copies of Lago ------------------------------------------------------

"$PSQL" -X -q -v ON_ERROR_STOP=1 -d "postgres://postgres@127.0.0.1:$PORT/postgres" -c "create database $DB" \
  || exit 1
q "create extension btree_gin; create extension pg_trgm; create extension pgcrypto; create extension unaccent" \
  || { log "the extensions Lago needs (btree_gin, pg_trgm, pgcrypto, unaccent) are missing"; exit 1; }
SCHEMAS=()
for ((k = 1; k <= COPIES; k++)); do SCHEMAS+=("$(printf 'lago_%02d' "$k")"); done
log "loading $COPIES copies of Lago's schema (${SCHEMAS[0]} … ${SCHEMAS[-1]})"
for s in "${SCHEMAS[@]}"; do
  python3 - "$LAGO" "$s" >"$PWORK/$s.sql" <<'PY' || exit 1
import re, sys
src, schema = sys.argv[1], sys.argv[2]
out = ["CREATE SCHEMA %s;" % schema]
for line in open(src, encoding="utf-8"):
    # extensions live once in public; the partman schema (whose extension is not installed) folds
    # into the copy
    if re.match(r"\s*(CREATE|DROP) EXTENSION\b|\s*(CREATE|DROP) SCHEMA (IF EXISTS )?partman;", line):
        continue
    if line.startswith("--"):
        out.append(line.rstrip("\n"))
        continue
    if line.startswith("SET search_path TO"):  # the Rails schema_migrations rows at the end
        line = "SET search_path TO %s, public;\n" % schema
    line = line.replace("public.gin_trgm_ops", "\0")
    line = re.sub(r"\b(public|partman)\.", schema + ".", line)
    out.append(line.replace("\0", "public.gin_trgm_ops").rstrip("\n"))
print("\n".join(out))
PY
  "$PSQL" -X -q -v ON_ERROR_STOP=1 -1 -d "$URL" -f "$PWORK/$s.sql" >"$PWORK/load.log" 2>&1 \
    || { log "loading $s failed:"; grep -v NOTICE "$PWORK/load.log" | tail -n 5 >&2; exit 1; }
done
q "analyze" >/dev/null
q "checkpoint" >/dev/null

IN_COPIES="n.nspname like 'lago\\_%'"
COUNTS=$(q "select
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $IN_COPIES and c.relkind = 'r' and not c.relispartition),
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $IN_COPIES and c.relkind = 'p'),
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $IN_COPIES and c.relispartition and c.relkind = 'r'),
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $IN_COPIES and c.relkind in ('i', 'I')),
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $IN_COPIES and c.relkind = 'v'),
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $IN_COPIES and c.relkind = 'm'),
  (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where $IN_COPIES),
  (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace where $IN_COPIES and t.typtype = 'e'),
  (select count(*) from pg_constraint k join pg_namespace n on n.oid = k.connamespace where $IN_COPIES and k.contype = 'f' and k.conparentid = 0),
  (select count(*) from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where $IN_COPIES and c.relkind = 'r' and not c.relispartition and a.attnum > 0 and not a.attisdropped),
  (select count(*) from pg_class),
  pg_size_pretty(pg_database_size(current_database()))" | tr '|' ' ')
read -r N_TABLES N_PARTITIONED N_PARTITIONS N_INDEXES N_VIEWS N_MATVIEWS N_FUNCTIONS N_ENUMS N_FKS N_COLUMNS N_PG_CLASS DB_SIZE <<<"$COUNTS"
[ "${N_TABLES:-0}" -gt 0 ] || { log "no tables loaded"; exit 1; }
N_DUMP_TABLES=$((N_TABLES + N_PARTITIONED + N_PARTITIONS))
log "loaded: $N_TABLES tables (+ $N_PARTITIONED partitioned, $N_PARTITIONS partitions), $N_COLUMNS columns, $N_INDEXES indexes, $N_FKS foreign keys, $N_VIEWS views, $N_MATVIEWS materialized views, $N_FUNCTIONS functions, $N_ENUMS enums; $N_PG_CLASS rows in pg_class; $DB_SIZE"

# ---- runs -----------------------------------------------------------------------------------

RESULTS=$PWORK/results.tsv
: >"$RESULTS"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
if awk -v l="${LOAD_START%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "WARNING: load average $LOAD_START on $(nproc) cores: other work is running, timings will be noisy"
fi
SCHEMA_LIST=$(printf "'%s', " "${SCHEMAS[@]}")
SCHEMA_LIST=${SCHEMA_LIST%, }

# run_tool TOOL DIR: one timed run writing the timing to DIR/.time
run_tool() {
  local tool=$1 dir=$2
  case $tool in
    pg_dump)
      timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" \
        "$PG_BIN/pg_dump" -s -n 'lago_*' -f "$dir/schema.sql" -d "$URL" ;;
    shale)
      timeout "$TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" \
        "${SHALE_CMD[@]}" -C "$dir" pull --url "$URL" --schemas 'lago_*' --out "$dir/db" --force ;;
    drizzle)
      cat >"$dir/drizzle.config.js" <<EOF
// written by bench/pull.sh
module.exports = {
  dialect: 'postgresql',
  out: '$dir/out',
  schemaFilter: [$SCHEMA_LIST],
  dbCredentials: { url: '$URL' },
};
EOF
      (cd "$dir" && timeout "$DRIZZLE_TIMEOUT" "$TIME" -f '%e %M' -o "$dir/.time" \
        node "$DRIZZLE_BIN" pull --config "$dir/drizzle.config.js") ;;
  esac </dev/null >"$dir/.log" 2>&1
}

# check TOOL DIR: prints nothing if the run's output holds every table, else what is wrong
check() {
  local tool=$1 dir=$2 n m
  case $tool in
    pg_dump)
      n=$(grep -c '^CREATE TABLE ' "$dir/schema.sql" 2>/dev/null)
      [ "${n:-0}" = "$N_DUMP_TABLES" ] || echo "schema.sql holds ${n:-0} CREATE TABLE, not $N_DUMP_TABLES" ;;
    shale)
      n=$(cat "$dir"/db/*.java 2>/dev/null | grep -oE '(^|[ =(.])table\(' | wc -l)
      m=$(cat "$dir"/migrations/*.sql 2>/dev/null | grep -c '^CREATE TABLE ')
      if [ "$n" != "$N_DUMP_TABLES" ]; then echo "the Java files hold $n table(…) calls, not $N_DUMP_TABLES"
      elif [ "$m" != "$N_DUMP_TABLES" ]; then echo "the first migration holds $m CREATE TABLE, not $N_DUMP_TABLES"; fi ;;
    drizzle)
      n=$(grep -cE '^export const [A-Za-z0-9_$]+ = ([A-Za-z0-9_$]+\.table|pgTable)\(' "$dir/out/schema.ts" 2>/dev/null)
      m=$((N_TABLES + N_PARTITIONS))
      [ "${n:-0}" = "$m" ] || echo "out/schema.ts declares ${n:-0} tables, not $m" ;;
  esac
}

# one_run TOOL REP (REP "w…" = warm-up, not reported)
one_run() {
  local tool=$1 rep=$2 dir=$PWORK/runs/$1-$2 rc wall rss status why
  rm -rf "$dir"
  mkdir -p "$dir"
  run_tool "$tool" "$dir"
  rc=$?
  read -r wall rss < <(grep -E '^[0-9.]+ [0-9]+$' "$dir/.time" 2>/dev/null | tail -n 1)
  status=ok
  if [ $rc -ne 0 ]; then
    status="exit $rc"
    [ $rc -eq 124 ] && status="killed after the timeout"
  elif why=$(check "$tool" "$dir") && [ -n "$why" ]; then
    status=$why
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$rep" "${wall:-}" "${rss:-}" "$status" >>"$RESULTS"
  if [ "$status" = ok ]; then
    log "$tool rep $rep: ${wall}s, $((rss / 1024)) MB"
    return 0
  fi
  log "$tool rep $rep: FAILED ($status); log: ${dir#"$BENCH"/}/.log"
  [ -s "$dir/.log" ] && grep -v '^\s*$' "$dir/.log" | tail -n 8 | sed 's/^/[bench]   | /' >&2
  return 1
}

declare -A BROKEN=()
FAST=""
for tool in pg_dump shale; do has_tool $tool && FAST+=" $tool"; done
for tool in $FAST; do
  for ((w = 1; w <= WARMUP; w++)); do
    one_run "$tool" "w$w" || BROKEN[$tool]="warm-up failed"
  done
done
for ((r = 1; r <= REPS; r++)); do
  for tool in $FAST; do # interleaved
    [ -n "${BROKEN[$tool]:-}" ] && continue
    one_run "$tool" "$r"
  done
done
if has_tool drizzle; then
  for ((r = 1; r <= DRIZZLE_REPS; r++)); do one_run drizzle "$r"; done
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)

# ---- report ---------------------------------------------------------------------------------

server_version=$(q "show server_version" 2>/dev/null)
pg_dump_version=$("$PG_BIN/pg_dump" --version 2>/dev/null)
drizzle_version=$(node "$DRIZZLE_BIN" --version 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')
pg_driver_version=$(node -p "require('$BENCH/node_modules/pg/package.json').version" 2>/dev/null)
shale_version=$("${SHALE_CMD[@]}" --version 2>/dev/null | head -n 1)
java_version=$(java -version 2>&1 | head -n 2 | tail -n 1)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
mem=$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
counts="$N_TABLES tables (+ $N_PARTITIONED partitioned tables and $N_PARTITIONS partitions), $N_COLUMNS columns, $N_INDEXES indexes, $N_FKS foreign keys, $N_VIEWS views, $N_MATVIEWS materialized views, $N_FUNCTIONS functions, $N_ENUMS enums ($N_PG_CLASS rows in pg_class, $DB_SIZE)"

report_args=("$RESULTS" "$COPIES" "$REPS" "$DRIZZLE_REPS" "$TOOLS" "$counts" "$(date -u +%F)" "${commit:-?}"
  "$(nproc)" "$cpu" "$mem" "$os" "${LOAD_START:-?}" "${LOAD_END:-?}" "${server_version:-?}" "$pg_dump_version"
  "$(node --version)" "$drizzle_version" "${pg_driver_version:-?}" "$java_version" "$SHALE" "${shale_version:-n/a}")
python3 - "${report_args[@]}" <<'PY' | tee "$PWORK/results.md"
import statistics, sys
(path, copies, reps, dreps, tools, counts, date, commit, nproc, cpu, mem, os_name, load0, load1,
 server, pg_dump_ver, node, drizzle, pg_driver, java, shale_cmd, shale_ver) = sys.argv[1:23]
rows = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
names = {"pg_dump": "`pg_dump -s`", "shale": "`shale pull`", "drizzle": "`drizzle-kit pull`"}
med = {}
for tool in tools.split():
    ok = [r for r in rows if r[0] == tool and not r[1].startswith("w") and r[4] == "ok"]
    if ok:
        med[tool] = (statistics.median(float(r[2]) for r in ok),
                     statistics.median(int(r[3]) for r in ok) / 1024, len(ok))
print()
print("## pull: %s copies of Lago's schema, %s" % (copies, counts))
print()
print("| tool | wall s | peak MB | × pg_dump -s | runs |")
print("|---|---:|---:|---:|---|")
notes = []
for tool in ["pg_dump", "shale", "drizzle"]:
    if tool not in tools.split():
        continue
    want = dreps if tool == "drizzle" else reps
    bad = [r for r in rows if r[0] == tool and r[4] != "ok"]
    if tool in med:
        wall, mb, k = med[tool]
        ratio = "%.2f" % (wall / med["pg_dump"][0]) if "pg_dump" in med and med["pg_dump"][0] > 0 else "n/a"
        print("| %s | %.2f | %.0f | %s | median of %d/%s |" % (names[tool], wall, mb, ratio, k, want))
    else:
        print("| %s | n/a | n/a | n/a | %s |" % (names[tool], bad[0][4] if bad else "not run"))
    for r in bad:
        notes.append("%s run %s: %s%s" % (tool, r[1], r[4], " after %s s" % r[2] if r[2] else ""))
print()
print("Run on %s at commit %s; load average (1, 5, 15 min) %s at start, %s at end." % (date, commit, load0, load1))
print("Machine: %s cores (nproc), %s, %s RAM, %s." % (nproc, cpu or "unknown CPU", mem or "?", os_name or "Linux"))
print("Versions: PostgreSQL %s (server), `%s`; Node `%s`; `%s`, pg (node-postgres) %s; Java `%s`; Shale `%s` (`%s`)."
      % (server, pg_dump_ver, node, drizzle, pg_driver, java, shale_ver, shale_cmd))
if notes:
    print()
    print("Failed runs:")
    for x in notes:
        print("- " + x)
PY
