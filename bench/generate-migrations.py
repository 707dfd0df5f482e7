#!/usr/bin/env python3
"""Writes N hand-written-style migration files that psql, Shale and Drizzle Kit all apply unchanged.

Usage: generate-migrations.py OUT [-n 1000] [--start 20260101000000]

Layout written (OUT/migrations is emptied first):
  OUT/migrations/<YYYYMMDDHHMMSS>_create_tNNNN.sql   N files, stamps 1 s apart (UTC)
  OUT/migrations/meta/_journal.json                  the journal `drizzle-kit migrate` reads
  OUT/shale.toml                                     migrations = "migrations"
  OUT/psql-driver.sql                                per file: BEGIN; \\i FILE; COMMIT;
  OUT/expected.tsv                                   what the database holds after all N files

Migration i creates table tNNNN and holds 4 to 6 statements, separated by the line
`--> statement-breakpoint` (Drizzle Kit splits a file on that text and runs each piece on its own;
for psql and Shale the line is an ordinary `--` comment):
  1. CREATE TABLE with nine columns: identity PK, FK to the previous migration's table
     (ON DELETE CASCADE; not in the first one), a named UNIQUE constraint, defaults, a CHECK
  2. CREATE INDEX on two columns
  3. COMMENT ON TABLE (a literal with a semicolon and a doubled quote)
  4. INSERT of three rows (FKs pointing at the previous table's rows)
  5. every 3rd migration: ALTER TABLE <previous table> ADD COLUMN
  6. every 10th migration: a plpgsql function whose $$ body holds several semicolons
Nothing in a file opens or ends a transaction: each tool wraps files as it does.

Drizzle journal (drizzle-kit 0.31 / drizzle-orm 0.45, see bench/README.md):
  {"version": "7", "dialect": "postgresql",
   "entries": [{"idx": 0, "version": "7", "when": <epoch ms>, "tag": "<file stem>", "breakpoints": true}, ...]}
drizzle-orm's readMigrationFiles reads `<out>/<tag>.sql` for every entry in order, and the pg migrator
applies an entry only if its `when` is greater than the newest `created_at` in
drizzle.__drizzle_migrations, so `when` must strictly increase: it is the file's stamp in ms.
"""
import argparse
import calendar
import json
import os
import shutil
import time

BREAKPOINT = "--> statement-breakpoint\n"


def table(i, width):
    return "t%0*d" % (width, i)


def migration_sql(i, stem, width):
    t = table(i, width)
    prev = table(i - 1, width) if i > 1 else None
    fk = ""
    if prev:
        fk = ",\n  CONSTRAINT %s_prev_id_fkey FOREIGN KEY (prev_id) REFERENCES %s (id) ON DELETE CASCADE" % (t, prev)
    stmts = []
    stmts.append(
        "CREATE TABLE %(t)s (\n"
        "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        "  prev_id bigint,\n"
        "  code varchar(64) NOT NULL,\n"
        "  title text NOT NULL,\n"
        "  qty integer NOT NULL DEFAULT 0,\n"
        "  price numeric(10,2),\n"
        "  active boolean NOT NULL DEFAULT true,\n"
        "  attrs jsonb NOT NULL DEFAULT '{}'::jsonb,\n"
        "  created_at timestamptz NOT NULL DEFAULT now(),\n"
        "  CONSTRAINT %(t)s_code_key UNIQUE (code),\n"
        "  CONSTRAINT %(t)s_qty_check CHECK (qty >= 0)%(fk)s\n"
        ");\n" % {"t": t, "fk": fk})
    stmts.append("CREATE INDEX %s_prev_id_created_at_idx ON %s (prev_id, created_at);\n" % (t, t))
    stmts.append("COMMENT ON TABLE %s IS 'Bench table %d; written by migration %s, don''t edit';\n" % (t, i, stem))
    rows = []
    for r in (1, 2, 3):
        rows.append("  (%s, '%s-%d', 'row %d of %s; seed', %d, %d.%02d, '{\"n\": %d}')"
                    % (str(r) if prev else "NULL", t, r, r, t, r * 10, r, i % 100, r))
    stmts.append("INSERT INTO %s (prev_id, code, title, qty, price, attrs) VALUES\n%s;\n" % (t, ",\n".join(rows)))
    if prev and i % 3 == 0:
        stmts.append("ALTER TABLE %s ADD COLUMN note_%s text DEFAULT 'none';\n" % (prev, t))
    if i % 10 == 0:
        stmts.append(
            "CREATE FUNCTION %(t)s_total(min_qty integer) RETURNS numeric\n"
            "LANGUAGE plpgsql STABLE AS $$\n"
            "DECLARE\n"
            "  total numeric := 0;\n"
            "BEGIN\n"
            "  SELECT coalesce(sum(price * qty), 0) INTO total FROM %(t)s WHERE qty >= min_qty;\n"
            "  IF total < 0 THEN\n"
            "    RAISE EXCEPTION 'negative total in %(t)s; qty %%', min_qty;\n"
            "  END IF;\n"
            "  RETURN total;\n"
            "END;\n"
            "$$;\n" % {"t": t})
    header = "-- %s: create table %s (%d statements)\n" % (stem, t, len(stmts))
    return header + BREAKPOINT.join(stmts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("-n", "--migrations", type=int, default=1000)
    ap.add_argument("--start", default="20260101000000", help="UTC stamp of the first file")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    mig = os.path.join(out, "migrations")
    if os.path.isdir(mig):
        shutil.rmtree(mig)
    os.makedirs(os.path.join(mig, "meta"))
    start = calendar.timegm(time.strptime(args.start, "%Y%m%d%H%M%S"))
    width = max(4, len(str(args.migrations)))
    entries, driver = [], []
    for i in range(1, args.migrations + 1):
        sec = start + i - 1
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(sec))
        stem = "%s_create_%s" % (stamp, table(i, width))
        path = os.path.join(mig, stem + ".sql")
        with open(path, "w", newline="\n") as f:
            f.write(migration_sql(i, stem, width))
        entries.append({"idx": i - 1, "version": "7", "when": sec * 1000, "tag": stem, "breakpoints": True})
        driver.append("BEGIN;\n\\i '%s'\nCOMMIT;\n" % path.replace("'", "''"))
    with open(os.path.join(mig, "meta", "_journal.json"), "w") as f:
        json.dump({"version": "7", "dialect": "postgresql", "entries": entries}, f, indent=2)
        f.write("\n")
    with open(os.path.join(out, "shale.toml"), "w") as f:
        f.write('# written by bench/generate-migrations.py; the URL comes from --url\nmigrations = "migrations"\n')
    n = args.migrations
    expected = [("tables", n), ("indexes", n), ("comments", n), ("functions", n // 10),
                ("added_columns", n // 3), ("rows", 3 * n)]
    with open(os.path.join(out, "expected.tsv"), "w") as f:
        f.write("".join("%s\t%d\n" % kv for kv in expected))
    with open(os.path.join(out, "psql-driver.sql"), "w") as f:
        f.write("-- written by bench/generate-migrations.py: every migration in its own transaction\n")
        f.write("".join(driver))


if __name__ == "__main__":
    main()
